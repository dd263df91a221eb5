namespace Engine.Rules.Ledgers;

/// <summary>What a decision row tests of a target's figure; each test is one condition of the compiled rule.</summary>
internal enum DecisionTest
{
    /// <summary>The figure in force meets the target.</summary>
    Met,

    /// <summary>The figure in force does not meet the target.</summary>
    NotMet,

    /// <summary>The as-of date is on or after the deadline.</summary>
    DeadlineReached,

    /// <summary>The as-of date is before the deadline.</summary>
    BeforeDeadline,

    /// <summary>The figure in force at the deadline met the target too.</summary>
    MetAtDeadline,

    /// <summary>No figure in force at the deadline met the target (there was none, or it fell short).</summary>
    NotMetAtDeadline,

    /// <summary>From the deadline on, the deadline's report is not owed yet (the ledger's grace) and the figure predates it.</summary>
    DeadlineReportPending,

    /// <summary>The deadline's report is owed, or there is no reporting cycle.</summary>
    DeadlineReportOwed,

    /// <summary>Progress keeps pace with τ at the judged date, less the slack (whole numbers: rounded down).</summary>
    OnPace,

    /// <summary>Progress is behind that pace.</summary>
    Behind,

    /// <summary>A year-to-date total stays within its share of the budget: figure × (1 − slack) ≤ τ × value.</summary>
    WithinBudget,

    /// <summary>A year-to-date total has used more than its share of the budget.</summary>
    OverBudget,
}

/// <summary>
/// One row of a target's decision table: when every test holds, the target has this status. Each row becomes one
/// compiled rule; the rows of a table cover every case once.
/// </summary>
/// <param name="Tests">The conditions, all of which must hold.</param>
/// <param name="Status">The status the row decides.</param>
/// <param name="Words">How the rule's name says the decision ("met, deadline reached, met at the deadline → achieved").</param>
internal sealed record ScheduleDecision(IReadOnlyList<DecisionTest> Tests, Status Status, string Words)
{
    /// <summary>Whether the row is for a figure that meets the target (its progress is then 1).</summary>
    public bool Met => Tests.Contains(DecisionTest.Met);
}
