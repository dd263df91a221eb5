using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Bench.Limits;

/// <summary>
/// The semantics (v2) written by hand over dictionaries and delegates, without a rule engine: the
/// speed limit the engine is measured against, and an independent oracle for what an assessment holds: each
/// target's status, progress and projection, each task's status, progress and alert level.
/// Deliberately shares no code with the engine's assessment beyond the model and the figure set.
/// </summary>
public sealed class HandWrittenEvaluator
{
    private static readonly Comparer<Figure> ByDateThenRow = Comparer<Figure>.Create((a, b) => a.AsOf != b.AsOf ? a.AsOf.CompareTo(b.AsOf) : a.Sequence.CompareTo(b.Sequence));

    private readonly Ledger _ledger;
    private readonly Dictionary<string, (Func<decimal, bool> Met, Func<decimal, decimal> Progress)> _compiled = new(StringComparer.Ordinal);

    private readonly bool _statusesOnly;

    /// <param name="statusesOnly">Statuses and progress of targets and tasks only, no trends and no alerts: the
    /// bare decisions, to compare with a rule engine's bare decisions.</param>
    public HandWrittenEvaluator(Ledger ledger, bool statusesOnly = false)
    {
        _ledger = ledger;
        _statusesOnly = statusesOnly;
        foreach (var t in ledger.Targets)
        {
            _compiled[t.Id] = (MetOf(t), ProgressOf(t));
        }
    }

    public readonly record struct TargetResult(Status Status, decimal Progress, decimal? Projected = null, bool? Likely = null);

    public readonly record struct TaskResult(int TaskNo, Status Status, decimal Progress, string? Alert = null);

    /// <summary>What a target is judged on: the figure in force and its date, the as-of date, and the figure in force at the deadline once it has passed.</summary>
    public readonly record struct Judging(decimal Value, DateOnly FigureDate, DateOnly AsOf, decimal? ValueAtDeadline, DateOnly? ReportDue = null, bool DeadlineReportPending = false)
    {
        /// <summary>J = max(F, R): the date τ is taken at.</summary>
        public DateOnly JudgedAt => ReportDue is { } r && r > FigureDate ? r : FigureDate;
    }

    /// <summary>The severity order of semantics v2, least severe first.</summary>
    private static readonly Status[] BySeverity = [Status.Achieved, Status.AchievedLate, Status.OnTrack, Status.NoData, Status.Lagging, Status.Missed];

    private static int Severity(Status s) => Array.IndexOf(BySeverity, s);

    /// <summary>Assesses every target and task; target results are written into the dictionary (reused across calls).</summary>
    public List<TaskResult> Assess(FigureSet figures, string entity, DateOnly asOf, Dictionary<string, TargetResult> targets) =>
        Assess(figures, entity, asOf, targets, Decide);

    /// <summary>
    /// The same, with another decider of a target's status from its figure (another rule engine, say): what such an
    /// engine leaves to its host (no figure, task combination, alerts, trends) is done here by hand.
    /// </summary>
    public List<TaskResult> Assess(FigureSet figures, string entity, DateOnly asOf, Dictionary<string, TargetResult> targets, Func<Target, Judging, (Status Status, decimal Progress)> decide)
    {
        var tasks = new List<TaskResult>(_ledger.Tasks.Count);
        var reportDue = _ledger.Reporting?.ReportDueBy(_ledger.Period, asOf);
        foreach (var task in _ledger.Tasks)
        {
            Status worst = Status.Achieved, best = Status.Missed;
            decimal sum = 0m, max = 0m, expected = 0m;
            int? due = null;
            var stale = false;
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
                    var atDeadline = asOf >= t.Deadline ? figures.InForce(entity, t.Id, t.Deadline)?.Value : null;
                    var pending = _ledger.Reporting is { } cycle && asOf < t.Deadline.AddDays(cycle.GraceDays) && figure.AsOf < t.Deadline;
                    var (status, p) = decide(t, new Judging(figure.Value, figure.AsOf, asOf, atDeadline, reportDue, pending));
                    stale |= reportDue is { } owedBy && figure.AsOf < owedBy && status is not (Status.Achieved or Status.AchievedLate);
                    var (projected, likely) = _statusesOnly ? (null, null) : Trend(figures, entity, t, asOf);
                    r = new TargetResult(status, p, projected, likely);
                }

                targets[t.Id] = r;
                worst = Severity(r.Status) > Severity(worst) ? r.Status : worst;
                best = Severity(r.Status) < Severity(best) ? r.Status : best;
                sum += r.Progress;
                max = Math.Max(max, r.Progress);
                expected += Tau(t, figure is null ? asOf : reportDue is { } owed && owed > figure.AsOf ? owed : figure.AsOf);
                if (r.Status is not (Status.Achieved or Status.AchievedLate) && t.Deadline >= asOf)
                {
                    var days = t.Deadline.DayNumber - asOf.DayNumber;
                    due = due is { } d && d <= days ? d : days;
                }
            }

