namespace Engine.Http;

/// <summary>How <c>engine serve</c> runs: where the ledgers, the store and the keys are, and the request limits.</summary>
internal sealed record ServeOptions(string TargetsRoot, string DbPath, string KeysPath)
{
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>This replica's name among those sharing a store (/healthz): the host and process unless given (--replica).</summary>
    public string Replica { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    // Every limit on what one request may cost is here, with its serve flag; each refusal names the flag.

    /// <summary>Largest request body accepted (413 above it; --max-body-bytes).</summary>
    public long MaxBodyBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Most figures in one request (413 above it; --max-figures).</summary>
    public int MaxFigures { get; init; } = 50_000;

    /// <summary>Most distinct entities one evaluate request may assess (413 above it; --max-entities): each costs a whole assessment.</summary>
    public int MaxEntities { get; init; } = 50;

    /// <summary>Longest entity name, in characters (a longer one is a refused row; --max-entity-length).</summary>
    public int MaxEntityLength { get; init; } = 100;

    /// <summary>Longest note, in characters (--max-note-length).</summary>
    public int MaxNoteLength { get; init; } = 1_000;

    /// <summary>Longest reported_by, in characters (--max-reported-by-length).</summary>
    public int MaxReportedByLength { get; init; } = 100;

    /// <summary>Versions in one page of GET figures when the request gives no limit (--page-size).</summary>
    public int PageSize { get; init; } = 1_000;

    /// <summary>Most versions one page of GET figures may ask for (a larger limit is a 400; --max-page-size).</summary>
    public int MaxPageSize { get; init; } = 10_000;

    /// <summary>Requests per <see cref="RateWindow"/> for one API key (429 above it); 0 turns the limit off.</summary>
    public int RatePerKey { get; init; } = 600;

    /// <summary>Requests per <see cref="RateWindow"/> from one client address, with or without a key; 0 turns it off.</summary>
    public int RatePerAddress { get; init; } = 1200;

    public TimeSpan RateWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Most stored-assessment answers kept for unchanged ledgers and store (--cache-entries); 0 turns the cache off.</summary>
    public int CacheEntries { get; init; } = 256;

    /// <summary>Most bytes of stored-assessment answers kept (--cache-bytes); 0 turns the cache off.</summary>
    public long CacheBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>How long a page session (填报 pages) lives without a request before it must sign in again (--session-idle-minutes).</summary>
    public TimeSpan SessionIdle { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Sign-in attempts on the pages per <see cref="RateWindow"/> from one client address (--sign-in-rate); never off.</summary>
    public int SignInRate { get; init; } = 10;

    /// <summary>Watch rule files and swap in new revisions as they are saved.</summary>
    public bool Watch { get; init; } = true;
}
