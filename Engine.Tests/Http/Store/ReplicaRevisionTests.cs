using Engine.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Http.Store;

/// <summary>Replicas sharing a PostgreSQL store compare the rule revisions they serve in /healthz (the detail for an admin key).</summary>
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
        Assert.Equal(("b", "zhanjiang-2023", Revision(fromB), Revision(fromA)),
            ((string?)other["replica"], (string?)other["ledger"], (string?)other["revision"], (string?)other["this_replica_serves"]));
        Assert.NotEqual(Revision(fromA), Revision(fromB));
        Assert.Equal("a", (string?)Assert.Single((await Health(b))["other_replicas_differing"]!)["replica"]);

        // Without a key the status alone, still 200: which replica is wrong is the operator's call.
        var anonymous = await a.Client.SendAsync(ApiServer.Get("/healthz"));
        Assert.Equal(System.Net.HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal("""{"status":"rule_revisions_differ"}""", JObject.Parse(await anonymous.Content.ReadAsStringAsync()).ToString(Newtonsoft.Json.Formatting.None));
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

    [SkippableFact]
    public async Task Healthz_AdminKeyOnPostgres_StoreNamedAndItsSubmissionsCounted()
    {
        var db = postgres.Cluster.CreateDatabase().Replace("Pooling=false", "Pooling=true", StringComparison.Ordinal);
        await using var server = await ApiServer.StartAsync(db: db, limits: o => o with { Replica = "a" });
        var stored = await server.Client.SendAsync(ApiServer.Post("/v1/ledgers/zhanjiang-2023/figures", """{"figures":[{"target":"20.1","as_of":"2023-06-30","value":12}]}""", server.AdminKey));
        Assert.Equal(System.Net.HttpStatusCode.OK, stored.StatusCode);

        var store = (await Health(server))["store"]!;

        Assert.StartsWith("PostgreSQL ", (string?)store["path"], StringComparison.Ordinal);
        Assert.Equal((true, 1L, null), ((bool)store["reachable"]!, (long?)store["submissions"], (string?)store["error"]));
    }

    private static async Task<JObject> Health(ApiServer server) =>
        JObject.Parse(await (await server.Client.SendAsync(ApiServer.Get("/healthz", server.AdminKey))).Content.ReadAsStringAsync());

    private static string? Revision(JObject health) => (string?)health["ledgers"]!.Single(l => (string?)l["id"] == "zhanjiang-2023")["revision"];
}
