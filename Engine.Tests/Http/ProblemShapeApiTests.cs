using Engine.Tests.Ledgers;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Http;

/// <summary>Every problem the API sends is the one shape of <see cref="Rules.Ledgers.ProblemJson"/>.</summary>
public class ProblemShapeApiTests
{
    private const string Ledger = "/v1/ledgers/zhanjiang-2023";

    private static async Task<JToken> Body(ApiServer server, HttpRequestMessage request) =>
        JToken.Parse(await (await server.Client.SendAsync(request)).Content.ReadAsStringAsync());

    private static void IsTheOneShape(JToken problem) => Assert.Equal(ProblemJsonTests.Shape, ((JObject)problem).Properties().Select(p => p.Name));

    [Fact]
    public async Task Errors_MalformedAndUnknownField_AreTheOneShapeWithTheirCodes()
    {
        await using var server = await ApiServer.StartAsync();
        var malformed = (await Body(server, ApiServer.Post(Ledger + "/evaluate", "{\n  \"figures\": [ {\"target\": } ]\n}")))["errors"]![0]!;
        IsTheOneShape(malformed);
        Assert.Equal("malformed-json", (string?)malformed["code"]);
        Assert.Equal("request", (string?)malformed["file"]);

        var unknown = (await Body(server, ApiServer.Post(Ledger + "/evaluate", "{\"figures\": [], \"asof\": \"2023-06-30\"}")))["errors"]![0]!;
        IsTheOneShape(unknown);
        Assert.Equal("unknown-field", (string?)unknown["code"]);
        Assert.Contains("asof", (string?)unknown["reason"], StringComparison.Ordinal);

        var date = (await Body(server, ApiServer.Post(Ledger + "/evaluate", "{\"figures\": [], \"as_of\": \"30.6.2023\"}")))["errors"]![0]!;
        Assert.Equal("bad-date", (string?)date["code"]);
    }

    [Fact]
    public async Task Submit_ForbiddenAndRejected_AreTheOneShape()
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey("市住房和城乡建设局");
        var forbidden = (await Body(server, ApiServer.Post(Ledger + "/figures", """{"figures":[{"target":"1.1","as_of":"2023-06-30","value":50}]}""", key)))["errors"]![0]!;
        IsTheOneShape(forbidden);
        Assert.Equal("forbidden", (string?)forbidden["code"]);
        Assert.Equal("1.1", (string?)forbidden["target"]);

        var stored = await Body(server, ApiServer.Post(Ledger + "/figures", """{"figures":[{"target":"20.1","as_of":"2023-06-30","value":10},{"target":"20.1","as_of":"2023-06-30","value":"abc"}]}""", key));
        var rejected = stored["rejected"]![0]!;
        IsTheOneShape(rejected);
        Assert.Equal("bad-number", (string?)rejected["code"]);
        Assert.Equal("figures[1].value", (string?)rejected["field"]);
    }

    [Fact]
    public async Task LedgerDetail_ProblemsOfTheFilesOnDisk_AreTheOneShape()
    {
        await using var server = await ApiServer.StartAsync(prepareTargets: root =>
        {
            var broken = Path.Combine(root, "broken");
            Directory.CreateDirectory(broken);
            File.WriteAllText(Path.Combine(broken, "ledger.json"), "{ \"id\": \"broken\" ");
        });
        var detail = await Body(server, ApiServer.Get("/v1/ledgers/broken"));
        var problem = detail["problems"]![0]!;
        IsTheOneShape(problem);
        Assert.Equal("malformed-json", (string?)problem["code"]);
        Assert.Equal(JTokenType.Null, problem["target"]!.Type);

        var unavailable = (await Body(server, ApiServer.Post("/v1/ledgers/broken/evaluate", """{"figures":[]}""")))["errors"]![0]!;
        IsTheOneShape(unavailable);
    }
}

public class LedgerGroupApiTests
{
    [Fact]
    public async Task LedgerRoutes_AccessIsCheckedBeforeTheLedgerIsResolved()
    {
        await using var server = await ApiServer.StartAsync();
        server.AddKey("市住房和城乡建设局");
        var submit = await server.Client.SendAsync(ApiServer.Post("/v1/ledgers/nope/figures", """{"figures":[]}"""));
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, submit.StatusCode);
        var read = await server.Client.SendAsync(ApiServer.Get("/v1/ledgers/nope/targets", "not-a-key"));
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, read.StatusCode);
    }

    [Fact]
    public async Task LedgerRoutes_ResolvedLedger_StampsRevisionOnEveryRoute()
    {
        await using var server = await ApiServer.StartAsync();
        foreach (var path in new[] { "", "/targets", "/figures", "/assessment" })
        {
            var response = await server.Client.SendAsync(ApiServer.Get("/v1/ledgers/zhanjiang-2023" + path));
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.NotEmpty(response.Headers.GetValues("X-Rule-Revision").Single());
        }
    }
}
