using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Engine.Http.Store;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Http.Endpoints;

/// <summary>Only strict JSON comes in; a row with an unknown or wrongly typed field is refused where it stands, the rest are stored.</summary>
public class StrictJsonApiTests
{
    private const string Ledger = "/v1/ledgers/zhanjiang-2023";

    private static async Task<(HttpStatusCode Status, JObject Body, string? MediaType)> Send(ApiServer server, HttpRequestMessage request)
    {
        var response = await server.Client.SendAsync(request);
        return (response.StatusCode, JObject.Parse(await response.Content.ReadAsStringAsync()), response.Content.Headers.ContentType?.MediaType);
    }

    public static TheoryData<string, string, int, int, string> NotStrict() => new()
    {
        // route, body, line, column, words in the reason
        { "/figures", "{\n  \"figures\": [ // June\n  ]\n}", 2, 16, "comments are not allowed" },
        { "/figures", "{\n  \"figures\": [ /* June */ ]\n}", 2, 16, "comments are not allowed" },
        { "/figures", "{'figures': []}", 1, 2, "not single quotes" },
        { "/figures", "{\"figures\": [{\"target\": '20.1', \"as_of\": \"2023-06-30\", \"value\": 1}]}", 1, 25, "not single quotes" },
        { "/figures", "{\"figures\": [{\"target\": \"20.1\", \"as_of\": \"2023-06-30\", \"value\": 1},]}", 1, 68, "malformed JSON" },
        { "/figures", "{\"figures\": [{\"target\": \"20.1\", \"as_of\": \"2023-06-30\", \"value\": NaN}]}", 1, 65, "malformed JSON" },
        { "/evaluate", "{\"figures\": [], // no figures\n \"as_of\": \"2023-06-30\"}", 1, 17, "comments are not allowed" },
    };

