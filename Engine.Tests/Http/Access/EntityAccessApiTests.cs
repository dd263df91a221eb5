using System.Net;
using Engine.Http.Store;
using Engine.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Http.Access;

/// <summary>
/// Unit keys submit for the entities the ledger declares (or only ledger-wide figures when it declares none), keys
/// narrowed with <c>engine keys add --entity</c> for those only; admin keys for any. A row for another entity is a
/// refused row naming it; when every row is, the answer is 403.
/// </summary>
public class EntityAccessApiTests
{
    private const string Ledger = "/v1/ledgers/zhanjiang-2023";
    private const string HousingBureau = "市住房和城乡建设局"; // lead of task 20

    private static Task<ApiServer> StartDeclaring(params string[] entities) =>
        ApiServer.StartAsync(prepareTargets: root =>
        {
            var path = Path.Combine(root, "zhanjiang-2023", "ledger.json");
            var header = JObject.Parse(File.ReadAllText(path));
            header["entities"] = new JArray(entities);
            File.WriteAllText(path, header.ToString());
        });

    private static string Row(string? entity, string asOf = "2023-06-30") =>
        entity is null ? $$"""{"target":"20.1","as_of":"{{asOf}}","value":10}""" : $$"""{"target":"20.1","as_of":"{{asOf}}","value":10,"entity":"{{entity}}"}""";

    private static async Task<(HttpStatusCode Status, JObject Body)> Submit(ApiServer server, string key, params string[] rows)
    {
        var response = await server.Client.SendAsync(ApiServer.Post(Ledger + "/figures", $"[{string.Join(",", rows)}]", key));
        return (response.StatusCode, JObject.Parse(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Submit_UnitKey_DeclaredEntityStored_UndeclaredIsARefusedRowNamingIt()
    {
        await using var server = await StartDeclaring("霞山区", "赤坎区");
        var key = server.AddKey(HousingBureau);
        var (status, body) = await Submit(server, key, Row("霞山区"), Row("麻章区", "2023-07-31"), Row(null, "2023-08-31"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, (int)body["stored"]!);
        var refused = ((JArray)body["rejected"]!).Select(r => ((string?)r["field"], (string?)r["code"])).ToList();
        Assert.Equal([("[1].entity", "forbidden"), ("[2].entity", "forbidden")], refused);
        Assert.Contains("entity \"麻章区\" is not among the entities ledger \"zhanjiang-2023\" declares", (string?)body["rejected"]![0]!["reason"], StringComparison.Ordinal);
        Assert.Equal(["霞山区"], new FigureStore(server.Db).History("zhanjiang-2023", null, null).Select(f => f.Entity));
    }

    [Fact]
    public async Task Submit_UnitKey_EveryRowForAnUndeclaredEntity_Is403ListingThem_AdminKeyIsStored()
    {
        await using var server = await StartDeclaring("霞山区");
        var unit = server.AddKey(HousingBureau);
        var (status, problem) = await Submit(server, unit, Row("麻章区"), Row("坡头区"));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(["[0].entity", "[1].entity"], ((JArray)problem["errors"]!).Select(e => (string?)e["field"]));
        Assert.Equal(0, new FigureStore(server.Db).Count("zhanjiang-2023"));

        var admin = server.AddKey(null, admin: true);
        var (adminStatus, stored) = await Submit(server, admin, Row("麻章区"), Row("坡头区"));
        Assert.Equal(HttpStatusCode.OK, adminStatus);
        Assert.Equal(2, (int)stored["stored"]!);
    }

    [Fact]
    public async Task Submit_LedgerDeclaresNoEntities_UnitKeyLedgerWideOnly()
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(HousingBureau);
        var (status, body) = await Submit(server, key, Row(null), Row("霞山区", "2023-07-31"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, (int)body["stored"]!);
        var refused = Assert.Single((JArray)body["rejected"]!);
        Assert.Contains("declares no entities", (string?)refused["reason"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_KeyNarrowedThroughKeysAdd_OnlyItsEntities()
    {
        await using var server = await StartDeclaring("霞山区", "赤坎区", "麻章区");
        var cli = Support.Cli.Run("keys", "add", HousingBureau, "--entity", "霞山区", "--entity", "赤坎区", "--keys", server.Keys);
        Assert.Equal(0, cli.Exit);
        var key = cli.Out.Trim();
        Assert.Equal(["霞山区", "赤坎区"], JObject.Parse(File.ReadAllText(server.Keys))["keys"]![0]!["entities"]!.Select(e => (string?)e));

        var (status, body) = await Submit(server, key, Row("霞山区"), Row("赤坎区", "2023-07-31"), Row("麻章区", "2023-08-31"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, (int)body["stored"]!);
        var refused = Assert.Single((JArray)body["rejected"]!);
        Assert.Equal("[2].entity", (string?)refused["field"]);
        Assert.Contains("may submit only for \"霞山区\", \"赤坎区\", not for entity \"麻章区\"", (string?)refused["reason"], StringComparison.Ordinal);
    }

    [Fact]
    public void KeysAdd_EntityOnAnAdminKey_IsAUsageError()
    {
        using var folder = new TempFolder();
        var keys = Path.Combine(folder.Path, "keys.json");
        var cli = Support.Cli.Run("keys", "add", "--admin", "--entity", "霞山区", "--keys", keys);
        Assert.Equal(Engine.Cli.ExitCodes.Usage, cli.Exit);
        Assert.Contains("--entity narrows unit keys only", cli.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(keys));
    }
}
