using Engine.Rules.Figures;

namespace Engine.Http.Store;

/// <summary>
/// The figure store the API writes and reads, whatever keeps it: <see cref="FigureStore"/> (one SQLite file) or
/// <see cref="Postgres.PostgresFigureStore"/> (a PostgreSQL database several replicas share). Both keep every
/// version of every (entity, target, as_of), numbered 1..n without gaps, and an audit row per submission; one
/// test suite (Engine.Tests/Http/Store/FigureStoreContract) holds them to the same behaviour.
/// </summary>
internal interface IFigureStore
{
    /// <summary>Stores the accepted figures of one submission in one transaction: all of them or none.</summary>
    StoreResult Store(string ledger, string submittedBy, IReadOnlyList<Figure> figures, DateTimeOffset at);

    /// <summary>All versions, ordered by target, entity, as_of and version, optionally for one target and/or entity.</summary>
    IReadOnlyList<StoredFigure> History(string ledger, string? target, string? entity);

    /// <summary>The latest version of every (entity, target, as_of), in the order they were stored, as raw rows for the intake.</summary>
    IEnumerable<RawFigure> Latest(string ledger, string? entity);

    /// <summary>Figure rows kept for the ledger, every version counted.</summary>
    long Count(string ledger);

    /// <summary>The ledger's audit rows, oldest first.</summary>
    IReadOnlyList<(DateTimeOffset At, string Who, string Action, string Detail)> Audit(string ledger);
}
