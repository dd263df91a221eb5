using Engine.Bench.Limits;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using RulesEngine.Models;

namespace Engine.Bench;

/// <summary>
/// The same assessment with Microsoft RulesEngine deciding each target, in its fastest arrangement found here: one
/// workflow per target, chosen by target id outside the engine; inputs are the figure, its progress, τ × (1 − slack)
/// and whether the deadline has come; each rule's name carries the status and whether the figure met the target.
/// What RulesEngine leaves to its host (no figure, task combination, alerts, trends) is the hand-written
/// evaluator's code, so the output matches the engine's and the timing is that of the whole assessment.
/// </summary>
public sealed class RulesEngineEvaluator
{
    private readonly RulesEngine.RulesEngine _engine;
    private readonly HandWrittenEvaluator _hand;
    private readonly Dictionary<string, HandWrittenEvaluator.TargetResult> _targets = new(StringComparer.Ordinal);

    public RulesEngineEvaluator(Ledger ledger)
    {
        var workflows = ledger.Targets.Select(Workflow).ToArray();
        _engine = new RulesEngine.RulesEngine(workflows, new ReSettings { CustomTypes = [typeof(Math)] });
        _hand = new HandWrittenEvaluator(ledger);
    }

    public sealed class Input
    {
        public decimal Value { get; set; }

        public decimal Progress { get; set; }

        public decimal Required { get; set; }

        public bool DeadlineReached { get; set; }

        public bool MetAtDeadline { get; set; }

        /// <summary>The deadline's report is not owed yet (the ledger's grace after the deadline).</summary>
        public bool ReportPending { get; set; }

        /// <summary>figure × (1 − slack) ≤ τ × value, for a budget counted up over the year.</summary>
        public bool WithinBudget { get; set; }
    }

    /// <summary>The target results of the last assessment.</summary>
    public IReadOnlyDictionary<string, HandWrittenEvaluator.TargetResult> Targets => _targets;

    /// <summary>Assesses the ledger for one entity and date; returns how many targets were decided.</summary>
    public int Assess(FigureSet figures, string entity, DateOnly asOf)
    {
        _hand.Assess(figures, entity, asOf, _targets, Decide);
        return _targets.Count;
    }

    private (Status Status, decimal Progress) Decide(Target t, HandWrittenEvaluator.Judging j)
    {
        // The inputs are arithmetic, not decisions: the hand-written host computes them.
        var value = j.Value;
        var progress = _hand.Progress(t, value);
        var tau = _hand.Tau(t, j.JudgedAt);
        // A whole-number count keeps pace on its count, not its share: v − b against ⌊τ × (1 − slack) × (value − b)⌋.
        var whole = t.Integer && t.Kind.Name == "at_least";
        var from = HandWrittenEvaluator.WholeFrom(t);
        var input = new Input
        {
            Value = value,
            Progress = whole ? value - from : progress,
            Required = whole ? Math.Floor(tau * (1m - t.Slack) * ((t.Value ?? 0m) - from)) : tau * (1m - t.Slack),
            DeadlineReached = j.AsOf >= t.Deadline,
            MetAtDeadline = j.ValueAtDeadline is { } d && _hand.IsMet(t, d),
            ReportPending = j.DeadlineReportPending,
            WithinBudget = value * (1m - t.Slack) <= tau * (t.Value ?? 0m),
        };
        var results = _engine.ExecuteAllRulesAsync(t.Id, input).AsTask().GetAwaiter().GetResult();
        var fired = results.First(r => r.IsSuccess).Rule.RuleName.Split('|');
        return (Enum.Parse<Status>(fired[0].Replace("_", "", StringComparison.Ordinal), ignoreCase: true), fired[1] == "met" ? 1m : progress);
    }

    private static Workflow Workflow(Target t)
    {
        var met = Met(t);
        var rules = new List<Rule>
        {
            Rule("achieved|met|deadline", $"input1.DeadlineReached && {met} && input1.MetAtDeadline"),
            Rule("achieved_late|met|deadline", $"input1.DeadlineReached && {met} && !input1.MetAtDeadline"),
            Rule("missed|not met|deadline", $"input1.DeadlineReached && !({met}) && !input1.ReportPending"),
            Rule("lagging|not met|deadline", $"input1.DeadlineReached && !({met}) && input1.ReportPending"),
        };
        rules.AddRange(t.Schedule switch
        {
            Schedule.Final => [Rule("on_track|met", $"!input1.DeadlineReached && {met}"), Rule("on_track|not met", $"!input1.DeadlineReached && !({met})")],
            Schedule.Hold => [Rule("on_track|met", $"!input1.DeadlineReached && {met}"), Rule("lagging|not met", $"!input1.DeadlineReached && !({met})")],
            _ when t.Nature == Nature.Cumulative && t.Kind.Name == "at_most" =>
            [
                Rule("on_track|met", $"!input1.DeadlineReached && {met} && input1.WithinBudget"),
                Rule("lagging|met", $"!input1.DeadlineReached && {met} && !input1.WithinBudget"),
                Rule("on_track|not met", $"!input1.DeadlineReached && !({met}) && input1.WithinBudget"),
                Rule("lagging|not met", $"!input1.DeadlineReached && !({met}) && !input1.WithinBudget"),
            ],
            _ =>
            [
                Rule(t.Nature == Nature.Cumulative ? "achieved|met|early" : "on_track|met|early", $"!input1.DeadlineReached && {met}"),
                Rule("on_track|not met", $"!input1.DeadlineReached && !({met}) && input1.Progress >= input1.Required"),
                Rule("lagging|not met", $"!input1.DeadlineReached && !({met}) && input1.Progress < input1.Required"),
            ],
        });
        return new Workflow { WorkflowName = t.Id, Rules = rules };
    }

    private static Rule Rule(string name, string expression) =>
        new() { RuleName = name, Expression = expression, RuleExpressionType = RuleExpressionType.LambdaExpression };

    private static string Met(Target t)
    {
        var v = D(t.Value ?? 0m);
        return t.Kind.Name switch
        {
            "at_least" => t.Exclusive ? $"input1.Value > {v}" : $"input1.Value >= {v}",
            "at_most" => t.Exclusive ? $"input1.Value < {v}" : $"input1.Value <= {v}",
            "equal" => $"input1.Value == {v}",
            "about" => $"Math.Abs(input1.Value - {v}) <= {D(t.EffectiveTolerance)}",
            "between" => $"input1.Value >= {v} && input1.Value <= {D(t.Value2!.Value)}",
            _ => "input1.Value >= 100M",
        };
    }

    private static string D(decimal d) => d.ToString(System.Globalization.CultureInfo.InvariantCulture) + "M";
}
