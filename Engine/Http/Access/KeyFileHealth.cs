namespace Engine.Http.Access;

/// <summary>What the key file gives right now: its state, how many keys are in force, and the error that made it so.</summary>
internal sealed record KeyFileHealth(string Path, string State, int Keys, bool PublicReads, string? Error)
{
    /// <summary>No key file: reads are open, submissions refused. A valid configuration, not a failure.</summary>
    public const string Absent = "absent";

    public const string Read = "read";

    public const string GoneKeepingLastGood = "gone-keeping-last-good";

    public const string BrokenKeepingLastGood = "broken-keeping-last-good";

    /// <summary>A broken file and no good keys ever read: every request that needs a key is refused.</summary>
    public const string BrokenRefusingAll = "broken-refusing-all";

    public bool Failed => Error is not null;
}
