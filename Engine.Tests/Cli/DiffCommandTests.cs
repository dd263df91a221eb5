using Engine.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Cli;

public class DiffCommandTests
{
    private static TempFolder ChangedCopy()
    {
        var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(BundledPaths.Targets, "*.json"))
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        }

        var area = Path.Combine(folder.Path, "02-construction-permits.json");
        var json = JObject.Parse(File.ReadAllText(area));
        var task20 = json["tasks"]!.Single(t => (int)t["no"]! == 20);
        task20["targets"]![0]!["value"] = 25;
        ((JArray)task20["targets"]!).Add(JObject.Parse("""{ "id": "20.2", "metric": "新指标", "kind": "milestone", "unit": "%", "deadline": "2023-06-30" }"""));
        File.WriteAllText(area, json.ToString());
        File.Delete(Path.Combine(folder.Path, "19-outlook.json"));
        return folder;
    }

    [Fact]
    public void Diff_Text_ListsTargetChangesTaskMovesAndTransitions()
    {
        using var changed = ChangedCopy();
        using var figures = new TempFolder();
        // Semantics v2: 20.1 (≥12%) is a level that holds, so 12 is on track (100%); against 25 it is 48% and lags, and 20.2
        // (met on its deadline) is achieved: the task moves from on_track 100% to lagging (48 + 100)/2 = 74%.
        var file = figures.File("f.csv", "target,as_of,value\n20.1,2023-06-30,12\n20.2,2023-06-30,100\n");
        var r = Support.Cli.Run("diff", "--base", BundledPaths.Targets, "--targets", changed.Path, "--figures", file);
        Assert.Equal(0, r.Exit);
        Assert.Contains("targets: 1 added, 10 removed, 1 changed", r.Out, StringComparison.Ordinal);
        Assert.Contains("+ 20.2 (task 20) milestone", r.Out, StringComparison.Ordinal);
        Assert.Contains("~ 20.1: value 12 → 25", r.Out, StringComparison.Ordinal);
        Assert.Contains("task 20: on_track 100% → lagging 74%", r.Out, StringComparison.Ordinal);
        Assert.Contains("task 463: no_data 0% → (absent)", r.Out, StringComparison.Ordinal);
        Assert.Contains("status transitions", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_Json_MatrixCountsEveryTaskInBoth()
    {
        using var changed = ChangedCopy();
        var r = Support.Cli.Run("diff", "--base", BundledPaths.Targets, "--targets", changed.Path, "--format", "json");
        Assert.Equal(0, r.Exit);
        var json = JObject.Parse(r.Out);
        var total = ((JObject)json["transitions"]!).Properties().Sum(row => ((JObject)row.Value).Properties().Sum(c => (int)c.Value));
        Assert.Equal(462, total);
        Assert.Equal(["20.1"], json["targets"]!["changed"]!.Select(c => (string?)c["id"]));
        Assert.Equal("value", (string?)json["targets"]!["changed"]![0]!["fields"]![0]!["field"]);
    }

    [Fact]
    public void Diff_SameRules_ChangesNothing()
    {
        var r = Support.Cli.Run("diff", "--base", BundledPaths.Targets, "--targets", BundledPaths.Targets);
        Assert.Equal(0, r.Exit);
        Assert.Contains("targets: 0 added, 0 removed, 0 changed", r.Out, StringComparison.Ordinal);
        Assert.Contains("0 task(s) change", r.Out, StringComparison.Ordinal);
    }
}
