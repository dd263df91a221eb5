using Engine.Tests.Support;

namespace Engine.Tests.Cli;

public class TestCommandTests
{
    private static TempFolder LedgerCopyWith(string testFile)
    {
        var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(BundledPaths.Targets, "*.json"))
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        }

        Directory.CreateDirectory(Path.Combine(folder.Path, "tests"));
        File.WriteAllText(Path.Combine(folder.Path, "tests", "cases.json"), testFile);
        return folder;
    }

    [Fact]
    public void Test_BundledCases_AllPass()
    {
        var r = Support.Cli.Run("test");
        Assert.Equal(0, r.Exit);
        Assert.Matches(@"(?m)^(\d+) passed, 0 failed$", r.Out);
        Assert.True(int.Parse(System.Text.RegularExpressions.Regex.Match(r.Out, @"(\d+) passed").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 20);
    }

    [Fact]
    public void Test_WrongExpectation_FailsWithExpectedAndActual()
    {
        // Semantics v2: 20.1 (≥12%) is a level that holds, so 12 before the deadline is on track (not achieved), progress 100.
        using var folder = LedgerCopyWith("""
            { "cases": [
              { "name": "right", "as_of": "2023-06-30", "figures": [ { "target": "20.1", "as_of": "2023-06-30", "value": 12 } ],
                "expect": { "targets": { "20.1": { "status": "on_track" } } } },
              { "name": "wrong", "as_of": "2023-06-30", "figures": [ { "target": "20.1", "as_of": "2023-06-30", "value": 12 } ],
                "expect": { "targets": { "20.1": { "status": "achieved", "progress": 100 } }, "tasks": { "20": { "progress": 90 } } } }
            ] }
            """);
        var r = Support.Cli.Run("test", "--targets", folder.Path);
        Assert.Equal(1, r.Exit);
        Assert.Contains("PASS  right", r.Out, StringComparison.Ordinal);
        Assert.Contains("FAIL  wrong", r.Out, StringComparison.Ordinal);
        Assert.Contains("target 20.1 status: expected achieved, actual on_track  (tests/cases.json:5:", r.Out, StringComparison.Ordinal);
        Assert.Contains("task 20 progress: expected 90, actual 100", r.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("target 20.1 progress", r.Out, StringComparison.Ordinal);
        Assert.EndsWith("1 passed, 1 failed\n", r.Out.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Test_RejectedFigureInACase_FailsTheCase()
    {
        using var folder = LedgerCopyWith("""
            { "cases": [ { "name": "bad figure", "as_of": "2023-06-30", "figures": [ { "target": "20.1", "as_of": "2023-06-30", "value": "ten" } ],
                           "expect": { "targets": { "20.1": { "status": "no_data" } } } } ] }
            """);
        var r = Support.Cli.Run("test", "--targets", folder.Path);
        Assert.Equal(1, r.Exit);
        Assert.Contains("rejected: value \"ten\" is not a number", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_InvalidTestFile_ReportsFileAndLine()
    {
        using var folder = LedgerCopyWith("""
            { "cases": [ { "name": "x", "as_of": "2023-06-30", "figures": [],
                           "expect": { "targets": { "999.9": { "status": "on_track" } }, "tasks": { "20": { "statuss": "x" } } } } ] }
            """);
        var r = Support.Cli.Run("test", "--targets", folder.Path);
        Assert.Equal(1, r.Exit);
        Assert.Contains("tests/cases.json:2:", r.Err, StringComparison.Ordinal);
        Assert.Contains("the ledger has no target \"999.9\"", r.Err, StringComparison.Ordinal);
        Assert.Contains("unknown field \"statuss\"", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_ImpossibleAsOfInACase_ReportsTheDateReason()
    {
        using var folder = LedgerCopyWith("""
            { "cases": [ { "name": "x", "as_of": "2023-04-31", "figures": [], "expect": { "targets": { "20.1": { "status": "on_track" } } } } ] }
            """);
        var r = Support.Cli.Run("test", "--targets", folder.Path);
        Assert.Equal(1, r.Exit);
        Assert.Contains("tests/cases.json:1:", r.Err, StringComparison.Ordinal);
        Assert.Contains(": 2023-04-31: April has 30 days", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_SeveralCases_CompilesTheRulesOnce()
    {
        using var folder = LedgerCopyWith("""
            { "cases": [
              { "name": "one", "as_of": "2023-06-30", "figures": [ { "target": "20.1", "as_of": "2023-06-30", "value": 12 } ],
                "expect": { "targets": { "20.1": { "status": "on_track" } } } },
              { "name": "two", "as_of": "2023-03-31", "figures": [ { "target": "20.1", "as_of": "2023-03-31", "value": 12 } ],
                "expect": { "targets": { "20.1": { "status": "on_track" } } } },
              { "name": "three", "as_of": "2023-06-30", "figures": [],
                "expect": { "targets": { "20.1": { "status": "no_data" } } } }
            ] }
            """);
        // A revision of its own (the ledger's title changed), so no other test's compilation is counted.
        var header = Path.Combine(folder.Path, "ledger.json");
        File.WriteAllText(header, File.ReadAllText(header).Replace("\"title\": \"", $"\"title\": \"{Guid.NewGuid():N} ", StringComparison.Ordinal));
        var revision = Rules.Ledgers.LedgerReader.Read(folder.Path).Revision;
        var compiled = 0;
        void Count(Rules.Assessment.CompiledRuleSet rules)
        {
            if (rules.Ledger.Revision == revision)
            {
                Interlocked.Increment(ref compiled);
            }
        }

        Rules.Assessment.RuleSetCompiler.Compiled += Count;
        Support.Cli.Result r;
        try
        {
            r = Support.Cli.Run("test", "--targets", folder.Path);
        }
        finally
        {
            Rules.Assessment.RuleSetCompiler.Compiled -= Count;
        }

        Assert.Equal(0, r.Exit);
        Assert.EndsWith("3 passed, 0 failed\n", r.Out.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(1, compiled);
    }
}
