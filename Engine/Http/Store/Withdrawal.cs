namespace Engine.Http.Store;

internal enum WithdrawalOutcome
{
    Withdrawn,
    NotFound,
    Forbidden,
    Conflict,
}

/// <summary>What a withdrawal did, or why it did nothing (<see cref="Reason"/>).</summary>
internal sealed record Withdrawal(WithdrawalOutcome Outcome, string? Reason)
{
    /// <summary>The version asked to be withdrawn, when it exists.</summary>
    public StoredFigure? Version { get; init; }

    /// <summary>The new version that marks it withdrawn.</summary>
    public StoredFigure? Marker { get; init; }

    /// <summary>The version in force now for the same (entity, target, as_of); null when none is.</summary>
    public StoredFigure? InForce { get; init; }
}

/// <summary>Where a page of the history ended: the order key of its last version.</summary>
internal sealed record HistoryPosition(string Target, string Entity, string AsOf, int Version);
