using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Ledgers;

public class LedgerReaderTests
{
    private static IReadOnlyList<Problem> Problems(string areaJson, string header = TempLedger.DefaultHeader)
    {
        using var temp = new TempLedger(areaJson, header);
        var (ledger, problems) = LedgerReader.TryRead(temp.Folder);
        Assert.Null(ledger);
        return problems;
    }

    private static string Target(string fields) => TempLedger.Area($$"""{ "id": "1.1", "metric": "m", "unit": "%", {{fields}} }""");

    [Fact]
    public void Read_ValidTarget_ResolvesDefaults()
    {
        var ledger = TempLedger.WithTarget("""{ "id": "1.1", "metric": "m", "kind": "at_most", "nature": "level", "value": 33, "unit": "个工作日" }""");
        var t = Assert.Single(ledger.Targets);
        Assert.Equal(new DateOnly(2023, 12, 31), t.Deadline);
        Assert.Equal(Schedule.Hold, t.Schedule); // a level without a baseline holds
        Assert.Equal(0m, t.Slack);
        Assert.Equal(StatusLabels.Default, ledger.Labels);
        Assert.Equal(16, ledger.Revision.Length);
    }

    [Fact]
    public void Read_TypoInFieldName_ReportsUnknownFieldWithSuggestionAndLine()
    {
        var area = TempLedger.Area("""
            { "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level",
              "vaule": 12, "unit": "%" }
            """);
        var problems = Problems(area);
        var typo = Assert.Single(problems, p => p.Message.Contains("unknown field \"vaule\"", StringComparison.Ordinal));
        Assert.Contains("did you mean \"value\"", typo.Message, StringComparison.Ordinal);
        Assert.Equal("01-area.json", typo.Source);
        Assert.Equal(6, typo.Line);
        Assert.Equal("tasks[0].targets[0].vaule", typo.Field);
        Assert.Equal("1.1", typo.TargetId);

        // The same typo also leaves value missing: both are reported at once.
        Assert.Contains(problems, p => p.Message.Contains("missing required field \"value\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Entities_AreTheLedgersInFileOrder_AbsentIsNone()
    {
        const string Header = """{ "id": "t", "title": "x", "period": { "start": "2023-01-01", "end": "2023-12-31" }, "entities": ["赤坎区", "霞山区"] }""";
        var target = """{ "id": "1.1", "metric": "m", "kind": "milestone", "unit": "%" }""";
        Assert.Equal(["赤坎区", "霞山区"], TempLedger.WithTarget(target, ledgerJson: Header).Entities);
        Assert.Empty(TempLedger.WithTarget(target).Entities);
    }

    [Fact]
    public void Read_BadEntities_NameLedgerJsonAndTheLineOfEach()
    {
        var header = "{ \"id\": \"t\", \"title\": \"x\", \"period\": { \"start\": \"2023-01-01\", \"end\": \"2023-12-31\" },\n  \"entities\": [\"霞山区\",\n    7,\n    \"霞山区\"] }";
        var problems = Problems(TempLedger.Area("""{ "id": "1.1", "metric": "m", "kind": "milestone", "unit": "%" }"""), header);
        Assert.Equal(
            [("ledger.json", 3, ProblemCodes.WrongType), ("ledger.json", 4, ProblemCodes.DuplicateId)],
            problems.Select(p => (p.Source, p.Line, p.Code)));
        Assert.Contains("must be a non-empty entity name, not the number 7", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("the entity \"霞山区\" is listed twice in \"entities\" (first at line 2)", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedJson_ReportsLineAndColumn()
    {
        var problems = Problems("{ \"area\": { \"no\": \"一\", \"name\": \"x\" },\n  \"tasks\": [ { \"no\": 1, } ");
        var p = Assert.Single(problems);
        Assert.StartsWith("malformed JSON", p.Message, StringComparison.Ordinal);
        Assert.Equal(2, p.Line);
        Assert.True(p.Column > 0);
    }

    [Theory]
    [InlineData("\"kind\": \"at_leest\", \"value\": 1", "unknown kind \"at_leest\"")]
    [InlineData("\"kind\": \"at_least\", \"nature\": \"level\", \"value\": \"12\"", "\"value\" must be a number, not the string \"12\"")]
    [InlineData("\"kind\": \"at_least\", \"nature\": \"level\"", "missing required field \"value\"")]
    [InlineData("\"kind\": \"at_least\", \"nature\": \"level\", \"value\": 1, \"schedule\": \"weekly\"", "unknown schedule \"weekly\"")]
    [InlineData("\"kind\": \"between\", \"nature\": \"level\", \"value\": 20, \"value2\": 10", "\"value2\" (10) is below \"value\" (20)")]
    [InlineData("\"kind\": \"between\", \"nature\": \"level\", \"value\": 20", "missing required field \"value2\"")]
    [InlineData("\"kind\": \"at_least\", \"nature\": \"level\", \"value\": 1, \"deadline\": \"2022-12-31\"", "the deadline 2022-12-31 is before the ledger period starts (2023-01-01)")]
    [InlineData("\"kind\": \"at_least\", \"nature\": \"level\", \"value\": 1, \"deadline\": \"2023/12/31\"", "\"2023/12/31\" is not a date in the form YYYY-MM-DD")]
    [InlineData("\"kind\": \"at_least\", \"nature\": \"level\", \"value\": 1, \"deadline\": 20231231", "the number 20231231 is not a date in the form YYYY-MM-DD")]
    [InlineData("\"kind\": \"milestone\", \"value\": 100", "a milestone has no \"value\"")]
    [InlineData("\"kind\": \"equal\", \"nature\": \"level\", \"value\": 0, \"exclusive\": true", "\"exclusive\" applies to at_least and at_most")]
    [InlineData("\"kind\": \"at_least\", \"nature\": \"level\", \"value\": 1, \"slack\": 1.5", "\"slack\" is 1.5; it must be at least 0 and below 1")]
    [InlineData("\"kind\": \"at_least\", \"nature\": \"level\", \"value\": 1, \"exclusive\": \"yes\"", "\"exclusive\" must be true or false")]
    public void Read_InvalidTarget_NamesTheProblem(string fields, string expected)
    {
        var problems = Problems(Target(fields));
        Assert.Contains(problems, p => p.Message.Contains(expected, StringComparison.Ordinal) && p.Source == "01-area.json" && p.Line > 0);
    }

    [Fact]
    public void Read_ImpossibleDeadline_MessageIsTheDateReason()
    {
        var problem = Assert.Single(Problems(Target("\"kind\": \"at_least\", \"nature\": \"level\", \"value\": 1, \"deadline\": \"2023-02-30\"")));
        Assert.Equal("2023-02-30: February 2023 has 28 days", problem.Message);
        Assert.EndsWith("deadline", problem.Field, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DeadlineAfterPeriod_IsAllowed()
    {
        var ledger = TempLedger.WithTarget("""{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 14, "unit": "%", "deadline": "2025-12-31" }""");
        Assert.Equal(new DateOnly(2025, 12, 31), ledger.Targets[0].Deadline);
    }

    [Fact]
    public void Read_DuplicateIdsAndTaskNumbersAcrossFiles_AreReportedWithBothPlaces()
    {
        var first = TempLedger.Area("""{ "id": "1.1", "metric": "m", "kind": "milestone", "unit": "%" }""");
        using var temp = new TempLedger(first, TempLedger.DefaultHeader, ("02-more.json", first));
        var (ledger, problems) = LedgerReader.TryRead(temp.Folder);
        Assert.Null(ledger);
        Assert.Contains(problems, p => p.Message.StartsWith("task number 1 is used more than once", StringComparison.Ordinal) && p.Message.Contains("01-area.json", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.StartsWith("target id \"1.1\" is used more than once", StringComparison.Ordinal) && p.TargetId == "1.1");
    }

    [Fact]
    public void Read_ManyProblemsInManyFiles_AllReportedTogether()
    {
        var header = """{ "id": "t", "title": "x", "period": { "start": "2023-01-01", "end": "2023-12-31" }, "slak": 0 }""";
        using var temp = new TempLedger(Target("\"kind\": \"nope\""), header, ("02-b.json", "{ \"area\": 1, \"tasks\": [] }"));
        var ex = Assert.Throws<RuleFileException>(() => LedgerReader.Read(temp.Folder));
        Assert.Contains(ex.Problems, p => p.Source == "ledger.json" && p.Message.Contains("did you mean \"slack\"", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Source == "01-area.json");
        Assert.Contains(ex.Problems, p => p.Source == "02-b.json" && p.Message.Contains("\"area\" must be an object", StringComparison.Ordinal));
        Assert.True(ex.Problems.Count >= 4);
    }

    [Fact]
    public void Read_MissingFolderOrLedgerFile_IsAProblemNotACrash()
    {
        var (ledger, problems) = LedgerReader.TryRead(Path.Combine(Path.GetTempPath(), "no-such-ledger-" + Guid.NewGuid()));
        Assert.Null(ledger);
        Assert.Contains("does not exist", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TaskWithoutTargets_IsRejected()
    {
        var area = """{ "area": { "no": "一", "name": "x" }, "tasks": [ { "no": 1, "measure": { "no": 1, "name": "m" }, "lead": ["甲"], "responsible": [], "text": "t", "targets": [] } ] }""";
        Assert.Contains(Problems(area), p => p.Message.Contains("has no targets", StringComparison.Ordinal));
    }

    private static string WithUnits(string units) =>
        "{ \"id\": \"t\", \"title\": \"x\", \"period\": { \"start\": \"2023-01-01\", \"end\": \"2023-12-31\" },\n  \"units\": " + units + " }";

    private static readonly string OneTarget = TempLedger.Area("""{ "id": "1.1", "metric": "m", "kind": "milestone", "unit": "%" }""");

    [Fact]
    public void Read_UnitsTable_CanonicalisesAliasesAndLeavesOtherNames()
    {
        using var temp = new TempLedger(OneTarget, WithUnits("""{ "市市场监督管理局": ["市市场监管局", "市市场监督管理局等相关单位"], "市民政局": ["民政局"] }"""));
        var units = temp.Read().Units;
        Assert.Equal("市市场监督管理局", units.Canonical("市市场监管局"));
        Assert.Equal("市市场监督管理局", units.Canonical("市市场监督管理局"));
        Assert.Equal("市民政局", units.Canonical("民政局"));
        Assert.Equal("市甲局", units.Canonical("市甲局"));
        Assert.True(units.Same("民政局", "市民政局"));
        Assert.False(units.Same("民政局", "市市场监管局"));
        Assert.Equal(["市市场监督管理局", "市民政局"], units.Table.Select(e => e.Key));
    }

    [Fact]
    public void Read_NoUnitsTable_EveryNameStandsForItself()
    {
        using var temp = new TempLedger(OneTarget);
        var ledger = temp.Read();
        Assert.Same(UnitNames.None, ledger.Units);
        Assert.Equal("市市场监管局", ledger.Units.Canonical("市市场监管局"));
    }

    [Theory]
    [InlineData("""{ "甲局": ["甲"], "乙局": ["甲"] }""", "the alias \"甲\" is listed twice (first at ledger.json:2:23, under \"甲局\")", "units.乙局[0]")]
    [InlineData("""{ "甲局": ["甲", "甲"] }""", "the alias \"甲\" is listed twice", "units.甲局[1]")]
    [InlineData("""{ "甲局": ["乙局"], "乙局": [] }""", "\"乙局\" is listed as an alias of \"甲局\" but is a canonical name in \"units\" too", "units.甲局[0]")]
    [InlineData("""{ "甲局": ["甲局"] }""", "but is its own canonical name", "units.甲局[0]")]
    [InlineData("""{ "": ["甲"] }""", "a unit name in \"units\" must not be empty", "units.")]
    [InlineData("""{ "甲局": [" "] }""", "each alias of \"甲局\" must be a non-empty name, not", "units.甲局[0]")]
    [InlineData("""{ "甲局": "甲" }""", "the aliases of \"甲局\" must be an array of names", "units.甲局")]
    [InlineData("""["甲局"]""", "\"units\" must be an object", "units")]
    public void Read_BadUnitsTable_IsALocatedProblem(string units, string expected, string field)
    {
        var problems = Problems(OneTarget, WithUnits(units));
        var p = Assert.Single(problems);
        Assert.Contains(expected, p.Message, StringComparison.Ordinal);
        Assert.Equal("ledger.json", p.Source);
        Assert.Equal(2, p.Line);
        Assert.True(p.Column > 0);
        Assert.Equal(field, p.Field);
    }

    [Fact]
    public void Revision_ChangesWithAnyEdit()
    {
        var area = TempLedger.Area("""{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 12, "unit": "%" }""");
        using var a = new TempLedger(area);
        using var b = new TempLedger(area.Replace("12", "13", StringComparison.Ordinal));
        using var c = new TempLedger(area);
        Assert.NotEqual(a.Read().Revision, b.Read().Revision);
        Assert.Equal(a.Read().Revision, c.Read().Revision);
    }
}
