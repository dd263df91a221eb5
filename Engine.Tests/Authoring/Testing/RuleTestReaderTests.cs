using Engine.Rules.Assessment;
using Engine.Rules.Authoring;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Authoring;

/// <summary>Reading <c>tests/*.json</c> beside a ledger: cases as written, and every problem with file and line.</summary>
public class RuleTestReaderTests
{
    // Semantics v2: a % target is a level and would hold (10 lagging); marked cumulative so 10 of 12 at mid-year is on track (linear).
    private const string Targets = """
        { "id": "1.1", "metric": "比例", "kind": "at_least", "value": 12, "unit": "%", "nature": "cumulative" }
        """;

    private static (IReadOnlyList<RuleTestCase> Cases, IReadOnlyList<Problem> Problems, Ledger Ledger) Read(params (string Name, string Json)[] files)
    {
        using var temp = new TempLedger(TempLedger.Area(Targets));
        var ledger = temp.Read();
        if (files.Length > 0)
        {
            Directory.CreateDirectory(Path.Combine(temp.Folder, "tests"));
        }

        foreach (var (name, json) in files)
        {
            File.WriteAllText(Path.Combine(temp.Folder, "tests", name), json);
        }

        var (cases, problems) = RuleTestReader.Read(temp.Folder, ledger);
        return (cases, problems, ledger);
    }

    private static Problem OneProblem(string json)
    {
        var (cases, problems, _) = Read(("cases.json", json));
        Assert.Empty(cases);
        return Assert.Single(problems);
    }

    [Fact]
    public void Read_NoTestsFolder_GivesNothing()
    {
        var (cases, problems, _) = Read();
        Assert.Empty(cases);
        Assert.Empty(problems);
    }

    [Fact]
    public void Read_ValidCase_KeepsNameDateEntityFiguresAndExpectationsWithTheirLines()
    {
        var (cases, problems, _) = Read(("cases.json", """
            { "cases": [
              { "name": "on track", "as_of": "2023-06-30", "entity": "甲区",
                "figures": [
                  { "target": "1.1", "as_of": "2023-06-30", "value": 10.50, "unit": "%", "note": "n" },
                  { "target": "1.1", "as_of": "2023-03-31", "value": "4", "entity": "乙区" }
                ],
                "expect": {
                  "targets": { "1.1": { "status": "on_track", "progress": 87.5 } },
                  "tasks": { "1": { "label": "序时推进" } }
                } }
            ] }
            """));

        Assert.Empty(problems);
        var c = Assert.Single(cases);
        Assert.Equal(("on track", new DateOnly(2023, 6, 30), "甲区"), (c.Name, c.AsOf, c.Entity));
        Assert.Equal(("tests/cases.json", 2), (c.Location.File, c.Location.Line));

        Assert.Equal(2, c.Figures.Count);
        var (f1, f2) = (c.Figures[0], c.Figures[1]);
        Assert.Equal(("tests/cases.json", 4, "1.1", "2023-06-30", "10.50", "%", "甲区", "n"), (f1.Source, f1.Line, f1.Target, f1.AsOf, f1.Value, f1.Unit, f1.Entity, f1.Note));
        Assert.Equal((5, "4", "乙区", (string?)null), (f2.Line, f2.Value, f2.Entity, f2.Unit));

        Assert.Equal(
            [("task 1", "1", true, "label", "序时推进", 9), ("target 1.1", "1.1", false, "status", "on_track", 8), ("target 1.1", "1.1", false, "progress", "87.5", 8)],
            c.Expectations.Select(e => (e.Subject, e.Key, e.IsTask, e.Field, e.Expected, e.Location.Line)));
        Assert.All(c.Expectations, e => Assert.Equal("tests/cases.json", e.Location.File));
    }

