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

    /// <summary>
    /// Why <paramref name="version"/> may not be withdrawn, decided the same way whichever store keeps it: the caller
    /// may not (<paramref name="refusal"/>), it is itself a withdrawal, it was withdrawn already, or it is not the
    /// version in force (<paramref name="inForce"/>). Null when it may be withdrawn.
    /// </summary>
    public static Withdrawal? Refused(StoredFigure version, Func<StoredFigure, string?> refusal, Func<StoredFigure?> inForce)
    {
        if (refusal(version) is { } why)
        {
            return new Withdrawal(WithdrawalOutcome.Forbidden, why) { Version = version };
        }

        var id = version.Id;
        var key = $"target {version.Target}, entity \"{version.Entity}\", as_of {version.AsOf}";
        var current = version.Withdraws is null && version.WithdrawnBy is null ? inForce() : null;
        var conflict = version.Withdraws is { } withdrawn ? $"figure version {id} is itself the withdrawal of version {withdrawn}; submit the figure again instead"
            : version.WithdrawnBy is { } by ? $"figure version {id} ({key}) was already withdrawn (by version {by})"
            : current?.Id != id ? $"figure version {id} ({key}) is superseded by version {current?.Version} (id {current?.Id}); only the version in force can be withdrawn"
            : null;
        return conflict is null ? null : new Withdrawal(WithdrawalOutcome.Conflict, conflict) { Version = version };
    }
}

/// <summary>Where a page of the history ended: the order key of its last version.</summary>
internal sealed record HistoryPosition(string Target, string Entity, string AsOf, int Version);
