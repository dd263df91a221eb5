using Engine.Rules.Ledgers;

namespace Engine.Rules.Assessment;

/// <summary>
/// One target's numbers as its rules read them from its observations, and which rule class judges it. Targets of
/// the same class (kind, decision table, pacing, whether alone in their task) are judged by one set of rules that
/// read these terms, so a ledger compiles about a hundred target rules whatever its size, not seven per target.
/// </summary>
internal sealed class TargetTerms
{
    private TargetTerms(Target target, int @class, IReadOnlyList<ScheduleDecision> decisions)
    {
        Class = @class;
        Bounds = TargetBounds.Of(target);
        PaceFrom = Semantics.ProgressBaseline(target) ?? 0m;
        PaceSpan = (target.Value ?? 0m) - PaceFrom;
        BudgetShare = 1m - target.Slack;
        BudgetValue = target.Value ?? 0m;
        RuleNames = [.. decisions.Select(d => TargetRules.RuleName(target, d.Words))];
    }

    /// <summary>The rule class that judges the target: the first test of each of its rules.</summary>
    public int Class { get; }

    /// <summary>The numbers the kind's met test reads.</summary>
    public TargetBounds Bounds { get; }

    /// <summary>Where a count paced in whole numbers starts: the baseline, or 0.</summary>
    public decimal PaceFrom { get; }

    /// <summary>How far a count paced in whole numbers must go: value − <see cref="PaceFrom"/>.</summary>
    public decimal PaceSpan { get; }

    /// <summary>1 − slack, the share of a budget's figure held against τ × value.</summary>
    public decimal BudgetShare { get; }

    /// <summary>A budget's value (0 when the kind has none).</summary>
    public decimal BudgetValue { get; }

    /// <summary>What an assessment records as its rule, by decision row: "target 3.1 met, level, before the deadline → on_track".</summary>
    public string[] RuleNames { get; }

    /// <summary>The terms of every target of the ledger, by ledger position, and the classes they fall in, in order of first use.</summary>
    public static (TargetTerms[] Terms, IReadOnlyList<TargetClass> Classes) Of(Ledger ledger)
    {
        var terms = new TargetTerms[ledger.Targets.Count];
        var classes = new Dictionary<string, TargetClass>(StringComparer.Ordinal);
        var ordinal = 0;
        foreach (var task in ledger.Tasks)
        {
            foreach (var target in task.Targets)
            {
                var alone = task.Targets.Count == 1;
                var decisions = Schedules.Decisions(target);
                var paced = Semantics.PacedInWholeNumbers(target);
                var key = string.Join('|', [target.Kind.Name, paced ? "paced" : "-", alone ? "alone" : "-", .. decisions.Select(d => d.Words)]);
                if (!classes.TryGetValue(key, out var @class))
                {
                    @class = new TargetClass(classes.Count, target.Kind, decisions, paced, alone);
                    classes.Add(key, @class);
                }

                terms[ordinal++] = new TargetTerms(target, @class.Number, decisions);
            }
        }

        return (terms, [.. classes.Values]);
    }
}

/// <summary>Targets judged by the same rules: the same kind and decision table, paced the same way, alone in their task or not.</summary>
/// <param name="Number">The class's number, which its rules test first.</param>
/// <param name="Kind">The kind whose met test the rules apply.</param>
/// <param name="Decisions">The decision table, a rule per row.</param>
/// <param name="PacedInWholeNumbers">Whether an unmet target keeps pace by whole numbers (<see cref="Semantics.PacedInWholeNumbers"/>).</param>
/// <param name="Alone">Whether the targets are their tasks' only ones, whose rules then make the task's assessment.</param>
internal sealed record TargetClass(int Number, TargetKind Kind, IReadOnlyList<ScheduleDecision> Decisions, bool PacedInWholeNumbers, bool Alone);
