using Engine.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Http;

public class HotReloadTests
{
    private const string Ledger = "/v1/ledgers/zhanjiang-2023";

    private static async Task<JObject> Detail(ApiServer server) =>
        JObject.Parse(await (await server.Client.SendAsync(ApiServer.Get(Ledger))).Content.ReadAsStringAsync());

    private static async Task<JObject> WaitFor(ApiServer server, Func<JObject, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var detail = await Detail(server);
            if (condition(detail) || DateTime.UtcNow > deadline)
            {
                return detail;
            }

            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task EditedRuleFile_IsSwappedIn_BrokenEdit_KeepsLastGoodServing()
    {
        await using var server = await ApiServer.StartAsync(watch: true);
        var first = (string)(await Detail(server))["revision"]!;
        var area = Path.Combine(server.LedgerFolder, "02-construction-permits.json");
        var original = File.ReadAllText(area);

        // A valid edit: task 20's target from 12% to 15%.
        var edited = original.Replace("\"value\": 12,", "\"value\": 15,", StringComparison.Ordinal);
        Assert.NotEqual(original, edited);
        File.WriteAllText(area, edited);
        var second = await WaitFor(server, d => (string?)d["revision"] != first);
        Assert.NotEqual(first, (string?)second["revision"]);
        Assert.True((bool)second["valid"]!);
        var evaluated = JObject.Parse(await (await server.Client.SendAsync(ApiServer.Post(Ledger + "/evaluate", """{"as_of":"2023-12-31","figures":[{"target":"20.1","as_of":"2023-12-31","value":13}]}"""))).Content.ReadAsStringAsync());
        Assert.Equal("missed", (string?)evaluated["assessments"]![0]!["tasks"]!.Single(t => (int)t["no"]! == 20)["status"]);
        Assert.Equal((string?)second["revision"], (string?)evaluated["revision"]);

        // A broken edit: the last good revision keeps serving, and the problem is shown with file and line.
        File.WriteAllText(area, edited.Replace("\"kind\": \"at_least\"", "\"kind\": \"at_leest\"", StringComparison.Ordinal));
        var broken = await WaitFor(server, d => !(bool)d["valid"]!);
        Assert.False((bool)broken["valid"]!);
        Assert.Equal((string?)second["revision"], (string?)broken["revision"]);
        var problem = broken["problems"]![0]!;
        Assert.Equal("02-construction-permits.json", (string?)problem["file"]);
        Assert.True((int)problem["line"]! > 0);
        Assert.Contains("at_leest", (string?)problem["reason"], StringComparison.Ordinal);
        var stillServing = await server.Client.SendAsync(ApiServer.Post(Ledger + "/evaluate", """{"figures":[]}"""));
        Assert.Equal(System.Net.HttpStatusCode.OK, stillServing.StatusCode);
    }
}
