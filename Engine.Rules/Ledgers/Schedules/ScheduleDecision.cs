namespace Engine.Rules.Ledgers;

/// <summary>
/// One row of a schedule's decision table: when a figure meets the target (or not), the deadline has come (or not)
/// and progress keeps pace (or not), the target has this status. Each row becomes one compiled rule.
/// </summary>
/// <param name="Met">Whether the row is for a figure that meets the target.</param>
/// <param name="Deadline">true: from the deadline on; false: before it; null: either.</param>
/// <param name="OnPace">true: progress ≥ τ×(1−slack); false: below it; null: not asked.</param>
/// <param name="Status">The status the row decides.</param>
/// <param name="Words">How the rule's name says the decision after met/not met (", deadline reached → missed").</param>
internal sealed record ScheduleDecision(bool Met, bool? Deadline, bool? OnPace, Status Status, string Words);
