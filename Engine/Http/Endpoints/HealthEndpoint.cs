using Engine.Http.Store;
using Engine.Rules.Assessment;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Engine.Http.Endpoints;

/// <summary>
/// <c>/healthz</c>: alive, the engine version, and the rule revision of every ledger served. On a store replicas
/// share, each replica also reports its revisions there (on every call and every <see cref="Heartbeat"/>) and
/// names any other live replica serving a different revision of a ledger; the answer stays 200, because which
/// side is wrong is the operator's call, and failing both would take the service down.
/// </summary>
internal static class HealthEndpoint
{
    /// <summary>How often a replica reports even when no one asks; a replica not heard for <see cref="Fresh"/> is gone.</summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan Fresh = TimeSpan.FromSeconds(90);

    public static void Map(IEndpointRouteBuilder app, ApiServices api) =>
        app.MapGet("/healthz", () =>
        {
            var served = Served(api);
            var differing = Differing(api, served);
            return JsonAnswer.Of(new Dictionary<string, object?>
            {
                ["status"] = differing.Count == 0 ? "ok" : "rule_revisions_differ",
                ["engine"] = EngineVersion.Current,
                ["ledgers"] = served.Count,
                ["replica"] = api.Options.Replica,
                ["revisions"] = served,
                ["other_replicas_differing"] = differing.Select(d => new Dictionary<string, object?>
                {
                    ["replica"] = d.Replica,
                    ["ledger"] = d.Ledger,
                    ["revision"] = d.Revision,
                    ["this_replica_serves"] = served.GetValueOrDefault(d.Ledger),
                    ["seen_at"] = d.SeenAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                }).ToList(),
            });
        }).WithName("Health").WithSummary("Alive; the rule revision of each ledger served, and other replicas of the shared store serving a different one.");

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

    private static Dictionary<string, string> Served(ApiServices api) =>
        api.Catalog.Entries.Where(e => e.State.Served is not null).ToDictionary(e => e.Id, e => e.State.Served!.Ledger.Revision, StringComparer.Ordinal);

    private static List<ReplicaRevision> Differing(ApiServices api, Dictionary<string, string> served) =>
        api.Store is IReplicaRegistry registry
            ? [.. registry.Report(api.Options.Replica, served, api.Clock.GetUtcNow(), Fresh).Where(o => served.GetValueOrDefault(o.Ledger) != o.Revision)]
            : [];
}