            var (taskStatus, taskProgress) = task.Combine == Combine.All ? (worst, sum / task.Targets.Count) : (best, max);
            var behindBy = (expected / task.Targets.Count - taskProgress) * 100m;
            tasks.Add(new TaskResult(task.No, taskStatus, taskProgress, _statusesOnly ? null : Alert(taskStatus, behindBy, due, stale)));
        }

        return tasks;
    }

    /// <summary>Progress in [0, 1] of a figure that does not meet the target.</summary>
    public decimal Progress(Target t, decimal value) => _compiled[t.Id].Progress(value);

    /// <summary>Where a whole-number count is counted from: its baseline, or 0.</summary>
    public static decimal WholeFrom(Target t) => t.Baseline ?? 0m;

    /// <summary>Whether a figure meets the target.</summary>
    public bool IsMet(Target t, decimal value) => _compiled[t.Id].Met(value);

    /// <summary>The decision table of semantics v2.</summary>
    private (Status Status, decimal Progress) Decide(Target t, Judging j)
    {
        var (met, progressOf) = _compiled[t.Id];
        var isMet = met(j.Value);
        var p = isMet ? 1m : progressOf(j.Value);
        if (j.AsOf >= t.Deadline)
        {
            return (!isMet ? (j.DeadlineReportPending ? Status.Lagging : Status.Missed) : j.ValueAtDeadline is { } d && met(d) ? Status.Achieved : Status.AchievedLate, p);
        }

        var tau = Tau(t, j.JudgedAt);
        var cumulative = t.Nature == Nature.Cumulative;
        return t.Schedule switch
        {
            Schedule.Final => (Status.OnTrack, p),
            Schedule.Hold => (isMet ? Status.OnTrack : Status.Lagging, p),
            _ when cumulative && t.Kind.Name == "at_most" => (j.Value * (1m - t.Slack) <= tau * (t.Value ?? 0m) ? Status.OnTrack : Status.Lagging, p),
            _ when isMet => (cumulative ? Status.Achieved : Status.OnTrack, p),
            _ when t.Integer && t.Kind.Name == "at_least" => (j.Value - WholeFrom(t) >= Math.Floor(tau * (1m - t.Slack) * ((t.Value ?? 0m) - WholeFrom(t))) ? Status.OnTrack : Status.Lagging, p),
            _ => (p >= tau * (1m - t.Slack) ? Status.OnTrack : Status.Lagging, p),
        };
    }

    /// <summary>The first alert rule whose every condition holds.</summary>
    private string? Alert(Status status, decimal behindBy, int? due, bool stale)
    {
        foreach (var rule in _ledger.Alerts)
        {
            if ((rule.Status is null || rule.Status.Contains(status))
                && (rule.NotStatus is null || !rule.NotStatus.Contains(status))
                && (rule.BehindBy is null || behindBy >= rule.BehindBy)
                && (rule.DueWithinDays is null || (due is { } d && d <= rule.DueWithinDays))
                && (rule.Stale is null || rule.Stale == stale))
            {
                return rule.Level;
            }
        }

        return null;
    }

    /// <summary>τ: the expected share of the work done by the as-of date.</summary>
    public decimal Tau(Target t, DateOnly asOf)
    {
        var start = _ledger.Period.Start;
        return asOf >= t.Deadline ? 1m : asOf < start ? 0m : Math.Min(1m, (decimal)(asOf.DayNumber - start.DayNumber + 1) / (t.Deadline.DayNumber - start.DayNumber + 1));
    }

    /// <summary>Least squares through the latest figure of each date in the period up to the as-of date, read at the deadline; three dates at least.</summary>
    private (decimal? Value, bool? Likely) Trend(FigureSet figures, string entity, Target t, DateOnly asOf)
    {
        var period = _ledger.Period;
        if (asOf >= t.Deadline || figures.DatesBetween(entity, t.Id, period.Start, asOf < period.End ? asOf : period.End) < 3)
        {
            return (null, null);
        }

        // One figure per date, the later row on a tie, in date order.
        var all = figures.All(entity, t.Id);
        var points = new Figure[all.Count];
        var count = 0;
        foreach (var f in all)
        {
            if (f.AsOf <= asOf && f.AsOf >= period.Start && f.AsOf <= period.End)
            {
                points[count++] = f;
            }
        }

        Array.Sort(points, 0, count, ByDateThenRow);
        var start = period.Start.DayNumber;
        decimal n = 0m, sx = 0m, sy = 0m;
        for (var i = 0; i < count; i++)
        {
            if (i + 1 == count || points[i + 1].AsOf != points[i].AsOf)
            {
                n++;
                sx += points[i].AsOf.DayNumber - start;
                sy += points[i].Value;
            }
        }

        decimal mx = sx / n, my = sy / n, sxx = 0m, sxy = 0m;
        for (var i = 0; i < count; i++)
        {
            if (i + 1 == count || points[i + 1].AsOf != points[i].AsOf)
            {
                sxx += (points[i].AsOf.DayNumber - start - mx) * (points[i].AsOf.DayNumber - start - mx);
                sxy += (points[i].AsOf.DayNumber - start - mx) * (points[i].Value - my);
            }
        }

        if (sxx == 0m)
        {
            return (null, null);
        }

        var value = my + (sxy / sxx * (t.Deadline.DayNumber - start - mx));
        value = t.Kind.Name == "milestone" ? Math.Clamp(value, 0m, 100m) : value;
        return (value, _compiled[t.Id].Met(value));
    }

    private static Func<decimal, bool> MetOf(Target t)
    {
        var v = t.Value ?? 0m;
        return t.Kind.Name switch
        {
            "at_least" when t.Exclusive => x => x > v,
            "at_least" => x => x >= v,
            "at_most" when t.Exclusive => x => x < v,
            "at_most" => x => x <= v,
            "equal" => x => x == v,
            "about" => x => Math.Abs(x - v) <= (t.Tolerance ?? Math.Abs(v) / 10m),
            "between" => x => x >= v && x <= t.Value2!.Value,
            _ => x => x >= 100m,
        };
    }

    private static Func<decimal, decimal> ProgressOf(Target t)
    {
        var v = t.Value ?? 0m;
        var from = t.Baseline ?? (t.Nature == Nature.Cumulative ? 0m : null);
        var (lower, upper) = t.Kind.Name == "between" ? (v, t.Value2 ?? v) : (v, v);
        Func<decimal, decimal> raw = t.Kind.Name switch
        {
            "at_least" when from is { } b && b < v => x => (x - b) / (v - b),
            "at_least" when v > 0m => x => x / v,
            "at_most" when from is { } b && b > v => x => (b - x) / (b - v),
            "at_most" => x => x > 0m ? v / x : 0m,
            "milestone" => x => x / 100m,
            "equal" or "about" or "between" when from is { } b && b < lower => x => (x - b) / (lower - b),
            "equal" or "about" or "between" when from is { } b && b > upper => x => (b - x) / (b - upper),
            _ => _ => 0m,
        };
        return x => Math.Clamp(raw(x), 0m, 1m);
    }
}
