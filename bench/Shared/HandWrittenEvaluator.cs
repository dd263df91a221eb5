using Engine.Rules.Figures;
using Engine.Rules.Model;

namespace Engine.Bench.Limits;

/// <summary>
/// The semantics of format v1 written by hand over dictionaries and delegates, without a rule engine: the
/// speed limit the engine is measured against, and an independent oracle for its statuses and progress.
/// Deliberately shares no code with the engine's assessment beyond the model.
/// </summary>
public sealed class HandWrittenEvaluator
{
    private readonly Ledger _ledger;
    private readonly Dictionary<string, (Func<decimal, bool> Met, Func<decimal, decimal> Progress)> _compiled = new(StringComparer.Ordinal);

    public HandWrittenEvaluator(Ledger ledger)
    {
        _ledger = ledger;
        foreach (var t in ledger.Targets)
        {
            _compiled[t.Id] = (MetOf(t), ProgressOf(t));
        }
    }

    public readonly record struct TargetResult(Status Status, decimal Progress);

    public readonly record struct TaskResult(int TaskNo, Status Status, decimal Progress);

    /// <summary>Assesses every target and task; target results are written into the dictionary (reused across calls).</summary>
    public List<TaskResult> Assess(FigureSet figures, string entity, DateOnly asOf, Dictionary<string, TargetResult> targets)
    {
        var tasks = new List<TaskResult>(_ledger.Tasks.Count);
        var start = _ledger.Period.Start;
        foreach (var task in _ledger.Tasks)
        {
            Status worst = Status.Achieved, best = Status.Missed;
            decimal sum = 0m, max = 0m;
            foreach (var t in task.Targets)
            {
                var figure = figures.InForce(entity, t.Id, asOf);
                TargetResult r;
                if (figure is null)
                {
                    r = new TargetResult(Status.NoData, 0m);
                }
                else
                {
                    var (met, progressOf) = _compiled[t.Id];
                    var isMet = met(figure.Value);
                    var p = isMet ? 1m : progressOf(figure.Value);
                    Status status;
                    if (asOf >= t.Deadline)
                    {
                        status = isMet ? Status.Achieved : Status.Missed;
                    }
                    else if (t.Schedule == Schedule.Final)
                    {
                        status = Status.OnTrack;
                    }
                    else if (t.Schedule == Schedule.Hold)
                    {
                        status = isMet ? Status.OnTrack : Status.Lagging;
                    }
                    else
                    {
                        var tau = asOf < start ? 0m : Math.Min(1m, (decimal)(asOf.DayNumber - start.DayNumber + 1) / (t.Deadline.DayNumber - start.DayNumber + 1));
                        status = isMet ? Status.Achieved : p >= tau * (1m - t.Slack) ? Status.OnTrack : Status.Lagging;
                    }

                    r = new TargetResult(status, p);
                }

                targets[t.Id] = r;
                worst = r.Status > worst ? r.Status : worst;
                best = r.Status < best ? r.Status : best;
                sum += r.Progress;
                max = Math.Max(max, r.Progress);
            }

            tasks.Add(task.Combine == Combine.All
                ? new TaskResult(task.No, worst, sum / task.Targets.Count)
                : new TaskResult(task.No, best, max));
        }

        return tasks;
    }

    private static Func<decimal, bool> MetOf(Target t)
    {
        var v = t.Value ?? 0m;
        return t.Kind switch
        {
            TargetKind.AtLeast when t.Exclusive => x => x > v,
            TargetKind.AtLeast => x => x >= v,
            TargetKind.AtMost when t.Exclusive => x => x < v,
            TargetKind.AtMost => x => x <= v,
            TargetKind.Equal => x => x == v,
            TargetKind.About => x => Math.Abs(x - v) <= (t.Tolerance ?? Math.Abs(v) / 10m),
            TargetKind.Between => x => x >= v && x <= t.Value2!.Value,
            _ => x => x >= 100m,
        };
    }

    private static Func<decimal, decimal> ProgressOf(Target t)
    {
        var v = t.Value ?? 0m;
        Func<decimal, decimal> raw = t.Kind switch
        {
            TargetKind.AtLeast when t.Baseline is { } b && b < v => x => (x - b) / (v - b),
            TargetKind.AtLeast when v > 0m => x => x / v,
            TargetKind.AtMost when t.Baseline is { } b && b > v => x => (b - x) / (b - v),
            TargetKind.AtMost => x => x > 0m ? v / x : 0m,
            TargetKind.Milestone => x => x / 100m,
            _ => _ => 0m,
        };
        return x => Math.Clamp(raw(x), 0m, 1m);
    }
}
