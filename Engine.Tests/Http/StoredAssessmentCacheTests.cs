using System.Net;
using Engine.Http.Caching;
using Engine.Http.Store;
using Engine.Rules.Figures;
using Engine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Engine.Tests.Http;

/// <summary>GET …/assessment answered from kept answers while ledger and store are unchanged, and made anew after a change.</summary>
public class StoredAssessmentCacheTests
{
    private const string Ledger = "/v1/ledgers/zhanjiang-2023";
    private const string Assessment = Ledger + "/assessment?as_of=2023-06-30&entity=unit-a";
    private const string Submission = """{"figures":[{"target":"20.1","as_of":"2023-06-30","value":10,"entity":"unit-a"},{"target":"1.1","as_of":"2023-06-30","value":50,"entity":"unit-a"}]}""";

    private static async Task<byte[]> Get(ApiServer server, string key, string path = Assessment)
    {
        var response = await server.Client.SendAsync(ApiServer.Get(path, key));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task Submit(ApiServer server, string key, string body = Submission)
    {
        var response = await server.Client.SendAsync(ApiServer.Post(Ledger + "/figures", body, key));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static AssessmentCache Answers(ApiServer server) => server.Services.GetRequiredService<AssessmentCache>();

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("html")]
    public async Task Get_Unchanged_IsAnsweredFromTheCacheByteForByte(string format)
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(null, admin: true);
        await Submit(server, key);
        var path = Assessment + "&format=" + format;

        var made = await Get(server, key, path);
        var hits = Answers(server).Hits;
        var kept = await Get(server, key, path);

        Assert.Equal(hits + 1, Answers(server).Hits);
        Assert.Equal(made, kept);
        Assert.True(made.Length > 1000);
    }

    [Fact]
    public async Task Get_CacheOff_GivesTheSameBytesAsTheCache()
    {
        await using var cached = await ApiServer.StartAsync();
        await using var uncached = await ApiServer.StartAsync(limits: o => o with { CacheEntries = 0 });
        var (k1, k2) = (cached.AddKey(null, admin: true), uncached.AddKey(null, admin: true));
        await Submit(cached, k1);
        await Submit(uncached, k2);

        await Get(cached, k1);
        var kept = await Get(cached, k1);
        var made = await Get(uncached, k2);

        Assert.Equal(1, Answers(cached).Hits);
        Assert.Equal(0, Answers(uncached).Count);
        Assert.Equal(made, kept);
    }

    [Fact]
    public async Task Get_AfterASubmission_IsMadeAnew()
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(null, admin: true);
        await Submit(server, key);
        var before = await Get(server, key);
        await Get(server, key);

        await Submit(server, key, """{"figures":[{"target":"20.1","as_of":"2023-06-30","value":13,"entity":"unit-a"}]}""");
        var misses = Answers(server).Misses;
        var after = await Get(server, key);

        Assert.Equal(misses + 1, Answers(server).Misses);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task Get_AfterAWithdrawal_IsMadeAnewAndEqualsTheAnswerBeforeTheWithdrawnVersion()
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(null, admin: true);
        await Submit(server, key);
        var first = await Get(server, key);
        await Submit(server, key, """{"figures":[{"target":"20.1","as_of":"2023-06-30","value":13,"entity":"unit-a"}]}""");
        var second = await Get(server, key);
        Assert.NotEqual(first, second);

        var history = Newtonsoft.Json.Linq.JObject.Parse(await (await server.Client.SendAsync(ApiServer.Get(Ledger + "/figures?target=20.1&entity=unit-a", key))).Content.ReadAsStringAsync());
        var newest = (long)history["versions"]!.Single(v => (int)v["version"]! == 2)["id"]!;
        var withdrawn = await server.Client.SendAsync(ApiServer.Post($"{Ledger}/figures/{newest}/withdraw", "", key));
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);

        var misses = Answers(server).Misses;
        var after = await Get(server, key);
        Assert.Equal(misses + 1, Answers(server).Misses);
        Assert.Equal(first, after);
    }

    [Fact]
    public async Task Get_AfterAWriteByAnotherStoreOnTheSameFile_IsMadeAnew()
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(null, admin: true);
        await Submit(server, key);
        var before = await Get(server, key);
        Assert.Equal(before, await Get(server, key));

        // Another process writing to the same database: its own FigureStore, no call into this server.
        var other = new FigureStore(server.Db);
        var versionBefore = other.Version();
        other.Store("zhanjiang-2023", "another process", null, [new Figure("20.1", "unit-a", new DateOnly(2023, 6, 30), 14m, "other.csv", 2, 0)], DateTimeOffset.UnixEpoch);
        Assert.True(other.Version() > versionBefore);

        var misses = Answers(server).Misses;
        var after = await Get(server, key);
        Assert.Equal(misses + 1, Answers(server).Misses);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task Get_AfterAReload_IsMadeAnewUnderTheNewRevision()
    {
        await using var server = await ApiServer.StartAsync(watch: true);
        var key = server.AddKey(null, admin: true);
        await Submit(server, key);
        var response = await server.Client.SendAsync(ApiServer.Get(Assessment, key));
        var firstRevision = response.Headers.GetValues("X-Rule-Revision").Single();
        await Get(server, key);
        Assert.True(Answers(server).Count > 0);

        var area = Path.Combine(server.LedgerFolder, "02-construction-permits.json");
        File.WriteAllText(area, File.ReadAllText(area).Replace("\"value\": 12,", "\"value\": 15,", StringComparison.Ordinal));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Answers(server).Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(0, Answers(server).Count);
        var misses = Answers(server).Misses;
        var after = await server.Client.SendAsync(ApiServer.Get(Assessment, key));
        Assert.Equal(misses + 1, Answers(server).Misses);
        Assert.NotEqual(firstRevision, after.Headers.GetValues("X-Rule-Revision").Single());
    }
}
