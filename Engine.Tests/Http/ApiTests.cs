using System.Net;
using Engine.Http.Store;
using Engine.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Http;

public class ApiTests
{
    private const string Ledger = "/v1/ledgers/zhanjiang-2023";
    private const string HousingBureau = "市住房和城乡建设局"; // lead of task 20

    private static async Task<(HttpStatusCode Status, JToken Body, HttpResponseMessage Response)> Send(ApiServer server, HttpRequestMessage request)
    {
        var response = await server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length > 0 && (text[0] == '{' || text[0] == '[') ? JToken.Parse(text) : new JValue(text), response);
    }

    [Fact]
    public async Task Health_Ledgers_Targets_OpenApi_Answer()
    {
        await using var server = await ApiServer.StartAsync();
        Assert.Equal("ok", (string?)(await Send(server, ApiServer.Get("/healthz"))).Body["status"]);
        var list = (await Send(server, ApiServer.Get("/v1/ledgers"))).Body;
        Assert.Equal("zhanjiang-2023", (string?)list[0]!["id"]);
        var detail = await Send(server, ApiServer.Get(Ledger));
        Assert.True((bool)detail.Body["valid"]!);
        Assert.Equal((string?)detail.Body["revision"], detail.Response.Headers.GetValues("X-Rule-Revision").Single());
        Assert.NotEmpty(detail.Response.Headers.GetValues("X-Engine-Version").Single());
        var targets = (await Send(server, ApiServer.Get(Ledger + "/targets"))).Body;
        Assert.Equal(595, ((JArray)targets).Count);
        var openapi = (await Send(server, ApiServer.Get("/openapi/v1.json"))).Body;
        Assert.NotNull(openapi["paths"]!["/v1/ledgers/{id}/evaluate"]);
        Assert.NotNull(openapi["paths"]!["/v1/ledgers/{id}/figures"]);
    }

    [Fact]
    public async Task Evaluate_GivesTheSameDocumentAsTheCli()
    {
        await using var server = await ApiServer.StartAsync();
        var figures = """[{"target":"20.1","as_of":"2023-06-30","value":10},{"target":"1.1","as_of":"2023-05-01","value":"x"}]""";
        var http = await server.Client.SendAsync(ApiServer.Post(Ledger + "/evaluate", $$"""{"as_of":"2023-06-30","figures":{{figures}}}"""));
        Assert.Equal(HttpStatusCode.OK, http.StatusCode);
        Assert.Equal("application/json", http.Content.Headers.ContentType!.MediaType);

        using var folder = new TempFolder();
        var cli = Support.Cli.Run("evaluate", "--targets", server.LedgerFolder, "--figures", folder.File("f.json", figures), "--as-of", "2023-06-30");
        var fromHttp = JObject.Parse(await http.Content.ReadAsStringAsync());
        var fromCli = JObject.Parse(cli.Out);

        // Rejections name their source ("request" vs the file) and the line in it; everything else is identical.
        foreach (var doc in new[] { fromHttp, fromCli })
        {
            foreach (var r in (JArray)doc["rejected"]!)
            {
                r["file"] = null;
                r["line"] = null;

                // A bare array's index is [1], the body's figures[1].
                r["field"] = ((string)r["field"]!).Split('.')[^1];
            }
        }

        Assert.True(JToken.DeepEquals(fromCli, fromHttp), "the HTTP and CLI documents differ");
    }

    [Fact]
    public async Task Submit_WithoutAnyKey_Is401_AndNothingIsStored()
    {
        await using var server = await ApiServer.StartAsync();
        var (status, body, _) = await Send(server, ApiServer.Post(Ledger + "/figures", """{"figures":[{"target":"20.1","as_of":"2023-06-30","value":10}]}"""));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("engine keys add", (string?)body["title"], StringComparison.Ordinal);
        Assert.Equal(0, new FigureStore(server.Db).Count("zhanjiang-2023"));
    }

    [Fact]
    public async Task Submit_UnitKey_OwnTaskStored_OtherTaskForbiddenWhole()
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(HousingBureau);
        var forbidden = await Send(server, ApiServer.Post(Ledger + "/figures", """{"figures":[{"target":"20.1","as_of":"2023-06-30","value":10},{"target":"1.1","as_of":"2023-06-30","value":50}]}""", key));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
        Assert.Equal("1.1", (string?)forbidden.Body["errors"]![0]!["target"]);
        Assert.Equal(0, new FigureStore(server.Db).Count("zhanjiang-2023"));

        var stored = await Send(server, ApiServer.Post(Ledger + "/figures", """{"figures":[{"target":"20.1","as_of":"2023-06-30","value":10},{"target":"20.1","as_of":"2023-06-30","value":"abc"}]}""", key));
        Assert.Equal(HttpStatusCode.OK, stored.Status);
        Assert.Equal(1, (int)stored.Body["stored"]!);
        // The array is on one line, so the figure is named by its index as well as its line and column.
        Assert.Equal("figures[1].value", (string?)stored.Body["rejected"]![0]!["field"]);
        Assert.Equal(1, new FigureStore(server.Db).Count("zhanjiang-2023"));

        var wrongKey = await Send(server, ApiServer.Post(Ledger + "/figures", """{"figures":[]}""", key + "x"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.Status);
    }

    [Theory]
    [InlineData("0001-01-01", "as_of 0001-01-01 is before the ledger period starts (2023-01-01)")]
    [InlineData("9999-12-31", "as_of 9999-12-31 is after target 20.1's deadline 2023-12-31 and the period end 2023-12-31")]
    public async Task Submit_AsOfThatCannotBeTrue_IsRefusedWithTheReasonAndNotStored(string asOf, string reason)
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(HousingBureau);
        var (status, body, _) = await Send(server, ApiServer.Post(Ledger + "/figures", $$"""[{"target":"20.1","as_of":"2023-06-30","value":10},{"target":"20.1","as_of":"{{asOf}}","value":11}]""", key));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, (int)body["stored"]!);
        var rejected = Assert.Single((JArray)body["rejected"]!);
        Assert.Equal(("[1].as_of", reason, "out-of-range"), ((string?)rejected["field"], (string?)rejected["reason"], (string?)rejected["code"]));
        var history = (await Send(server, ApiServer.Get(Ledger + "/figures?target=20.1", key))).Body["versions"]!;
        Assert.Equal(["2023-06-30"], history.Select(v => (string?)v["as_of"]));
    }

    [Fact]
    public async Task Submit_UnitKey_TaskLedUnderAnotherSpellingOfTheUnit_IsStored()
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey("市市场监督管理局"); // task 394 writes its lead 市市场监管局, joined in the ledger's units table
        var stored = await Send(server, ApiServer.Post(Ledger + "/figures", """{"figures":[{"target":"394.1","as_of":"2023-06-30","value":50}]}""", key));
        Assert.Equal(HttpStatusCode.OK, stored.Status);
        Assert.Equal(1, (int)stored.Body["stored"]!);

        var forbidden = await Send(server, ApiServer.Post(Ledger + "/figures", """{"figures":[{"target":"2.1","as_of":"2023-06-30","value":50}]}""", key));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
    }

    [Fact]
    public async Task Resubmission_IsANewVersion_HistoryKeepsAll_AssessmentUsesLatest()
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(HousingBureau);
        await Send(server, ApiServer.Post(Ledger + "/figures", """[{"target":"20.1","as_of":"2023-06-30","value":5,"reported_by":"张三"}]""", key));
        var second = await Send(server, ApiServer.Post(Ledger + "/figures", """[{"target":"20.1","as_of":"2023-06-30","value":12,"reported_by":"李四"}]""", key));
        Assert.Equal(1, (int)second.Body["new_versions"]!);

        var history = (await Send(server, ApiServer.Get(Ledger + "/figures?target=20.1", key))).Body["versions"]!;
        Assert.Equal([1, 2], history.Select(v => (int)v["version"]!));
        Assert.Equal(["5", "12"], history.Select(v => (string?)v["value"]));
        Assert.Equal(["张三", "李四"], history.Select(v => (string?)v["reported_by"]));
        Assert.All(history, v => Assert.Contains(HousingBureau, (string?)v["submitted_by"], StringComparison.Ordinal));

        var assessment = (await Send(server, ApiServer.Get(Ledger + "/assessment?as_of=2023-06-30", key))).Body;
        var target = assessment["assessments"]![0]!["tasks"]!.Single(t => (int)t["no"]! == 20)["targets"]![0]!;
        Assert.Equal(12m, (decimal)target["value"]!);
        Assert.Equal("on_track", (string?)target["status"]); // 20.1 is a level: met before the deadline is on track

        var audit = new FigureStore(server.Db).Audit("zhanjiang-2023");
        Assert.Equal(2, audit.Count);
        Assert.Contains("\"from\":\"5\",\"to\":\"12\"", audit[1].Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv", "text/csv")]
    [InlineData("html", "text/html")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public async Task Assessment_OtherFormats_HaveTheirContentType(string format, string type)
    {
        await using var server = await ApiServer.StartAsync();
        var response = await server.Client.SendAsync(ApiServer.Get(Ledger + $"/assessment?as_of=2023-06-30&format={format}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    [Theory]
    [InlineData("/v1/ledgers/nope", "GET", null, HttpStatusCode.NotFound)]
    [InlineData("/v1/ledgers/zhanjiang-2023/figures?target=999.9", "GET", null, HttpStatusCode.NotFound)]
    [InlineData("/v1/ledgers/zhanjiang-2023/assessment?as_of=2023/06/31", "GET", null, HttpStatusCode.BadRequest)]
    [InlineData("/v1/ledgers/zhanjiang-2023/assessment?format=pdf", "GET", null, HttpStatusCode.BadRequest)]
    [InlineData("/v1/ledgers/zhanjiang-2023/evaluate", "POST", "{\"figures\": [", HttpStatusCode.BadRequest)]
    [InlineData("/v1/ledgers/zhanjiang-2023/evaluate", "POST", "{\"figures\": [], \"asof\": \"2023-06-30\"}", HttpStatusCode.BadRequest)]
    [InlineData("/v1/ledgers/zhanjiang-2023/evaluate", "POST", "{\"figures\": [], \"as_of\": 20230630}", HttpStatusCode.BadRequest)]
    [InlineData("/v1/ledgers/zhanjiang-2023/evaluate", "POST", "{\"figures\": {}}", HttpStatusCode.BadRequest)]
    [InlineData("/v1/ledgers/zhanjiang-2023/evaluate", "POST", "\"figures\"", HttpStatusCode.BadRequest)]
    [InlineData("/v1/ledgers/nope/evaluate", "POST", "{\"figures\": []}", HttpStatusCode.NotFound)]
    public async Task BadInput_IsAProblemNamingTheField(string path, string method, string? body, HttpStatusCode expected)
    {
        await using var server = await ApiServer.StartAsync();
        var request = method == "GET" ? ApiServer.Get(path) : ApiServer.Post(path, body!);
        var response = await server.Client.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty((string?)problem["title"]));
    }

    [Theory]
    [InlineData("GET", "/assessment?as_of=2023-02-30", null, "2023-02-30: February 2023 has 28 days")]
    [InlineData("GET", "/assessment?as_of=2023-13-01", null, "2023-13-01: there is no month 13")]
    [InlineData("POST", "/evaluate", "{\"figures\": [], \"as_of\": \"2023-04-31\"}", "2023-04-31: April has 30 days")]
    [InlineData("POST", "/evaluate", "{\"figures\": [], \"as_of\": \"2023/6/31\"}", "2023/6/31: June has 30 days")]
    [InlineData("POST", "/evaluate", "{\"figures\": [], \"as_of\": 20230630}", "20230630 is not a date in the form YYYY-MM-DD")]
    public async Task AsOf_BadDate_ProblemMessageIsTheDateReason(string method, string path, string? body, string expected)
    {
        await using var server = await ApiServer.StartAsync();
        var (status, problem, _) = await Send(server, method == "GET" ? ApiServer.Get(Ledger + path) : ApiServer.Post(Ledger + path, body!));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = Assert.Single((JArray)problem["errors"]!);
        Assert.Equal(("as_of", expected), ((string?)error["field"], (string?)error["reason"]));
    }

    [Fact]
    public async Task MalformedJson_NamesLineAndColumn_UnknownFieldNamesTheField()
    {
        await using var server = await ApiServer.StartAsync();
        var malformed = JObject.Parse(await (await server.Client.SendAsync(ApiServer.Post(Ledger + "/evaluate", "{\n  \"figures\": [ {\"target\": } ]\n}"))).Content.ReadAsStringAsync());
        Assert.Equal(2, (int)malformed["errors"]![0]!["line"]!);
        var unknown = JObject.Parse(await (await server.Client.SendAsync(ApiServer.Post(Ledger + "/evaluate", "{\"figures\": [], \"asof\": \"2023-06-30\"}"))).Content.ReadAsStringAsync());
        Assert.Equal("asof", (string?)unknown["errors"]![0]!["field"]);
    }

    [Fact]
    public async Task Limits_BodyAndFigureCount_Are413()
    {
        await using var server = await ApiServer.StartAsync(maxBody: 2000, maxFigures: 3);
        var big = "{\"figures\": [" + string.Join(",", Enumerable.Repeat("{\"target\":\"20.1\",\"as_of\":\"2023-06-30\",\"value\":10}", 60)) + "]}";
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await server.Client.SendAsync(ApiServer.Post(Ledger + "/evaluate", big))).StatusCode);
        var many = "[" + string.Join(",", Enumerable.Repeat("{\"target\":\"20.1\",\"as_of\":\"2023-06-30\",\"value\":10}", 4)) + "]";
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await server.Client.SendAsync(ApiServer.Post(Ledger + "/evaluate", many))).StatusCode);
    }

    [Fact]
    public async Task Reads_WithPrivateKeyFile_NeedAKey()
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(HousingBureau);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.SendAsync(ApiServer.Get(Ledger))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(ApiServer.Get(Ledger, key))).StatusCode);
        var file = JObject.Parse(File.ReadAllText(server.Keys));
        file["public_reads"] = true;
        File.WriteAllText(server.Keys, file.ToString());
        File.SetLastWriteTimeUtc(server.Keys, DateTime.UtcNow.AddSeconds(5));
        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(ApiServer.Get(Ledger))).StatusCode);
    }

    [Fact]
    public async Task Keys_AreStoredHashedOnly()
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(HousingBureau);
        var secret = key.Split('_')[2];
        var file = File.ReadAllText(server.Keys);
        Assert.DoesNotContain(secret, file, StringComparison.Ordinal);
        Assert.Contains("sha256", file, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParallelSubmitters_AcceptedCountsEqualStoredCounts()
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(null, admin: true);
        var targets = new[] { "20.1", "1.1", "3.1", "47.1" };
        var tasks = Enumerable.Range(0, 8).Select(async submitter =>
        {
            var accepted = 0;
            for (var i = 0; i < 10; i++)
            {
                var figures = string.Join(",", targets.Select(t => $"{{\"target\":\"{t}\",\"as_of\":\"2023-06-30\",\"value\":{submitter * 10 + i},\"entity\":\"e{submitter % 3}\"}}"));
                var response = await server.Client.SendAsync(ApiServer.Post(Ledger + "/figures", $"[{figures}]", key));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                accepted += (int)JObject.Parse(await response.Content.ReadAsStringAsync())["stored"]!;
            }

            return accepted;
        }).ToList();
        var total = (await Task.WhenAll(tasks)).Sum();
        Assert.Equal(8 * 10 * targets.Length, total);
        Assert.Equal(total, new FigureStore(server.Db).Count("zhanjiang-2023"));

        // Versions per key are 1..n without gaps or duplicates, whatever the interleaving.
        var history = new FigureStore(server.Db).History("zhanjiang-2023", "20.1", "e0");
        Assert.Equal(Enumerable.Range(1, history.Count), history.Select(h => h.Version));
    }
}

