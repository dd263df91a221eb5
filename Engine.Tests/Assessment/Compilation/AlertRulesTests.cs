using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Assessment;

public class AlertRulesTests
{
    private static string Header(string alerts) =>
        $$"""{ "id": "t", "title": "x", "period": { "start": "2023-01-01", "end": "2023-12-31" }, "alerts": {{alerts}} }""";

    private const string Target = """{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "cumulative", "value": 10, "unit": "项" }""";

    private static string? AlertFor(string alerts, string asOf, string value)
    {
        using var temp = new TempLedger(TempLedger.Area(Target), Header(alerts));
        var task = Run.Task(Run.Evaluate(temp.Read(), asOf, ("1.1", asOf, value)));
        return task.Alert?.Level;
    }

    [Fact]
    public void Alerts_FirstMatchWins_InTheOrderWritten()
    {
        const string redFirst = """[ { "level": "red", "when": { "status": ["lagging"] } }, { "level": "yellow", "when": { "status": ["lagging"] } } ]""";
        const string yellowFirst = """[ { "level": "yellow", "when": { "status": ["lagging"] } }, { "level": "red", "when": { "status": ["lagging"] } } ]""";
        Assert.Equal("red", AlertFor(redFirst, "2023-06-30", "1"));
        Assert.Equal("yellow", AlertFor(yellowFirst, "2023-06-30", "1"));
        Assert.Null(AlertFor(redFirst, "2023-06-30", "9"));
    }

    [Fact]
    public void Alerts_BehindByCountsPercentagePointsBelowExpectation()
    {
        // τ(06-30) = 49.6%: a figure of 3 is 30% done (19.6 points behind), 2 is 20% (29.6 behind).
        const string alerts = """[ { "level": "red", "when": { "behind_by": 20 } } ]""";
        Assert.Null(AlertFor(alerts, "2023-06-30", "3"));
        Assert.Equal("red", AlertFor(alerts, "2023-06-30", "2"));
    }

    [Fact]
    public void Alerts_DueWithin_CountsDaysToTheDeadline()
    {
        const string alerts = """[ { "level": "blue", "when": { "due_within_days": 30, "not_status": ["achieved"] } } ]""";
        Assert.Null(AlertFor(alerts, "2023-11-30", "9.9"));
        Assert.Equal("blue", AlertFor(alerts, "2023-12-01", "9.9"));
        Assert.Null(AlertFor(alerts, "2023-12-01", "10"));
    }

    [Fact]
    public void Alerts_AreCompiledIntoTheRuleSet()
    {
        using var temp = new TempLedger(TempLedger.Area(Target), Header("""[ { "level": "red", "when": { "status": ["missed"] } } ]"""));
        var names = Rules.Assessment.RuleSetCompiler.Definitions(temp.Read()).Select(d => d.Name).ToList();
        Assert.Contains("alert 1: red", names);
    }

    [Theory]
    [InlineData("""[ { "when": { "status": ["missed"] } } ]""", "missing required field \"level\"")]
    [InlineData("""[ { "level": "red", "when": { "status": ["late"] } } ]""", "\"late\" in \"status\" is not a status")]
    [InlineData("""[ { "level": "red", "when": { "behindby": 20 } } ]""", "unknown field \"behindby\" (did you mean \"behind_by\"?)")]
    [InlineData("""[ { "level": "red", "when": { "behind_by": -1 } } ]""", "must be 0 or more")]
    [InlineData("""[ { "level": "red", "when": { "due_within_days": 1.5 } } ]""", "\"due_within_days\" must be a whole number")]
    public void Alerts_Invalid_AreReportedWithLine(string alerts, string message)
    {
        using var temp = new TempLedger(TempLedger.Area(Target), Header(alerts));
        var (ledger, problems) = LedgerReader.TryRead(temp.Folder);
        Assert.Null(ledger);
        Assert.Contains(problems, p => p.Source == "ledger.json" && p.Line > 0 && p.Message.Contains(message, StringComparison.Ordinal));
    }
}
