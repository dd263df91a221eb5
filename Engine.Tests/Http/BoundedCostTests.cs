using System.Net;
using Engine.Http.Store;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Http;

/// <summary>What one request may cost is bounded, and each refusal names the limit and its serve flag.</summary>
public class BoundedCostTests
{
    private const string Ledger = "/v1/ledgers/zhanjiang-2023";

    private static string Figures(IEnumerable<object> figures) => JsonConvert.SerializeObject(figures);

    private static object Figure(string entity = "霞山区", string? note = null, string? reportedBy = null) =>
        new { target = "20.1", as_of = "2023-06-30", value = 10, entity, note, reported_by = reportedBy };

    private static async Task<(HttpStatusCode Status, JObject Body)> Send(ApiServer server, HttpRequestMessage request)
    {
        var response = await server.Client.SendAsync(request);
        return (response.StatusCode, JObject.Parse(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Evaluate_MoreEntitiesThanTheLimit_Is413NamingIt_AtTheLimitIsAssessed()
    {
        await using var server = await ApiServer.StartAsync(limits: o => o with { MaxEntities = 2 });
        var (status, body) = await Send(server, ApiServer.Post(Ledger + "/evaluate", Figures([Figure("a"), Figure("b"), Figure("c")])));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("3 entities in one evaluate request; the limit is 2 (--max-entities)", (string?)body["title"]);

        var (ok, assessed) = await Send(server, ApiServer.Post(Ledger + "/evaluate", Figures([Figure("a"), Figure("b"), Figure("b")])));
        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.Equal(2, ((JArray)assessed["assessments"]!).Count);
    }

    [Theory]
    [InlineData("entity", 100, "--max-entity-length")]
    [InlineData("note", 1000, "--max-note-length")]
    [InlineData("reported_by", 100, "--max-reported-by-length")]
    public async Task Submit_FieldOverItsLimit_IsARefusedRowNamingTheLimit_AtTheLimitIsStored(string field, int limit, string flag)
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(null, admin: true);
        object Row(int length, string asOf)
        {
            var text = new string('长', length);
            return new Dictionary<string, object> { ["target"] = "20.1", ["as_of"] = asOf, ["value"] = 10, [field] = text };
        }

        var (status, body) = await Send(server, ApiServer.Post(Ledger + "/figures", Figures([Row(limit, "2023-06-30"), Row(limit + 1, "2023-07-31")]), key));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, (int)body["stored"]!);
        var refused = Assert.Single((JArray)body["rejected"]!);
        Assert.Equal(($"[1].{field}", $"{field} is {limit + 1} characters; the limit is {limit} ({flag})", "out-of-range"), ((string?)refused["field"], (string?)refused["reason"], (string?)refused["code"]));
    }

    [Fact]
    public async Task Submit_NothingUsable_Is422WithTheRefusedRows_AndNothingIsStored()
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(null, admin: true);
        var (status, body) = await Send(server, ApiServer.Post(Ledger + "/figures", Figures([Figure(new string('x', 101)), new { target = "999.9", as_of = "2023-06-30", value = 1 }]), key));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("nothing was stored", (string?)body["title"], StringComparison.Ordinal);
        Assert.Equal(2, ((JArray)body["errors"]!).Count);
        Assert.Equal(0, new FigureStore(server.Db).Count("zhanjiang-2023"));
    }

    [Fact]
    public async Task Evaluate_NothingUsable_Is422()
    {
        await using var server = await ApiServer.StartAsync();
        var (status, body) = await Send(server, ApiServer.Post(Ledger + "/evaluate", Figures([Figure(new string('x', 101))])));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("--max-entity-length", (string?)body["errors"]![0]!["reason"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodyAndFigureLimits_Are413NamingTheirFlags()
    {
        await using var server = await ApiServer.StartAsync(limits: o => o with { MaxBodyBytes = 2000, MaxFigures = 3 });
        var big = Figures(Enumerable.Repeat(Figure(), 40));
        var (tooBig, bigBody) = await Send(server, ApiServer.Post(Ledger + "/evaluate", big));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig);
        Assert.Contains("(--max-body-bytes)", (string?)bigBody["title"], StringComparison.Ordinal);
        var (tooMany, manyBody) = await Send(server, ApiServer.Post(Ledger + "/evaluate", Figures(Enumerable.Repeat(Figure(), 4))));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooMany);
        Assert.Equal("4 figures in one request; the limit is 3 (--max-figures)", (string?)manyBody["title"]);
    }

    [Fact]
    public async Task Answers_AreStreamed_NotBufferedWhole()
    {
        await using var server = await ApiServer.StartAsync();
        foreach (var format in new[] { "json", "csv", "html" })
        {
            using var response = await server.Client.SendAsync(ApiServer.Get(Ledger + $"/assessment?as_of=2023-06-30&format={format}"), HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Null(response.Content.Headers.ContentLength);
            Assert.True((await response.Content.ReadAsStringAsync()).Length > 1000);
        }
    }
}
