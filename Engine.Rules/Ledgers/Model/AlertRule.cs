namespace Engine.Rules.Ledgers;

/// <summary>
/// One warning rule (预警) of a ledger: a level given to a task whose assessment meets every condition set.
/// The rules are ordered; the first that matches a task gives its level.
/// </summary>
public sealed record AlertRule
{
    /// <summary>The warning level given to a matching task, as the ledger names it (e.g. red, yellow, blue).</summary>
    public required string Level { get; init; }

    /// <summary>Position in the ledger's list (0 first); the first match wins.</summary>
    public required int Order { get; init; }

    /// <summary>The task's status is one of these (null: any).</summary>
    public IReadOnlyList<Status>? Status { get; init; }

    /// <summary>The task's status is none of these (null: no restriction).</summary>
    public IReadOnlyList<Status>? NotStatus { get; init; }

    /// <summary>The task's progress is at least this many percentage points below its expected progress.</summary>
    public decimal? BehindBy { get; init; }

    /// <summary>A deadline of the task's unachieved targets falls within this many days from the as-of date.</summary>
    public int? DueWithinDays { get; init; }

    /// <summary>The task is stale (true) or not (false): a figure older than the report owed (null: no restriction).</summary>
    public bool? Stale { get; init; }

    /// <summary>Where the rule stands in ledger.json, so problems and lint can point at it.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;
}
