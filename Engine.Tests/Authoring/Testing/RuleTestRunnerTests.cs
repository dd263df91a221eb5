using Engine.Rules.Assessment;
using Engine.Rules.Authoring;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Authoring;

/// <summary>The rule test runner against the library: expectations compared with the evaluator's answers, each difference located.</summary>
public class RuleTestRunnerTests
{
    // 10 against ≥12 as of 30 June: 10/12 = 83.3%, above τ = 181/365 ≈ 49.6%, so on track; the task is 83%.
    // Semantics v2: a % target is a level and would hold (10 lagging, 12 only on track), so 1.1 is marked cumulative to run linear.
    private static readonly Ledger Ledger = TempLedger.WithTarget("""
        { "id": "1.1", "metric": "比例", "kind": "at_least", "value": 12, "unit": "%", "nature": "cumulative" },
        { "id": "1.2", "metric": "工作", "kind": "milestone", "unit": "%" }
        """, combine: "any");

    private static readonly DateOnly June30 = new(2023, 6, 30);

    private static readonly SourceLocation At = new("tests/cases.json", 5, 9);

    private static RawFigure Figure(string target, string value, int line = 3, string? entity = "") =>
        new("tests/cases.json", line, target, "2023-06-30", value) { Entity = entity };

    private static Expectation Target(string id, string field, string expected) => new($"target {id}", id, false, field, expected, At);

    private static Expectation Task(int no, string field, string expected) => new($"task {no}", no.ToString(System.Globalization.CultureInfo.InvariantCulture), true, field, expected, At);

    private static RuleTestResult Run(IReadOnlyList<RawFigure> figures, params Expectation[] expectations) =>
        RuleTestRunner.Run(new Evaluator(Ledger), new RuleTestCase("case", new SourceLocation("tests/cases.json", 2, 5), June30, "", figures, expectations));

    [Fact]
    public void Run_EveryExpectationMet_Passes()
    {
        var result = Run([Figure("1.1", "10")],
            Target("1.1", "status", "on_track"), Target("1.1", "progress", "83.3"), Target("1.1", "label", "序时推进"),
            Target("1.2", "status", "no_data"), Task(1, "status", "on_track"), Task(1, "progress", "83"), Task(1, "label", "序时推进"), Task(1, "alert", "none"));

        Assert.True(result.Passed);
        Assert.Empty(result.Mismatches);
        Assert.Equal("case", result.Case.Name);
    }

    [Fact]
    public void Run_WrongStatus_ReportsExpectedActualAndWhere()
    {
        var result = Run([Figure("1.1", "10")], Target("1.1", "status", "achieved"), Target("1.1", "progress", "83.3"));

        Assert.False(result.Passed);
        Assert.Equal([new Mismatch("target 1.1", "status", "achieved", "on_track", At)], result.Mismatches);
    }

    [Fact]
    public void Run_WrongTaskProgressAndLabel_ReportsEachInOrder()
    {
        var result = Run([Figure("1.1", "10")], Task(1, "progress", "90"), Task(1, "label", "已完成"), Task(1, "status", "on_track"));

        Assert.Equal(
            [new Mismatch("task 1", "progress", "90", "83", At), new Mismatch("task 1", "label", "已完成", "序时推进", At)],
            result.Mismatches);
    }

    [Theory]
    [InlineData("83.30")]
    [InlineData("83.3")]
    [InlineData("8.33e1")]
    public void Run_ProgressWrittenAnotherWay_ComparesAsANumber(string expected) =>
        Assert.True(Run([Figure("1.1", "10")], Target("1.1", "progress", expected)).Passed);

    [Fact]
    public void Run_ProgressOffByOneTenth_Fails()
    {
        var result = Run([Figure("1.1", "10")], Target("1.1", "progress", "83.4"));
        Assert.Equal([new Mismatch("target 1.1", "progress", "83.4", "83.3", At)], result.Mismatches);
    }

    [Fact]
    public void Run_StatusComparesAsText_CaseMatters()
    {
        var result = Run([Figure("1.1", "10")], Target("1.1", "status", "On_Track"));
        Assert.Equal("on_track", Assert.Single(result.Mismatches).Actual);
    }

    [Fact]
    public void Run_RejectedFigure_FailsTheCaseNamingTheLineAndReason()
    {
        // The expectation itself holds (no accepted figure: no data); the rejected row alone fails the case.
        var result = Run([Figure("1.1", "ten", line: 7)], Target("1.1", "status", "no_data"));

        Assert.False(result.Passed);
        var mismatch = Assert.Single(result.Mismatches);
        Assert.Equal(("figure line 7", "accepted", "yes"), (mismatch.Subject, mismatch.Field, mismatch.Expected));
        Assert.StartsWith("rejected: value \"ten\" is not a number", mismatch.Actual, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation("tests/cases.json", 7, 0), mismatch.Location);
    }

    private static Expectation Refused(int line, string words) => new($"figure line {line}", line.ToString(System.Globalization.CultureInfo.InvariantCulture), false, RuleTestReader.Refused, words, At);

    [Fact]
    public void Run_RefusalExpectedWithItsWords_Passes() =>
        Assert.True(Run([Figure("1.1", "ten", line: 7)], Refused(7, "is not a number"), Target("1.1", "status", "no_data")).Passed);

    [Theory]
    [InlineData("ten", "is not a date", "value \"ten\" is not a number")]
    [InlineData("10", "is not a number", "accepted")]
    public void Run_RefusalExpectedButOtherReasonOrAccepted_FailsWithTheActualReason(string value, string words, string actualStart)
    {
        var mismatch = Assert.Single(Run([Figure("1.1", value, line: 7)], Refused(7, words)).Mismatches);
        Assert.Equal(("figure line 7", RuleTestReader.Refused, words), (mismatch.Subject, mismatch.Field, mismatch.Expected));
        Assert.StartsWith(actualStart, mismatch.Actual, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_StaleAndExpected_CompareWithTheAssessment()
    {
        // No reporting cycle in this ledger: nothing is stale; τ(30 June) = 181/365 = 49.6%.
        Assert.True(Run([Figure("1.1", "10")], Target("1.1", "stale", "false"), Task(1, "stale", "false"), Target("1.1", "expected", "49.6")).Passed);
        Assert.Equal(["stale", "expected"], Run([Figure("1.1", "10")], Target("1.1", "stale", "true"), Target("1.1", "expected", "50")).Mismatches.Select(m => m.Field));
    }

    [Fact]
    public void Run_FigureOfAnotherEntity_DoesNotCountForTheCasesEntity()
    {
        var result = Run([Figure("1.1", "12", entity: "甲区")], Target("1.1", "status", "no_data"), Task(1, "status", "no_data"));
        Assert.True(result.Passed);
    }

    [Fact]
    public void Run_SeveralCases_GivesOneResultEachInOrder()
    {
        RuleTestCase Case(string name, string value, string status) =>
            new(name, SourceLocation.None, June30, "", [Figure("1.1", value)], [Target("1.1", "status", status)]);

        var results = RuleTestRunner.Run(new Evaluator(Ledger), [Case("a", "12", "achieved"), Case("b", "1", "on_track"), Case("c", "1", "lagging")]);

        Assert.Equal(["a", "b", "c"], results.Select(r => r.Case.Name));
        Assert.Equal([true, false, true], results.Select(r => r.Passed));
        Assert.Equal(new Mismatch("target 1.1", "status", "on_track", "lagging", At), Assert.Single(results[1].Mismatches));
    }
}
