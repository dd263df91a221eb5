namespace Engine.Http.Store;

/// <summary>
/// Where replicas sharing one store tell each other the rule revision each serves, so a replica whose rule files
/// differ from the others' can say so in /healthz. Only a store several replicas share keeps one (PostgreSQL).
/// </summary>
internal interface IReplicaRegistry
{
    /// <summary>
    /// Records that <paramref name="replica"/> serves <paramref name="revisions"/> (ledger id → revision) now, and
    /// returns what the other replicas seen within <paramref name="fresh"/> serve.
    /// </summary>
    IReadOnlyList<ReplicaRevision> Report(string replica, IReadOnlyDictionary<string, string> revisions, DateTimeOffset now, TimeSpan fresh);
}

/// <summary>One replica's revision of one ledger, as last reported.</summary>
internal sealed record ReplicaRevision(string Replica, string Ledger, string Revision, DateTimeOffset SeenAt);
