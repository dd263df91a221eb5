using Engine.Rules.Figures;

namespace Engine.Http.Store;

/// <summary>
/// The figure store the API writes and reads, whatever keeps it: <see cref="FigureStore"/> (one SQLite file) or
/// <see cref="Postgres.PostgresFigureStore"/> (a PostgreSQL database several replicas share). Both keep every
/// version of every (entity, target, as_of), numbered 1..n without gaps, and an audit row per submission or
/// withdrawal; one test suite (Engine.Tests/Http/Store/FigureStoreContract) holds them to the same behaviour.
/// </summary>
internal interface IFigureStore
{
    /// <summary>Stores the accepted figures of one submission in one transaction: all of them or none.</summary>
    /// <param name="unit">The unit whose key submitted (it may withdraw them later); null for an admin key.</param>
    StoreResult Store(string ledger, string submittedBy, string? unit, IReadOnlyList<Figure> figures, DateTimeOffset at);

    /// <summary>All versions, ordered by target, entity, as_of and version, optionally for one target and/or entity.</summary>
    IReadOnlyList<StoredFigure> History(string ledger, string? target, string? entity);

    /// <summary>
    /// One page of the versions in (target, entity, as_of, version) order, compared as bytes (UTF-8): at most
    /// <paramref name="limit"/> after <paramref name="after"/> (from the start when null), and whether more follow.
    /// </summary>
    (IReadOnlyList<StoredFigure> Versions, bool More) History(string ledger, string? target, string? entity, HistoryPosition? after, int limit);

    /// <summary>One stored version by its id, if it belongs to this ledger.</summary>
    StoredFigure? Find(string ledger, long id);

    /// <summary>
    /// Withdraws the version <paramref name="id"/>: a new version marking it withdrawn, and an audit row, in one
    /// transaction; the version before it is in force again (or none). Only the version in force can be withdrawn.
    /// <paramref name="refusal"/> says why the caller may not withdraw the version (null: it may).
    /// </summary>
    Withdrawal Withdraw(string ledger, long id, string who, string? unit, string? reason, DateTimeOffset at, Func<StoredFigure, string?> refusal);

    /// <summary>The version in force of every (entity, target, as_of) (the latest neither a withdrawal nor withdrawn), in the order they were stored, as raw rows for the intake.</summary>
    IEnumerable<RawFigure> Latest(string ledger, string? entity);

    /// <summary>
    /// The version of the stored data as a whole, read from the store on every call: it changes with every write,
    /// whichever process or replica made it, and never goes back (the answer cache's key).
    /// </summary>
    long Version();

    /// <summary>The versions in force (as <see cref="Latest"/>) and the <see cref="Version"/> they belong to, read from one snapshot.</summary>
    (long Version, IReadOnlyList<RawFigure> Rows) LatestWithVersion(string ledger, string? entity);

    /// <summary>Figure rows kept for the ledger, every version counted (withdrawals too).</summary>
    long Count(string ledger);

    /// <summary>The ledger's audit rows, oldest first.</summary>
    IReadOnlyList<(DateTimeOffset At, string Who, string Action, string Detail)> Audit(string ledger);

    /// <summary>Where the store is, for /healthz and messages (a PostgreSQL location without its password).</summary>
    string Location { get; }

    /// <summary>Whether the store answers a read now (for /healthz): the number of submissions, or why it cannot say.</summary>
    (long? Submissions, string? Error) Check();
}
