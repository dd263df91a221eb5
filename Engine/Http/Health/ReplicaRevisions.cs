using Engine.Http.Store;
using Microsoft.Extensions.Logging;

namespace Engine.Http.Health;

/// <summary>
/// On a store replicas share (<see cref="IReplicaRegistry"/>), each replica reports the rule revisions it serves
/// there (on every /healthz and every <see cref="Heartbeat"/>) and learns which other live replica serves a
/// different revision of a ledger. On a store no replica shares, there is nothing to compare.
/// </summary>
internal static class ReplicaRevisions
{
    /// <summary>How often a replica reports even when no one asks; a replica not heard for <see cref="Fresh"/> is gone.</summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan Fresh = TimeSpan.FromSeconds(90);

    /// <summary>Reports this replica's revisions every <see cref="Heartbeat"/>, so the others see it even when its /healthz is not called.</summary>
    public static IDisposable StartHeartbeat(ApiServices api, ILogger log) =>
        api.Clock.CreateTimer(_ =>
        {
            try
            {
                Differing(api, Served(api));
            }
            catch (StoreUnavailableException e)
            {
                log.LogWarning("replica heartbeat: {Message}", e.Message);
            }
        }, null, TimeSpan.Zero, Heartbeat);

    /// <summary>The revision this replica serves of each ledger that serves one.</summary>
    public static Dictionary<string, string> Served(ApiServices api) =>
        api.Catalog.Entries.Where(e => e.State.Served is not null).ToDictionary(e => e.Id, e => e.State.Served!.Ledger.Revision, StringComparer.Ordinal);

    /// <summary>Reports <paramref name="served"/> and answers the other live replicas serving a different revision of a ledger.</summary>
    public static List<ReplicaRevision> Differing(ApiServices api, Dictionary<string, string> served) =>
        api.Store is IReplicaRegistry registry
            ? [.. registry.Report(api.Options.Replica, served, api.Clock.GetUtcNow(), Fresh).Where(o => served.GetValueOrDefault(o.Ledger) != o.Revision)]
            : [];
}
