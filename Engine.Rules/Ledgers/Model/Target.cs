namespace Engine.Rules.Ledgers;

/// <summary>
/// One quantitative or dated requirement of a task, with every default resolved
/// (deadline, schedule, slack), so the compiler and outputs never re-derive them.
/// </summary>
public sealed record Target
{
    /// <summary>The target's id, unique in the ledger (e.g. <c>20.1</c>: task 20's first target); figures name their target by it.</summary>
    public required string Id { get; init; }

    /// <summary>The number (序号) of the task the target belongs to.</summary>
    public required int TaskNo { get; init; }

    /// <summary>Short name of what is measured, e.g. 办理时间; figures give values of it.</summary>
    public required string Metric { get; init; }

    /// <summary>What kind of requirement the target states (at least, at most, a milestone…); it decides when a figure meets it.</summary>
    public required TargetKind Kind { get; init; }

    /// <summary>The target level; null only for milestones.</summary>
    public decimal? Value { get; init; }

    /// <summary>Whether the figure builds up within the period or is a level at a moment; it decides how the target is judged before its deadline.</summary>
    public required Nature Nature { get; init; }

    /// <summary>True when the rule file named the nature rather than leaving it to the draft's proposal.</summary>
    public bool NatureGiven { get; init; }

    /// <summary>The upper bound, for kinds that take one.</summary>
    public decimal? Value2 { get; init; }

    /// <summary>The starting level, used for progress.</summary>
    public decimal? Baseline { get; init; }

    /// <summary>The unit as the task text gives it (%, 个工作日, 小时…); a figure that names a unit must use this one.</summary>
    public required string Unit { get; init; }

    /// <summary>The last day, inclusive, by which the target must be met; the ledger period's end unless the rule file names another.</summary>
    public required DateOnly Deadline { get; init; }

    /// <summary>Strict comparison for at_least and at_most targets: the value itself does not meet the target (&gt; rather than ≥).</summary>
    public bool Exclusive { get; init; }

    /// <summary>Allowed distance, for kinds that take one; null means 10% of |value|.</summary>
    public decimal? Tolerance { get; init; }

    /// <summary>How the target is judged before its deadline (against τ, held all year, or only at the deadline).</summary>
    public required Schedule Schedule { get; init; }

    /// <summary>True when the rule file named the schedule rather than leaving it to the kind's default.</summary>
    public bool ScheduleGiven { get; init; }

    /// <summary>The tolerance below the time-proportional expectation before the target lags: its own, or the ledger's.</summary>
    public required decimal Slack { get; init; }

    /// <summary>True when the rule file set the slack rather than inheriting the ledger's.</summary>
    public bool SlackGiven { get; init; }

    /// <summary>
    /// Whether figures are counted in whole numbers (新增上市企业 in 家), so a fractional figure is refused at intake:
    /// the rule file's <c>integer</c>, or by default a count unit with whole values and a metric that is no mean or ratio.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "It mirrors the rule-file field integer, as Schedule and Slack mirror theirs.")]
    public bool Integer { get; init; }

    /// <summary>True when the rule file set <c>integer</c> rather than leaving it to the default.</summary>
    public bool IntegerGiven { get; init; }

    /// <summary>The words of the task text the target was read from, so a reviewer can check the reading.</summary>
    public string? Source { get; init; }

    /// <summary>The analyst's note on why the target reads as it does (e.g. a deadline past the period).</summary>
    public string? Note { get; init; }

    /// <summary>Proposed by <c>engine draft</c> and not yet reviewed by an analyst.</summary>
    public bool Draft { get; init; }

    /// <summary>How sure the drafting grammar was (0–1); null for targets written by hand.</summary>
    public decimal? Confidence { get; init; }

    /// <summary>How sure <c>engine draft</c> was of the nature it proposed; absent once an analyst gives the nature.</summary>
    public decimal? NatureConfidence { get; init; }

    /// <summary>Where the target stands in its area file, so problems and lint can point at it.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;

    /// <summary>The tolerance in force, for kinds that take one.</summary>
    public decimal EffectiveTolerance => Tolerance ?? Math.Abs(Value ?? 0m) * 0.1m;

}