public class MultiLedgerApiTests
{
    [Fact]
    public async Task Serve_EveryLedgerFolderUnderTargets_IsListedAndServedSeparately()
    {
        await using var server = await ApiServer.StartAsync(prepareTargets: root =>
        {
            var other = Path.Combine(root, "other-city");
            Directory.CreateDirectory(other);
            File.WriteAllText(Path.Combine(other, "ledger.json"), """{ "id": "other-2024", "title": "另一个台账", "period": { "start": "2024-01-01", "end": "2024-12-31" } }""");
            File.WriteAllText(Path.Combine(other, "01-area.json"), TempLedger.Area("""{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "cumulative", "value": 5, "unit": "项" }"""));
            var broken = Path.Combine(root, "broken");
            Directory.CreateDirectory(broken);
            File.WriteAllText(Path.Combine(broken, "ledger.json"), "{ \"id\": \"broken\" ");
        });
        var list = JArray.Parse(await (await server.Client.SendAsync(ApiServer.Get("/v1/ledgers"))).Content.ReadAsStringAsync());
        Assert.Equal(["broken", "other-2024", "zhanjiang-2023"], list.Select(l => (string?)l["id"]));
        Assert.False((bool)list[0]!["serving"]!);

        var other = JObject.Parse(await (await server.Client.SendAsync(ApiServer.Post("/v1/ledgers/other-2024/evaluate", """{"figures":[{"target":"1.1","as_of":"2024-12-31","value":6}]}"""))).Content.ReadAsStringAsync());
        Assert.Equal("achieved", (string?)other["assessments"]![0]!["tasks"]![0]!["status"]);
        var broken = await server.Client.SendAsync(ApiServer.Post("/v1/ledgers/broken/evaluate", """{"figures":[]}"""));
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, broken.StatusCode);
        var detail = JObject.Parse(await (await server.Client.SendAsync(ApiServer.Get("/v1/ledgers/broken"))).Content.ReadAsStringAsync());
        Assert.Contains("malformed JSON", (string?)detail["problems"]![0]!["reason"], StringComparison.Ordinal);
    }
}