    [Fact]
    public void Read_ThenRun_PassesTheCaseAsWritten()
    {
        using var temp = new TempLedger(TempLedger.Area(Targets));
        Directory.CreateDirectory(Path.Combine(temp.Folder, "tests"));
        File.WriteAllText(Path.Combine(temp.Folder, "tests", "cases.json"), """
            { "cases": [
              { "name": "right", "as_of": "2023-06-30", "figures": [ { "target": "1.1", "as_of": "2023-06-30", "value": 10 } ],
                "expect": { "targets": { "1.1": { "status": "on_track", "progress": 83.3 } } } },
              { "name": "wrong", "as_of": "2023-06-30", "figures": [ { "target": "1.1", "as_of": "2023-06-30", "value": 10 } ],
                "expect": { "tasks": { "1": { "status": "achieved" } } } }
            ] }
            """);
        var ledger = temp.Read();
        var (cases, problems) = RuleTestReader.Read(temp.Folder, ledger);
        Assert.Empty(problems);

        var results = RuleTestRunner.Run(new Evaluator(ledger), cases);

        Assert.Equal([true, false], results.Select(r => r.Passed));
        var m = Assert.Single(results[1].Mismatches);
        Assert.Equal(("task 1", "status", "achieved", "on_track", "tests/cases.json", 5), (m.Subject, m.Field, m.Expected, m.Actual, m.Location.File, m.Location.Line));
    }

    [Fact]
    public void Read_SeveralFiles_AreReadInNameOrder()
    {
        static string One(string name) => $$"""{ "cases": [ { "name": "{{name}}", "as_of": "2023-06-30", "figures": [], "expect": { "tasks": { "1": { "status": "no_data" } } } } ] }""";
        var (cases, problems, _) = Read(("b.json", One("from b")), ("a.json", One("from a")), ("notes.txt", "not json"));

        Assert.Empty(problems);
        Assert.Equal(["from a", "from b"], cases.Select(c => c.Name));
        Assert.Equal(["tests/a.json", "tests/b.json"], cases.Select(c => c.Location.File));
    }

