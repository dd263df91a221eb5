using Engine.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Cli;

public class CheckAndTargetsCommandTests
{
    [Fact]
    public void Check_BundledLedger_Passes()
    {
        var r = Support.Cli.Process("check");
        Assert.Equal(0, r.Exit);
        Assert.Contains("472 tasks", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BrokenLedger_PrintsEveryProblemAndExitsOne()
    {
        using var folder = new TempFolder();
        folder.File("ledger.json", """{ "id": "t", "title": "x", "period": { "start": "2023-01-01", "end": "2023-12-31" }, "labels": { "done": "x" } }""");
        folder.File("01-a.json", TempLedger.Area("""{ "id": "1.1", "metric": "m", "kind": "between", "nature": "level", "value": 5, "value2": 1, "unit": "%" }"""));
        folder.File("02-b.json", "{ \"area\": ");
        var r = Support.Cli.Run("check", "--targets", folder.Path);
        Assert.Equal(1, r.Exit);
        Assert.Contains("ledger.json:1:", r.Err, StringComparison.Ordinal);
        Assert.Contains("01-a.json:", r.Err, StringComparison.Ordinal);
        Assert.Contains("02-b.json:1:", r.Err, StringComparison.Ordinal);
        Assert.Contains("3 problem(s)", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Targets_Json_ListsEveryTargetWithResolvedDefaults()
    {
        var r = Support.Cli.Run("targets");
        Assert.Equal(0, r.Exit);
        var list = JArray.Parse(r.Out);
        Assert.True(list.Count > 472);
        foreach (var key in new[] { "id", "task", "metric", "kind", "nature", "value", "value2", "baseline", "unit", "integer", "deadline", "schedule", "slack", "combine", "source" })
        {
            Assert.All(list, t => Assert.NotNull(t[key]));
        }

        var t201 = list.Single(t => (string?)t["id"] == "20.1");
        Assert.Equal("2023-12-31", (string?)t201["deadline"]);
        Assert.Equal("hold", (string?)t201["schedule"]); // 20.1 (事项比例) is a level without a baseline
        Assert.Equal("level", (string?)t201["nature"]);
        Assert.False((bool)t201["integer"]!);
        Assert.Contains(list, t => (string?)t["unit"] == "家" && (bool)t["integer"]!);
    }

    [Fact]
    public void Targets_Csv_HasTheHeaderAndOneRowPerTarget()
    {
        var json = JArray.Parse(Support.Cli.Run("targets").Out);
        var csv = Support.Cli.Run("targets", "--format", "csv").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,task,metric,kind,nature,value,value2,baseline,unit,integer,deadline,schedule,slack,combine,source", csv[0]);
        Assert.Equal(json.Count + 1, csv.Length);
    }
}

public class CheckJsonTests
{
    [Fact]
    public void Check_JsonValidLedger_IsValidWithNoProblems()
    {
        var r = Support.Cli.Run("check", "--format", "json");
        Assert.Equal(0, r.Exit);
        var report = JObject.Parse(r.Out);
        Assert.Equal(["ledger", "valid", "problems"], report.Properties().Select(p => p.Name));
        Assert.Equal("zhanjiang-2023", (string?)report["ledger"]);
        Assert.True((bool)report["valid"]!);
        Assert.Empty((JArray)report["problems"]!);
    }

    [Fact]
    public void Check_JsonBrokenLedger_ListsEveryProblemInTheOneShapeAndExitsOne()
    {
        using var folder = new TempFolder();
        folder.File("ledger.json", """{ "id": "t", "title": "x", "period": { "start": "2023-01-01", "end": "2023-12-31" } }""");
        folder.File("01-a.json", TempLedger.Area("""{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "vaule": 5, "unit": "%", "deadline": "2023-13-01" }"""));
        folder.File("02-b.json", "{ \"area\": ");
        var r = Support.Cli.Run("check", "--targets", folder.Path, "--format", "json");
        Assert.Equal(1, r.Exit);
        var report = JObject.Parse(r.Out);
        Assert.False((bool)report["valid"]!);
        var problems = ((JArray)report["problems"]!).Cast<JObject>().ToList();
        Assert.All(problems, p => Assert.Equal(Ledgers.ProblemJsonTests.Shape, p.Properties().Select(x => x.Name)));
        Assert.Contains(problems, p => (string?)p["code"] == "unknown-field" && (string?)p["target"] == "1.1" && (string?)p["file"] == "01-a.json");
        Assert.Contains(problems, p => (string?)p["code"] == "bad-date");
        Assert.Contains(problems, p => (string?)p["code"] == "malformed-json" && (string?)p["file"] == "02-b.json");
        Assert.Contains(problems, p => (string?)p["code"] == "missing-field");
    }
}
