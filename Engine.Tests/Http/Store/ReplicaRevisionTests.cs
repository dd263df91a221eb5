using Engine.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Http.Store;

/// <summary>Replicas sharing a PostgreSQL store compare the rule revisions they serve in /healthz.</summary>
public sealed class ReplicaRevisionTests(PostgresClusterFixture postgres) : IClassFixture<PostgresClusterFixture>
{
    [SkippableFact]
    public async Task Healthz_AReplicaWithEditedRuleFiles_BothNameTheDifference()
    {
        var db = postgres.Cluster.CreateDatabase().Replace("Pooling=false", "Pooling=true", StringComparison.Ordinal);
        await using var a = await ApiServer.StartAsync(db: db, limits: o => o with { Replica = "a" });
        await using var b = await ApiServer.StartAsync(db: db, limits: o => o with { Replica = "b" }, prepareTargets: root =>
            File.AppendAllText(Path.Combine(root, "zhanjiang-2023", "ledger.json"), "\n"));

        var fromB = await Health(b);
        var fromA = await Health(a);

        Assert.Equal("rule_revisions_differ", (string?)fromA["status"]);
        var other = Assert.Single(fromA["other_replicas_differing"]!);
        Assert.Equal(("b", "zhanjiang-2023", (string?)fromB["revisions"]!["zhanjiang-2023"], (string?)fromA["revisions"]!["zhanjiang-2023"]),
            ((string?)other["replica"], (string?)other["ledger"], (string?)other["revision"], (string?)other["this_replica_serves"]));
        Assert.NotEqual((string?)fromA["revisions"]!["zhanjiang-2023"], (string?)fromB["revisions"]!["zhanjiang-2023"]);
        Assert.Equal("a", (string?)Assert.Single((await Health(b))["other_replicas_differing"]!)["replica"]);
    }

    [SkippableFact]
    public async Task Healthz_ReplicasOnTheSameRuleFiles_Ok()
    {
        var db = postgres.Cluster.CreateDatabase().Replace("Pooling=false", "Pooling=true", StringComparison.Ordinal);
        await using var a = await ApiServer.StartAsync(db: db, limits: o => o with { Replica = "a" });
        await using var b = await ApiServer.StartAsync(db: db, limits: o => o with { Replica = "b" });

        await Health(b);
        var fromA = await Health(a);

        Assert.Equal("ok", (string?)fromA["status"]);
        Assert.Empty(fromA["other_replicas_differing"]!);
        Assert.Equal("a", (string?)fromA["replica"]);
    }

    private static async Task<JObject> Health(ApiServer server) =>
        JObject.Parse(await (await server.Client.SendAsync(ApiServer.Get("/healthz"))).Content.ReadAsStringAsync());
}
