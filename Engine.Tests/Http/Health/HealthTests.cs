using System.Net;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Http.Health;

/// <summary>/healthz: the status alone for anyone, what serves and what failed for an admin key; never ok with nothing served.</summary>
public sealed class HealthTests
{
    private static async Task<(HttpStatusCode Status, string MediaType, JObject Body)> Health(ApiServer server, string? key = null)
    {
        var response = await server.Client.SendAsync(ApiServer.Get("/healthz", key));
        return (response.StatusCode, response.Content.Headers.ContentType!.MediaType!, JObject.Parse(await response.Content.ReadAsStringAsync()));
    }

    private static void AddBrokenLedger(string root)
    {
        var broken = Path.Combine(root, "broken");
        Directory.CreateDirectory(broken);
        File.WriteAllText(Path.Combine(broken, "ledger.json"), "{ \"id\": \"broken\",\n  \"title\": ");
    }

    [Fact]
    public async Task Healthz_AnonymousOrUnitKey_GetsTheStatusAlone()
    {
        await using var server = await ApiServer.StartAsync();
        var unit = server.AddKey("市住房城乡建设局");

        foreach (var key in new[] { null, unit })
        {
            var (status, mediaType, body) = await Health(server, key);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("application/json", mediaType);
            Assert.Equal("""{"status":"ok"}""", body.ToString(Newtonsoft.Json.Formatting.None));
        }
    }

    [Fact]
    public async Task Healthz_AdminKey_GetsWhatServesTheStoreAndTheKeyFile()
    {
        await using var server = await ApiServer.StartAsync();
        var admin = server.AddKey(null, admin: true);

        var (status, _, body) = await Health(server, admin);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ok", (string?)body["status"]);
        var ledger = Assert.Single((JArray)body["ledgers"]!);
        Assert.Equal("zhanjiang-2023", (string?)ledger["id"]);
        Assert.True((bool)ledger["serving"]!);
        Assert.False(string.IsNullOrEmpty((string?)ledger["revision"]));
        Assert.Empty((JArray)ledger["load_errors"]!);
        Assert.Equal(Path.GetFullPath(server.Db), (string?)body["store"]!["path"]);
        Assert.True((bool)body["store"]!["reachable"]!);
        Assert.Equal("read", (string?)body["keys"]!["state"]);
        Assert.Equal(1, (int)body["keys"]!["keys"]!);
        Assert.Empty((JArray)body["failures"]!);
    }

    [Fact]
    public async Task Healthz_WrongKey_Is401Problem()
    {
        await using var server = await ApiServer.StartAsync();
        var admin = server.AddKey(null, admin: true);

        var response = await server.Client.SendAsync(ApiServer.Get("/healthz", admin[..^4] + "0000"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Healthz_ABrokenLedgerBesideAServingOne_IsDegraded_AdminSeesTheFileAndLine()
    {
        await using var server = await ApiServer.StartAsync(prepareTargets: AddBrokenLedger);
        var admin = server.AddKey(null, admin: true);

        Assert.Equal("degraded", (string?)(await Health(server)).Body["status"]);
        var (status, _, body) = await Health(server, admin);

        Assert.Equal(HttpStatusCode.OK, status);
        var broken = ((JArray)body["ledgers"]!).Single(l => (string?)l["id"] == "broken");
        Assert.False((bool)broken["serving"]!);
        Assert.Null((string?)broken["revision"]);
        var error = ((JArray)broken["load_errors"]!)[0];
        Assert.Equal("ledger.json", Path.GetFileName((string?)error["file"]));
        Assert.True((int)error["line"]! > 0);
        Assert.Contains((JArray)body["failures"]!, f => ((string?)f)!.StartsWith("ledger broken:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Healthz_NoLedgerServing_Is503Unavailable_NeverOk()
    {
        await using var server = await ApiServer.StartAsync(prepareTargets: root =>
        {
            Directory.Delete(Path.Combine(root, "zhanjiang-2023"), recursive: true);
            AddBrokenLedger(root);
        });
        var admin = server.AddKey(null, admin: true);

        var (status, mediaType, body) = await Health(server);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("application/json", mediaType);
        Assert.Equal("""{"status":"unavailable"}""", body.ToString(Newtonsoft.Json.Formatting.None));

        var full = await Health(server, admin);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, full.Status);
        Assert.Equal("unavailable", (string?)full.Body["status"]);
        Assert.False((bool)Assert.Single((JArray)full.Body["ledgers"]!)["serving"]!);
    }

    [Fact]
    public async Task Healthz_NoLedgerFolderAtAll_Is503Unavailable()
    {
        await using var server = await ApiServer.StartAsync(prepareTargets: root => Directory.Delete(Path.Combine(root, "zhanjiang-2023"), recursive: true));

        var (status, _, body) = await Health(server);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("unavailable", (string?)body["status"]);
    }

    [Fact]
    public async Task Healthz_KeyFileBrokenAfterItWasRead_IsDegraded_AdminSeesTheLastGoodKeysInForceAndWhy()
    {
        await using var server = await ApiServer.StartAsync();
        var admin = server.AddKey(null, admin: true);
        Assert.Equal("ok", (string?)(await Health(server, admin)).Body["status"]);

        await File.WriteAllTextAsync(server.Keys, "{ not json at all");
        var (status, _, body) = await Health(server, admin);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("degraded", (string?)body["status"]);
        Assert.Equal("broken-keeping-last-good", (string?)body["keys"]!["state"]);
        Assert.Equal(1, (int)body["keys"]!["keys"]!);
        Assert.Contains(server.Keys, (string?)body["keys"]!["error"], StringComparison.Ordinal);
        Assert.Contains((JArray)body["failures"]!, f => ((string?)f)!.Contains("key file", StringComparison.Ordinal));
    }
}