    [Theory]
    [InlineData("""{ "targets": { "9.9": { "status": "on_track" } } }""", "the ledger has no target \"9.9\"")]
    [InlineData("""{ "tasks": { "2": { "status": "on_track" } } }""", "the ledger has no task \"2\"")]
    [InlineData("""{ "tasks": { "one": { "status": "on_track" } } }""", "the ledger has no task \"one\"")]
    [InlineData("""{ "tasks": { "1": { "statuss": "on_track" } } }""", "task 1: unknown field \"statuss\"; expect one of: status, progress, label, alert, stale")]
    [InlineData("""{ "targets": { "1.1": { "status": "late" } } }""", "target 1.1: status must be one of")]
    [InlineData("""{ "targets": { "1.1": { "status": 1 } } }""", "target 1.1: status must be one of")]
    [InlineData("""{ "targets": { "1.1": "on_track" } }""", "target 1.1: expected an object such as { \"status\": \"on_track\" }")]
    [InlineData("""{ }""", "\"expect\" names no tasks and no targets")]
    public void Read_BadExpectation_IsReportedAtItsLine(string expect, string message)
    {
        var problem = OneProblem($$"""
            { "cases": [
              { "name": "x", "as_of": "2023-06-30", "figures": [],
                "expect":
                  {{expect}} } ] }
            """);

        Assert.Equal(("tests/cases.json", 4), (problem.Source, problem.Line));
        Assert.True(problem.Column > 0);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ProblemToString_GivesFileLineAndColumn()
    {
        var problem = OneProblem("""
            { "cases": [
              { "name": "x", "as_of": "2023-06-30", "figures": [], "expect": { "targets": { "9.9": { "status": "on_track" } } } } ] }
            """);

        Assert.Matches(@"^tests/cases\.json:2:\d+ \[cases\[0\]\.expect\.targets\['9\.9'\]\]: the ledger has no target ""9\.9""$", problem.ToString());
    }

    [Fact]
    public void Read_SeveralProblems_AreAllReportedAndTheCaseDropped()
    {
        var (cases, problems, _) = Read(("cases.json", """
            { "cases": [
              { "name": "x", "as_of": "2023-06-30", "figures": [],
                "expect": { "targets": { "9.9": { "status": "on_track" } },
                            "tasks": { "1": { "statuss": "x" } } } },
              { "name": "good", "as_of": "2023-06-30", "figures": [], "expect": { "tasks": { "1": { "status": "no_data" } } } }
            ] }
            """));

        Assert.Equal(["good"], cases.Select(c => c.Name));
        // Tasks are checked before targets, each at its own line.
        Assert.Equal([4, 3], problems.Select(p => p.Line));
        Assert.Contains("unknown field \"statuss\"", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("no target \"9.9\"", problems[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "as_of": "2023-06-30", "figures": [], "expect": { "tasks": { "1": { "status": "no_data" } } } }""", "name")]
    [InlineData("""{ "name": "x", "figures": [], "expect": { "tasks": { "1": { "status": "no_data" } } } }""", "as_of")]
    [InlineData("""{ "name": "x", "as_of": "2023-06-30", "expect": { "tasks": { "1": { "status": "no_data" } } } }""", "figures")]
    [InlineData("""{ "name": "x", "as_of": "2023-06-30", "figures": [] }""", "expect")]
    public void Read_CaseMissingARequiredField_IsReportedAtTheCase(string caseJson, string field)
    {
        var problem = OneProblem($$"""
            { "cases": [
              {{caseJson}} ] }
            """);

        Assert.Equal(("tests/cases.json", 2), (problem.Source, problem.Line));
        Assert.Contains(field, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadDate_IsReportedAtItsLine()
    {
        var problem = OneProblem("""
            { "cases": [
              { "name": "x",
                "as_of": "2023-02-30", "figures": [], "expect": { "tasks": { "1": { "status": "no_data" } } } } ] }
            """);

        Assert.Equal(3, problem.Line);
        Assert.Contains("2023-02-30", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownCaseField_IsReportedAtItsLine()
    {
        var problem = OneProblem("""
            { "cases": [
              { "name": "x", "as_of": "2023-06-30", "figures": [], "expect": { "tasks": { "1": { "status": "no_data" } } },
                "expected": {} } ] }
            """);

        Assert.Equal(3, problem.Line);
        Assert.Contains("expected", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CaseOrFigureNotAnObject_IsReportedAtItsLine()
    {
        var (cases, problems, _) = Read(("cases.json", """
            { "cases": [
              "just text",
              { "name": "x", "as_of": "2023-06-30",
                "figures": [ 12 ], "expect": { "tasks": { "1": { "status": "no_data" } } } } ] }
            """));

        Assert.Empty(cases);
        Assert.Equal([(2, "each case must be an object"), (4, "each figure must be an object")], problems.Select(p => (p.Line, p.Message)));
    }

    [Fact]
    public void Read_MalformedJson_IsReportedWithFileAndLine()
    {
        var problem = OneProblem("""
            { "cases": [
              { "name": "x", "as_of": "2023-06-30" "figures": [] } ] }
            """);

        Assert.Equal(("tests/cases.json", 2), (problem.Source, problem.Line));
        Assert.StartsWith("malformed JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoCasesArray_IsReported()
    {
        var (cases, problems, _) = Read(("cases.json", """{ "case": [] }"""));

        Assert.Empty(cases);
        Assert.Equal(
            [("tests/cases.json", 1, "missing required field \"cases\""), ("tests/cases.json", 1, "unknown field \"case\" (did you mean \"cases\"?)")],
            problems.Select(p => (p.Source, p.Line, p.Message)));
    }

    [Fact]
    public void Read_AlertExpectedOfATarget_IsReportedAtItsLine()
    {
        var problem = OneProblem("""
            { "cases": [
              { "name": "x", "as_of": "2023-06-30", "figures": [],
                "expect": { "targets": { "1.1": {
                  "alert": "none" } } } } ] }
            """);

        // The field's own line (4), not the target's (3).
        Assert.Equal(("tests/cases.json", 4), (problem.Source, problem.Line));
        Assert.Contains("alert", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FigureExpectedRefused_IsAnExpectationAtTheFiguresLine()
    {
        var (cases, problems, _) = Read(("cases.json", """
            { "cases": [
              { "name": "x", "as_of": "2023-06-30", "figures": [
                { "target": "1.1", "as_of": "2023-06-30", "value": "ten", "refused": "is not a number" } ],
                "expect": { "targets": { "1.1": { "status": "no_data", "stale": false } } } } ] }
            """));

        Assert.Empty(problems);
        var refusal = Assert.Single(Assert.Single(cases).Expectations, e => e.Field == RuleTestReader.Refused);
        Assert.Equal(("figure line 3", "3", "is not a number", 3), (refusal.Subject, refusal.Key, refusal.Expected, refusal.Location.Line));
        Assert.Contains(cases[0].Expectations, e => e is { Field: "stale", Expected: "false" });
    }
}
