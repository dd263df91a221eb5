using System.Net;
using Engine.Http.Store;
using Engine.Tests.Support;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Http.Store;

/// <summary>A store that is down or locked answers 503 problem+json with Retry-After, and the server recovers when it returns.</summary>
public class StoreUnavailableTests
{
    private const string Figures = "/v1/ledgers/zhanjiang-2023/figures";

    [SkippableFact]
    public async Task Submit_PostgresDownThenBack_503WithRetryAfterThenStoredAndNothingAcknowledgedLost()
    {
        using var cluster = PostgresCluster.Start();
        var db = cluster.CreateDatabase().Replace("Pooling=false", "Pooling=true", StringComparison.Ordinal);
        await using var server = await ApiServer.StartAsync(db: db);
        var key = server.AddKey(null, admin: true);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(ApiServer.Post(Figures, Body(1), key))).StatusCode);

        cluster.StopServer();
        var down = await server.Client.SendAsync(ApiServer.Post(Figures, Body(2), key));
        var problem = JObject.Parse(await down.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal("application/problem+json", down.Content.Headers.ContentType!.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(StoreUnavailableException.RetryAfterSeconds), down.Headers.RetryAfter!.Delta);
        Assert.Contains("nothing was stored", (string?)problem["title"], StringComparison.Ordinal);
        Assert.Contains(server.Log.Lines, l => l.Contains("is unavailable", StringComparison.Ordinal));
        Assert.DoesNotContain("Npgsql", (string?)problem["title"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await server.Client.SendAsync(ApiServer.Get("/v1/ledgers/zhanjiang-2023/assessment?as_of=2023-06-30", key))).StatusCode);

        cluster.StartServer();
        var back = await server.Client.SendAsync(ApiServer.Post(Figures, Body(3), key));
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);

        var history = JObject.Parse(await (await server.Client.SendAsync(ApiServer.Get(Figures + "?target=20.1", key))).Content.ReadAsStringAsync());
        Assert.Equal(["1", "3"], history["versions"]!.Select(v => (string)v["value"]!));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void From_SqliteBusyOrLockedPastItsTimeout_IsUnavailable(int code) =>
        Assert.Contains("locked by another writer", StoreUnavailableException.From(new SqliteException("database is locked", code))!.Message, StringComparison.Ordinal);

    [Fact]
    public void From_OtherSqliteErrors_AreNotUnavailable() =>
        Assert.Null(StoreUnavailableException.From(new SqliteException("constraint failed", 19)));

    private static string Body(int value) => $$"""{"figures":[{"target":"20.1","as_of":"2023-06-30","value":{{value}}}]}""";
}
