using System.Net;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Http.Endpoints;

/// <summary>GET figures in pages: limit and an opaque cursor; every version comes exactly once; bad limits and cursors are 400.</summary>
public class FigurePagingApiTests
{
    private const string Ledger = "/v1/ledgers/zhanjiang-2023";

    private static async Task<(HttpStatusCode Status, JObject Body, string? MediaType)> Get(ApiServer server, string query, string key)
    {
        var response = await server.Client.SendAsync(ApiServer.Get(Ledger + "/figures" + query, key));
        return (response.StatusCode, JObject.Parse(await response.Content.ReadAsStringAsync()), response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Stores 3 targets × 2 entities × 2 versions (12 versions) and returns the admin key.</summary>
    private static async Task<string> StoreTwelve(ApiServer server)
    {
        var key = server.AddKey(null, admin: true);
        for (var round = 1; round <= 2; round++)
        {
            var rows = from target in new[] { "20.1", "1.1", "3.1" }
                       from entity in new[] { "霞山区", "赤坎区" }
                       select $$"""{"target":"{{target}}","as_of":"2023-06-30","value":{{round}},"entity":"{{entity}}"}""";
            var response = await server.Client.SendAsync(ApiServer.Post(Ledger + "/figures", $"[{string.Join(",", rows)}]", key));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        return key;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(12)]
    public async Task History_WalkedByCursor_GivesEveryVersionExactlyOnceInOrder(int limit)
    {
        await using var server = await ApiServer.StartAsync();
        var key = await StoreTwelve(server);
        var (_, whole, _) = await Get(server, "?limit=100", key);
        var expected = ((JArray)whole["versions"]!).Select(v => (long)v["id"]!).ToList();
        Assert.Equal(12, expected.Count);
        Assert.Equal(JTokenType.Null, whole["next"]!.Type);

        var walked = new List<long>();
        var pages = 0;
        string? cursor = null;
        do
        {
            var (status, page, _) = await Get(server, $"?limit={limit}" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)), key);
            Assert.Equal(HttpStatusCode.OK, status);
            var versions = (JArray)page["versions"]!;
            Assert.True(versions.Count <= limit);
            Assert.Equal(limit, (int)page["limit"]!);
            walked.AddRange(versions.Select(v => (long)v["id"]!));
            cursor = (string?)page["next"];
            pages++;
        }
        while (cursor is not null && pages < 20);

        Assert.Equal(expected, walked);
        Assert.Equal((12 + limit - 1) / limit, pages);
    }

    [Fact]
    public async Task History_FilteredByEntity_PagesWithinTheFilter()
    {
        await using var server = await ApiServer.StartAsync();
        var key = await StoreTwelve(server);
        var (_, first, _) = await Get(server, "?entity=霞山区&limit=4", key);
        var (_, second, _) = await Get(server, "?entity=霞山区&limit=4&cursor=" + Uri.EscapeDataString((string)first["next"]!), key);
        var all = first["versions"]!.Concat(second["versions"]!).ToList();
        Assert.Equal(6, all.Count);
        Assert.All(all, v => Assert.Equal("霞山区", (string?)v["entity"]));
        Assert.Equal(JTokenType.Null, second["next"]!.Type);
    }

    [Fact]
    public async Task History_NoLimit_UsesTheServersPageSize()
    {
        await using var server = await ApiServer.StartAsync(limits: o => o with { PageSize = 5, MaxPageSize = 8 });
        var key = await StoreTwelve(server);
        var (status, page, _) = await Get(server, "", key);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((5, 5), (((JArray)page["versions"]!).Count, (int)page["limit"]!));
        Assert.NotNull((string?)page["next"]);

        var (over, problem, _) = await Get(server, "?limit=9", key);
        Assert.Equal(HttpStatusCode.BadRequest, over);
        Assert.Contains("from 1 to 8 (--max-page-size)", (string?)problem["title"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--page-size", "0", "a size limit is a number, 1 or more")]
    [InlineData("--page-size", "20000", "--page-size must not be above --max-page-size")]
    public void Serve_BadPageSizeFlags_AreAUsageErrorBeforeStarting(string flag, string value, string message)
    {
        var cli = Support.Cli.Run("serve", flag, value);
        Assert.Equal(Engine.Cli.ExitCodes.Usage, cli.Exit);
        Assert.Contains(message, cli.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DeclaresThePagingParameters_AndTheWithdrawRoute()
    {
        await using var server = await ApiServer.StartAsync();
        var document = JObject.Parse(await (await server.Client.SendAsync(ApiServer.Get("/openapi/v1.json"))).Content.ReadAsStringAsync());
        var history = document["paths"]!["/v1/ledgers/{id}/figures"]!["get"]!;
        Assert.Equal("FigureHistory", (string?)history["operationId"]);
        Assert.Contains("limit", history["parameters"]!.Select(p => (string?)p["name"]));
        Assert.Contains("cursor", history["parameters"]!.Select(p => (string?)p["name"]));
        Assert.NotNull(history["responses"]!["200"]!["content"]!["application/json"]);
        Assert.NotNull(history["responses"]!["400"]);

        var withdraw = document["paths"]!["/v1/ledgers/{id}/figures/{figure_id}/withdraw"]!["post"]!;
        Assert.Equal("WithdrawFigure", (string?)withdraw["operationId"]);
        Assert.Equal(["200", "400", "401", "403", "404", "409", "413", "415", "500", "503"], ((JObject)withdraw["responses"]!).Properties().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=-1", "limit")]
    [InlineData("?limit=ten", "limit")]
    [InlineData("?limit=10001", "limit")]
    [InlineData("?cursor=not-a-cursor", "cursor")]
    [InlineData("?cursor=WyJmMSIsIjEuMSJd", "cursor")] // base64url of ["f1","1.1"]: valid encoding, not a position
    public async Task History_BadLimitOrCursor_Is400ProblemNamingTheParameter(string query, string field)
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(null, admin: true);
        var (status, problem, type) = await Get(server, query, key);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", type);
        Assert.Equal(field, (string?)problem["errors"]![0]!["field"]);
    }
}
