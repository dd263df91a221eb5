using System.Net;
using Engine.Http.Store;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Http.Endpoints;

/// <summary>
/// POST …/figures/{figure_id}/withdraw: the unit that stored a version, or an admin, withdraws it as a new audited
/// version; the version before it is in force again and the assessment uses it. Nothing is deleted.
/// </summary>
public class WithdrawApiTests
{
    private const string Ledger = "/v1/ledgers/zhanjiang-2023";
    private const string HousingBureau = "市住房和城乡建设局"; // lead of task 20
    private const string ConstructionBureau = "市交通运输局";

    private static async Task<(HttpStatusCode Status, JObject Body)> Send(ApiServer server, HttpRequestMessage request)
    {
        var response = await server.Client.SendAsync(request);
        return (response.StatusCode, JObject.Parse(await response.Content.ReadAsStringAsync()));
    }

    private static async Task<long> SubmitOne(ApiServer server, string key, int value)
    {
        var (status, _) = await Send(server, ApiServer.Post(Ledger + "/figures", $$"""[{"target":"20.1","as_of":"2023-06-30","value":{{value}}}]""", key));
        Assert.Equal(HttpStatusCode.OK, status);
        return new FigureStore(server.Db).History("zhanjiang-2023", "20.1", null).Max(f => f.Id);
    }

    private static async Task<decimal?> AssessedValue(ApiServer server, string key)
    {
        var (_, assessment) = await Send(server, ApiServer.Get(Ledger + "/assessment?as_of=2023-06-30", key));
        var value = assessment["assessments"]![0]!["tasks"]!.Single(t => (int)t["no"]! == 20)["targets"]![0]!["value"];
        return value is null || value.Type == JTokenType.Null ? null : (decimal)value;
    }

    private static HttpRequestMessage Withdraw(long id, string key) => ApiServer.Post($"{Ledger}/figures/{id}/withdraw", "", key);

    [Fact]
    public async Task Withdraw_ByTheSubmittingUnit_VersionBeforeIsInForceAgain_AuditedAndNothingDeleted()
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(HousingBureau);
        var first = await SubmitOne(server, key, 5);
        var second = await SubmitOne(server, key, 12);
        Assert.Equal(12m, await AssessedValue(server, key));

        var (status, answer) = await Send(server, Withdraw(second, key));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(second, (long)answer["withdrawn"]!["id"]!);
        Assert.Equal((3, second, true), ((int)answer["withdrawal"]!["version"]!, (long)answer["withdrawal"]!["withdraws"]!, (bool)answer["withdrawal"]!["withdrawal"]!));
        Assert.Equal(first, (long)answer["in_force"]!["id"]!);
        Assert.Equal(5m, await AssessedValue(server, key));

        // All three versions are kept; the withdrawn one names its withdrawal, the withdrawal has no value of its own.
        var (_, history) = await Send(server, ApiServer.Get(Ledger + "/figures?target=20.1", key));
        var versions = (JArray)history["versions"]!;
        Assert.Equal([1, 2, 3], versions.Select(v => (int)v["version"]!));
        Assert.Equal((long)answer["withdrawal"]!["id"]!, (long)versions[1]["withdrawn_by"]!);
        Assert.Equal(JTokenType.Null, versions[2]["value"]!.Type);

        var audit = new FigureStore(server.Db).Audit("zhanjiang-2023");
        Assert.Equal(["submit", "submit", "withdraw"], audit.Select(a => a.Action));
        Assert.Contains(HousingBureau, audit[2].Who, StringComparison.Ordinal);
        Assert.Contains($"\"withdrawn\":{second}", audit[2].Detail, StringComparison.Ordinal);

        // Withdrawing the first too leaves no figure in force.
        var (again, last) = await Send(server, Withdraw(first, key));
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Equal(JTokenType.Null, last["in_force"]!.Type);
        Assert.Null(await AssessedValue(server, key));
    }

    [Fact]
    public async Task Withdraw_ByAnotherUnit_Is403AndNothingChanges_AdminMay()
    {
        await using var server = await ApiServer.StartAsync();
        var owner = server.AddKey(HousingBureau);
        var other = server.AddKey(ConstructionBureau);
        var admin = server.AddKey(null, admin: true);
        var id = await SubmitOne(server, owner, 7);

        var (status, problem) = await Send(server, Withdraw(id, other));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("only that unit or an admin may withdraw it", (string?)problem["title"], StringComparison.Ordinal);
        Assert.Single(new FigureStore(server.Db).History("zhanjiang-2023", null, null));

        var (ok, _) = await Send(server, Withdraw(id, admin));
        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.Null(await AssessedValue(server, admin));
    }

    [Fact]
    public async Task Withdraw_AlreadyWithdrawnSupersededOrAWithdrawal_Is409_UnknownIs404()
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(HousingBureau);
        var first = await SubmitOne(server, key, 5);
        var second = await SubmitOne(server, key, 12);

        var (superseded, problem) = await Send(server, Withdraw(first, key));
        Assert.Equal(HttpStatusCode.Conflict, superseded);
        Assert.Contains("superseded by version 2", (string?)problem["title"], StringComparison.Ordinal);

        var (_, done) = await Send(server, Withdraw(second, key));
        var marker = (long)done["withdrawal"]!["id"]!;
        var (twice, again) = await Send(server, Withdraw(second, key));
        Assert.Equal(HttpStatusCode.Conflict, twice);
        Assert.Contains("was already withdrawn", (string?)again["title"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await Send(server, Withdraw(marker, key))).Status);

        Assert.Equal(HttpStatusCode.NotFound, (await Send(server, Withdraw(999, key))).Status);
        var (word, _) = await Send(server, ApiServer.Post($"{Ledger}/figures/abc/withdraw", "", key));
        Assert.Equal(HttpStatusCode.NotFound, word);
        Assert.Equal(3, new FigureStore(server.Db).Count("zhanjiang-2023"));
    }

    [Fact]
    public async Task Withdraw_WithAReason_KeepsItOnTheWithdrawalAndInTheAudit()
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(HousingBureau);
        var id = await SubmitOne(server, key, 5);
        var (status, answer) = await Send(server, ApiServer.Post($"{Ledger}/figures/{id}/withdraw", """{"reason": "报错了单位"}""", key));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("报错了单位", (string?)answer["withdrawal"]!["note"]);
        Assert.Contains("\"reason\":\"报错了单位\"", new FigureStore(server.Db).Audit("zhanjiang-2023")[^1].Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"reason": "x", "why": "y"}""", "why", "unknown-field")]
    [InlineData("""{"reason": 7}""", "reason", "wrong-type")]
    [InlineData("""["x"]""", "", "wrong-type")]
    [InlineData("{\"reason\": \"x\" // comment\n}", "", "malformed-json")]
    public async Task Withdraw_BodyOtherThanAReason_Is400NamingTheField_AndNothingIsWithdrawn(string body, string field, string code)
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(HousingBureau);
        var id = await SubmitOne(server, key, 5);
        var (status, problem) = await Send(server, ApiServer.Post($"{Ledger}/figures/{id}/withdraw", body, key));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal((field, code), ((string?)problem["errors"]![0]!["field"], (string?)problem["errors"]![0]!["code"]));
        Assert.Equal(5m, await AssessedValue(server, key));
    }

    [Fact]
    public async Task Withdraw_WithoutAKey_Is401()
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(HousingBureau);
        var id = await SubmitOne(server, key, 5);
        var response = await server.Client.SendAsync(ApiServer.Post($"{Ledger}/figures/{id}/withdraw", ""));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