    [Theory]
    [MemberData(nameof(NotStrict))]
    public async Task Post_JsonThatIsNotStrict_Is400NamingLineAndColumn_AndNothingIsStored(string route, string body, int line, int column, string reason)
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(null, admin: true);
        var (status, problem, type) = await Send(server, ApiServer.Post(Ledger + route, body, key));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", type);
        var error = Assert.Single((JArray)problem["errors"]!);
        Assert.Equal((line, column, "malformed-json"), ((int)error["line"]!, (int)error["column"]!, (string?)error["code"]));
        Assert.Contains(reason, (string?)error["reason"], StringComparison.Ordinal);
        Assert.Equal(0, new FigureStore(server.Db).Count("zhanjiang-2023"));
    }

    [Theory]
    [InlineData("{\"figures\": [], \"figures\": [{\"target\": \"20.1\", \"as_of\": \"2023-06-30\", \"value\": 1}]}", "figures", 17)]
    [InlineData("{\"figures\": [{\"target\": \"20.1\", \"as_of\": \"2023-06-30\", \"value\": 1, \"value\": 2}]}", "value", 68)]
    public async Task Submit_DuplicateKey_Is400NamingIt_AndNothingIsStored(string body, string twice, int column)
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(null, admin: true);
        var (status, problem, _) = await Send(server, ApiServer.Post(Ledger + "/figures", body, key));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = Assert.Single((JArray)problem["errors"]!);
        Assert.Equal((1, column, "malformed-json", twice), ((int)error["line"]!, (int)error["column"]!, (string?)error["code"], (string?)error["field"]));
        Assert.Equal($"malformed JSON: the key \"{twice}\" is given twice in one object; send it once", (string?)error["reason"]);
        Assert.Equal(0, new FigureStore(server.Db).Count("zhanjiang-2023"));
    }

    [Fact]
    public async Task Submit_InvalidUtf8_Is400NamingLineAndColumn_NotReplaced()
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(null, admin: true);
        var head = Encoding.UTF8.GetBytes("[\n {\"target\": \"20.1\", \"as_of\": \"2023-06-30\", \"value\": 1, \"note\": \"霞山");
        byte[] body = [.. head, 0xFF, .. Encoding.UTF8.GetBytes("\"}\n]")];
        var request = new HttpRequestMessage(HttpMethod.Post, Ledger + "/figures") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var (status, problem, type) = await Send(server, request);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", type);
        var error = Assert.Single((JArray)problem["errors"]!);
        // Line 2 holds 66 characters before the bad byte (the two Chinese characters count as one each).
        Assert.Equal((2, 67, "bad-encoding"), ((int)error["line"]!, (int)error["column"]!, (string?)error["code"]));
        Assert.Contains("not valid UTF-8", (string?)error["reason"], StringComparison.Ordinal);
        Assert.Equal(0, new FigureStore(server.Db).Count("zhanjiang-2023"));
    }

    [Fact]
    public async Task Submit_UnknownKeyAndWrongTypes_AreRefusedRowsWithIndexAndField_ValidRowsStored_AnswerListsBoth()
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(null, admin: true);
        var body = """
            {"figures": [
              {"target": "20.1", "as_of": "2023-06-30", "value": 10, "entity": "霞山区"},
              {"target": "20.1", "as_of": "2023-07-31", "value": 11, "entity": 42},
              {"target": "20.1", "as_of": "2023-08-31", "value": 12, "entity": {"name": "霞山区"}},
              {"target": "20.1", "as_of": "2023-09-30", "value": 13, "colour": "red"},
              {"target": 20.1, "as_of": "2023-10-31", "value": 14},
              {"target": "20.1", "as_of": "2023-11-30", "value": "15", "note": ["a"]}
            ]}
            """;
        var (status, answer, _) = await Send(server, ApiServer.Post(Ledger + "/figures", body, key));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((6, 1), ((int)answer["read"]!, (int)answer["stored"]!));
        var refused = ((JArray)answer["rejected"]!).Select(r => ((string?)r["field"], (int)r["line"]!, (string?)r["code"])).ToList();
        Assert.Equal(
            [
                ("figures[1].entity", 3, "wrong-type"),
                ("figures[2].entity", 4, "wrong-type"),
                ("figures[3].colour", 5, "unknown-field"),
                ("figures[4].target", 6, "wrong-type"),
                ("figures[5].note", 7, "wrong-type"),
            ],
            refused);
        Assert.Equal("entity must be text (a JSON string), not the number 42", (string?)answer["rejected"]![0]!["reason"]);

        var stored = new FigureStore(server.Db).History("zhanjiang-2023", null, null);
        var only = Assert.Single(stored);
        Assert.Equal(("霞山区", "2023-06-30"), (only.Entity, only.AsOf));
    }

    [Fact]
    public async Task Submit_EveryRowRefused_Is422ListingThem_AndNothingIsStored()
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(null, admin: true);
        var (status, problem, type) = await Send(server, ApiServer.Post(Ledger + "/figures", """[{"target":"20.1","as_of":"2023-06-30","value":1,"entity":7},{"target":"20.1","as_of":"2023-06-30","valeu":1}]""", key));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("application/problem+json", type);
        Assert.Equal(["[0].entity", "[1].valeu"], ((JArray)problem["errors"]!).Select(e => (string?)e["field"]));
        Assert.Equal(0, new FigureStore(server.Db).Count("zhanjiang-2023"));
    }

    [Theory]
    [InlineData("""{"figures": []}""", "holds no figures")]
    [InlineData("""[{"target":"20.1"}]""", "neither a value nor a date")]
    public async Task Submit_NothingToStore_Is422_Not200StoredZero(string body, string reason)
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(null, admin: true);
        var (status, problem, _) = await Send(server, ApiServer.Post(Ledger + "/figures", body, key));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains(reason, (string?)problem["title"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_TopLevelEntity_IsHonoured_AnotherTopLevelKeyIs400()
    {
        await using var server = await ApiServer.StartAsync();
        var figures = """[{"target":"20.1","as_of":"2023-06-30","value":10,"entity":"霞山区"},{"target":"20.1","as_of":"2023-06-30","value":2,"entity":"赤坎区"}]""";
        var (status, answer, _) = await Send(server, ApiServer.Post(Ledger + "/evaluate", $$"""{"as_of":"2023-06-30","entity":"赤坎区","figures":{{figures}}}"""));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["赤坎区"], ((JArray)answer["assessments"]!).Select(a => (string?)a["entity"]));

        var (unknown, problem, _) = await Send(server, ApiServer.Post(Ledger + "/evaluate", $$"""{"as_of":"2023-06-30","entitiy":"赤坎区","figures":{{figures}}}"""));
        Assert.Equal(HttpStatusCode.BadRequest, unknown);
        Assert.Equal(("entitiy", "unknown-field"), ((string?)problem["errors"]![0]!["field"], (string?)problem["errors"]![0]!["code"]));
    }
}