public class AssessmentFilterApiTests
{
    [Fact]
    public async Task Assessment_EntityFilter_AssessesThatEntityOnly_EvenWithoutFigures()
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(null, admin: true);
        await server.Client.SendAsync(ApiServer.Post("/v1/ledgers/zhanjiang-2023/figures", """[{"target":"20.1","as_of":"2023-06-30","value":10,"entity":"赤坎区"},{"target":"20.1","as_of":"2023-06-30","value":2,"entity":"霞山区"}]""", key));
        var one = JObject.Parse(await (await server.Client.SendAsync(ApiServer.Get("/v1/ledgers/zhanjiang-2023/assessment?as_of=2023-06-30&entity=霞山区", key))).Content.ReadAsStringAsync());
        var assessment = Assert.Single((JArray)one["assessments"]!);
        Assert.Equal("霞山区", (string?)assessment["entity"]);
        Assert.Equal("lagging", (string?)assessment["tasks"]!.Single(t => (int)t["no"]! == 20)["status"]);
        var none = JObject.Parse(await (await server.Client.SendAsync(ApiServer.Get("/v1/ledgers/zhanjiang-2023/assessment?as_of=2023-06-30&entity=麻章区", key))).Content.ReadAsStringAsync());
        Assert.Equal(472, (int)none["assessments"]![0]!["summary"]!["no_data"]!);
        var all = JObject.Parse(await (await server.Client.SendAsync(ApiServer.Get("/v1/ledgers/zhanjiang-2023/assessment?as_of=2023-06-30", key))).Content.ReadAsStringAsync());
        Assert.Equal(2, ((JArray)all["assessments"]!).Count);
    }
}
