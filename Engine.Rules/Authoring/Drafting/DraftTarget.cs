using Engine.Rules.Assessment;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Authoring;

/// <summary>A target proposed from a task text, for an analyst to review.</summary>
internal sealed record DraftTarget
{
    public required TargetKind Kind { get; init; }

    public decimal? Value { get; init; }

    public decimal? Value2 { get; init; }

    public decimal? Baseline { get; init; }

    public required string Unit { get; init; }

    public required DateOnly Deadline { get; init; }

    public bool Exclusive { get; init; }

    /// <summary>The words of the text the target comes from.</summary>
    public required string Source { get; init; }

    /// <summary>How sure the grammar is, 0–1.</summary>
    public required decimal Confidence { get; init; }

    public string? Note { get; init; }

    /// <summary>Where in the text the source starts (to keep targets in reading order).</summary>
    public int Position { get; init; }
}

/// <summary>The targets proposed for one task, and how they combine.</summary>
internal sealed record TaskDraft(IReadOnlyList<DraftTarget> Targets, Combine Combine);
