using Engine.Tests.Support;

namespace Engine.Tests.Cli;

public class ExplainCommandTests
{
    [Fact]
    public void Explain_ShowsFiguresUsedTauProgressRulesAndTheTask()
    {
        using var folder = new TempFolder();
        var figures = folder.File("f.csv", "target,as_of,value\n20.1,2023-03-31,4\n20.1,2023-06-30,5\n20.1,2023-06-30,5.9\n20.1,2023-09-30,9\n");
        var r = Support.Cli.Run("explain", "20.1", "--figures", figures, "--as-of", "2023-06-30", "--lang", "en");
        Assert.Equal(0, r.Exit);
        var lines = r.Out.Split('\n');
        Assert.Contains(lines, l => l.Contains("f.csv:4  2023-06-30  5.9  — USED", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("f.csv:3  2023-06-30  5  — superseded", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("f.csv:5  2023-09-30  9  — after the as-of date", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("181/365 = 49.6%", StringComparison.Ordinal));
        Assert.Contains(lines, l => l == "met: 5.9 against ≥12% → no");
        Assert.Contains(lines, l => l.StartsWith("progress: 5.9 / 12", StringComparison.Ordinal) && l.EndsWith("= 49.2%", StringComparison.Ordinal));
        // Semantics v2: 20.1 (≥12%) is a level without a baseline, so it holds: not met before the deadline lags.
        Assert.Contains(lines, l => l == "status: lagging (lagging), by rule \"target 20.1 not met, hold, before the deadline → lagging\"");
        Assert.Contains(lines, l => l.StartsWith("task 20 has this one target: task status lagging", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_TargetOfATaskWithSeveralTargets_ShowsTheTasksCombinationRule()
    {
        var r = Support.Cli.Run("explain", "47.2", "--as-of", "2023-06-30", "--lang", "en");
        Assert.Equal(0, r.Exit);
        var lines = r.Out.Split('\n');
        // Semantics v2: 47.2 (≥15%) is a level without a baseline, so it holds: 7.7 lags; all takes the most severe, lagging over no_data.
        Assert.Contains(lines, l => l == "status: lagging (lagging), by rule \"target 47.2 not met, hold, before the deadline → lagging\"");
        Assert.Contains(lines, l => l == "task 47 combines (all): 47.1 no_data 0%; 47.2 lagging 51.3% → lagging (lagging), progress 26%, by rule \"task 47 combine all: most severe status, mean progress\"");
    }

    [Fact]
    public void Explain_UnknownTarget_IsAUsageError()
    {
        var r = Support.Cli.Run("explain", "999.9");
        Assert.Equal(2, r.Exit);
        Assert.Contains("no target \"999.9\"", r.Err, StringComparison.Ordinal);
    }
}
