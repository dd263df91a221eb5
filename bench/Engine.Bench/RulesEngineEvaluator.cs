using Engine.Rules.Figures;
using Engine.Rules.Model;
using RulesEngine.Models;

namespace Engine.Bench;

/// <summary>
/// The same target statuses made by Microsoft RulesEngine, in its fastest arrangement found here: one workflow per
/// target, chosen by target id outside the engine; inputs are the figure, τ and whether the deadline has come.
/// Task combination is done outside (RulesEngine has no aggregation), so this measures target decisions only.
/// </summary>
public sealed class RulesEngineEvaluator
{
    private readonly Ledger _ledger;
    private readonly RulesEngine.RulesEngine _engine;

    public RulesEngineEvaluator(Ledger ledger)
    {
        _ledger = ledger;
        var workflows = ledger.Targets.Select(Workflow).ToArray();
        _engine = new RulesEngine.RulesEngine(workflows, new ReSettings { CustomTypes = [typeof(Math)] });
    }

    public sealed class Input
    {
        public decimal Value { get; set; }

        public decimal Progress { get; set; }

        public decimal Required { get; set; }

        public bool DeadlineReached { get; set; }
    }

    /// <summary>Assesses every target of the ledger for one entity and date; returns how many targets were decided.</summary>
    public int Assess(FigureSet figures, string entity, DateOnly asOf)
    {
        var decided = 0;
        var start = _ledger.Period.Start;
        foreach (var t in _ledger.Targets)
        {
            var figure = figures.InForce(entity, t.Id, asOf);
            if (figure is null)
            {
                decided++;
                continue;
            }

            var tau = asOf >= t.Deadline ? 1m : asOf < start ? 0m : (decimal)(asOf.DayNumber - start.DayNumber + 1) / (t.Deadline.DayNumber - start.DayNumber + 1);
            var input = new Input { Value = figure.Value, Progress = Progress(t, figure.Value), Required = tau * (1m - t.Slack), DeadlineReached = asOf >= t.Deadline };
            var results = _engine.ExecuteAllRulesAsync(t.Id, input).AsTask().GetAwaiter().GetResult();
            decided += results.Any(r => r.IsSuccess) ? 1 : 0;
        }

        return decided;
    }

    private static Workflow Workflow(Target t)
    {
        var met = Met(t);
        var rules = new List<Rule>
        {
            Rule("achieved at deadline", $"input1.DeadlineReached && {met}"),
            Rule("missed", $"input1.DeadlineReached && !({met})"),
        };
        rules.AddRange(t.Schedule switch
        {
            Schedule.Final => [Rule("on_track", "!input1.DeadlineReached")],
            Schedule.Hold => [Rule("on_track", $"!input1.DeadlineReached && {met}"), Rule("lagging", $"!input1.DeadlineReached && !({met})")],
            _ =>
            [
                Rule("achieved", $"!input1.DeadlineReached && {met}"),
                Rule("on_track", $"!input1.DeadlineReached && !({met}) && input1.Progress >= input1.Required"),
                Rule("lagging", $"!input1.DeadlineReached && !({met}) && input1.Progress < input1.Required"),
            ],
        });
        return new Workflow { WorkflowName = t.Id, Rules = rules };
    }

    private static Rule Rule(string name, string expression) =>
        new() { RuleName = name, Expression = expression, RuleExpressionType = RuleExpressionType.LambdaExpression };

    private static string Met(Target t)
    {
        var v = D(t.Value ?? 0m);
        return t.Kind switch
        {
            TargetKind.AtLeast => t.Exclusive ? $"input1.Value > {v}" : $"input1.Value >= {v}",
            TargetKind.AtMost => t.Exclusive ? $"input1.Value < {v}" : $"input1.Value <= {v}",
            TargetKind.Equal => $"input1.Value == {v}",
            TargetKind.About => $"Math.Abs(input1.Value - {v}) <= {D(t.EffectiveTolerance)}",
            TargetKind.Between => $"input1.Value >= {v} && input1.Value <= {D(t.Value2!.Value)}",
            _ => "input1.Value >= 100M",
        };
    }

    private static decimal Progress(Target t, decimal x)
    {
        var v = t.Value ?? 0m;
        var p = t.Kind switch
        {
            TargetKind.AtLeast when t.Baseline is { } b && b < v => (x - b) / (v - b),
            TargetKind.AtLeast when v > 0m => x / v,
            TargetKind.AtMost when t.Baseline is { } b && b > v => (b - x) / (b - v),
            TargetKind.AtMost when x > 0m => v / x,
            TargetKind.Milestone => x / 100m,
            _ => 0m,
        };
        return Math.Clamp(p, 0m, 1m);
    }

    private static string D(decimal d) => d.ToString(System.Globalization.CultureInfo.InvariantCulture) + "M";
}
