namespace Engine.Rules.Ledgers;

/// <summary>
/// One quantitative or dated requirement of a task, with every default resolved
/// (deadline, schedule, slack), so the compiler and outputs never re-derive them.
/// </summary>
public sealed record Target
{
    public required string Id { get; init; }

    public required int TaskNo { get; init; }

    public required string Metric { get; init; }

    public required TargetKind Kind { get; init; }

    /// <summary>The target level; null only for milestones.</summary>
    public decimal? Value { get; init; }

    /// <summary>The upper bound, for kinds that take one.</summary>
    public decimal? Value2 { get; init; }

    /// <summary>The starting level, used for progress.</summary>
    public decimal? Baseline { get; init; }

    public required string Unit { get; init; }

    public required DateOnly Deadline { get; init; }

    public bool Exclusive { get; init; }

    /// <summary>Allowed distance, for kinds that take one; null means 10% of |value|.</summary>
    public decimal? Tolerance { get; init; }

    public required Schedule Schedule { get; init; }

    /// <summary>True when the rule file named the schedule rather than leaving it to the kind's default.</summary>
    public bool ScheduleGiven { get; init; }

    public required decimal Slack { get; init; }

    /// <summary>True when the rule file set the slack rather than inheriting the ledger's.</summary>
    public bool SlackGiven { get; init; }

    public string? Source { get; init; }

    public string? Note { get; init; }

    /// <summary>Proposed by <c>engine draft</c> and not yet reviewed by an analyst.</summary>
    public bool Draft { get; init; }

    /// <summary>How sure the drafting grammar was (0–1); null for targets written by hand.</summary>
    public decimal? Confidence { get; init; }

    public SourceLocation Location { get; init; } = SourceLocation.None;

    /// <summary>The tolerance in force, for kinds that take one.</summary>
    public decimal EffectiveTolerance => Tolerance ?? Math.Abs(Value ?? 0m) * 0.1m;

}
