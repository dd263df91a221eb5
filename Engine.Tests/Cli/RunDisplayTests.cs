using System.Diagnostics;
using Engine.Tests.Support;

namespace Engine.Tests.Cli;

public class RunDisplayTests
{
    [Fact]
    public void Evaluate_StderrNotATerminal_PrintsOnePlainSummaryLine()
    {
        var r = Support.Cli.Process("evaluate", "--out", Path.Combine(Path.GetTempPath(), $"engine-{Guid.NewGuid():N}.json"));
        Assert.Equal(0, r.Exit);
        Assert.DoesNotContain("━", r.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", r.Err, StringComparison.Ordinal);
        Assert.Contains("figures read 519 = used 510 + superseded 1 + after as-of 0 + rejected 7 + blank 1", r.Err, StringComparison.Ordinal);
    }

    /// <summary>Runs the program under a pseudo-terminal (util-linux <c>script</c>) as a person at a terminal would.</summary>
    [SkippableFact]
    public async Task Evaluate_StderrIsATerminal_ShowsProgressBarsAndASummaryTable()
    {
        var script = ExternalProgram.Require("util-linux 'script' not installed (apt-get install bsdutils)", "/usr/bin/script");
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "out.json");
        var dll = Path.Combine(AppContext.BaseDirectory, "engine.dll");
        var start = new ProcessStartInfo(script) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = BundledPaths.Root };
        foreach (var a in new[] { "-qec", $"dotnet \"{dll}\" evaluate --out \"{output}\"", "/dev/null" })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["TERM"] = "xterm-256color";
        start.Environment["COLUMNS"] = "120";
        using var process = Process.Start(start)!;
        var screen = process.StandardOutput.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(120)));
        Assert.Equal(0, process.ExitCode);
        var text = await screen;
        Assert.Contains("assessing", text, StringComparison.Ordinal);
        Assert.Contains("100%", text, StringComparison.Ordinal);
        Assert.Contains("序时推进", text, StringComparison.Ordinal);
        Assert.Contains("┌", text, StringComparison.Ordinal);
        Assert.True(File.Exists(output));
    }
}
