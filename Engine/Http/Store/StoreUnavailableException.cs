namespace Engine.Http.Store;

/// <summary>
/// The store could not be reached or was busy past its timeout: the request did nothing, and the same request may
/// succeed later (the API answers 503 with Retry-After). The message names the store, never its password.
/// </summary>
internal sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Seconds a client should wait before trying again; a pool reconnects within that once the database is back.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>
    /// The failure as "store unavailable" when it is one: this type, or SQLite still locked by another writer after
    /// its busy timeout (SQLITE_BUSY, SQLITE_LOCKED), which a later retry gets past; otherwise null.
    /// </summary>
    public static StoreUnavailableException? From(Exception? error) => error switch
    {
        StoreUnavailableException unavailable => unavailable,
        Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 } busy => new StoreUnavailableException($"the SQLite figure store stayed locked by another writer: {busy.Message}", busy),
        _ => null,
    };
}
