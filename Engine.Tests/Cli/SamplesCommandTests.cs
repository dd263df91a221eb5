using Engine.Tests.Support;

namespace Engine.Tests.Cli;

public class SamplesCommandTests
{
    [Fact]
    public void Samples_SameSeed_ReproducesTheBundledFiles()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Support.Cli.Run("samples", "--out", folder.Path).Exit);
        foreach (var name in new[] { "figures-2023-03-31.csv", "figures-2023-06-30.csv", "figures-2023-09-30.csv", "figures-2023-12-31.csv" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(BundledPaths.Samples, name)), File.ReadAllText(Path.Combine(folder.Path, name)));
        }
    }

    [Fact]
    public void Samples_QuarterEnds_GiveAMixOfStatusesAndSomeRejections()
    {
        foreach (var quarter in new[] { "2023-03-31", "2023-06-30", "2023-09-30", "2023-12-31" })
        {
            var r = Support.Cli.Run("evaluate", "--figures", Path.Combine(BundledPaths.Samples, $"figures-{quarter}.csv"));
            Assert.Equal(0, r.Exit);
            var json = Newtonsoft.Json.Linq.JObject.Parse(r.Out);
            Assert.Equal(quarter, (string?)json["as_of"]);
            var summary = json["assessments"]![0]!["summary"]!;
            Assert.True((int)summary["no_data"]! > 0, quarter);
            Assert.True((int)summary["lagging"]! + (int)summary["missed"]! > 0, quarter);
            Assert.True((int)summary["achieved"]! + (int)summary["on_track"]! > 0, quarter);
            Assert.True((int)json["figures"]!["rejected"]! >= 5, quarter);
        }
    }

    [Fact]
    public void Samples_LargeFile_HasTheRowsAndEntitiesAsked()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "big.csv");
        Assert.Equal(0, Support.Cli.Run("samples", "--rows", "5000", "--entities", "3", "--out", path).Exit);
        var lines = File.ReadAllLines(path);
        Assert.Equal(5001, lines.Length);
        var json = Newtonsoft.Json.Linq.JObject.Parse(Support.Cli.Run("evaluate", "--figures", path).Out);
        Assert.Equal(3, json["assessments"]!.Count());
        Assert.Equal(0, (int)json["figures"]!["rejected"]!);
    }
}
