using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Ledgers;

public class NaturesTests
{
    private static Target Read(string target)
    {
        using var ledger = new TempLedger(TempLedger.Area(target));
        return ledger.Read().Targets[0];
    }

    [Theory]
    [InlineData("level", Nature.Level)]
    [InlineData("cumulative", Nature.Cumulative)]
    public void Read_NatureGiven_IsKeptAndMarkedGiven(string name, Nature nature)
    {
        var t = Read($$"""{ "id": "1.1", "metric": "m", "kind": "at_least", "value": 70, "unit": "%", "nature": "{{name}}" }""");
        Assert.Equal((nature, true), (t.Nature, t.NatureGiven));
    }

    [Fact]
    public void Read_UnknownNature_IsALocatedProblemNamingTheChoices()
    {
        using var ledger = new TempLedger(TempLedger.Area("""{ "id": "1.1", "metric": "m", "kind": "at_least", "value": 70, "unit": "%", "nature": "stock" }"""));
        var e = Assert.Throws<RuleFileException>(ledger.Read);
        var p = Assert.Single(e.Problems);
        Assert.EndsWith("nature", p.Field, StringComparison.Ordinal);
        Assert.Contains("cumulative, level", p.Message, StringComparison.Ordinal);
        Assert.True(p.Line > 0);
    }

    [Theory]
    [InlineData("at_least", "\"value\": 12, \"unit\": \"%\"")]
    [InlineData("at_least", "\"value\": 2, \"unit\": \"家\"")]
    [InlineData("at_most", "\"value\": 5, \"unit\": \"个工作日\"")]
    [InlineData("between", "\"value\": 1, \"value2\": 3, \"unit\": \"个\"")]
    public void Read_NumericTargetWithoutNature_IsALocatedMissingFieldProblemSayingHowToFixIt(string kind, string rest)
    {
        var area = TempLedger.Area($$"""
            {
              "id": "20.1", "metric": "m", "kind": "{{kind}}", {{rest}}
            }
            """);
        using var ledger = new TempLedger(area);
        var e = Assert.Throws<RuleFileException>(ledger.Read);
        var p = Assert.Single(e.Problems);
        Assert.Equal(ProblemCodes.MissingField, p.Code);
        Assert.Equal("20.1", p.TargetId);
        Assert.Equal(
            "target 20.1 has no \"nature\": add \"nature\": \"level\" (a state at a moment: a rate, a time limit, a standard, a stock) or \"cumulative\" (built up within the period: 新增, 累计, 全年 totals)",
            p.Message);
        Assert.EndsWith("01-area.json", p.Source, StringComparison.Ordinal);
        var objectLine = area.Split('\n').ToList().FindIndex(l => l.Contains("\"20.1\"", StringComparison.Ordinal));
        Assert.True(p.Line >= objectLine, $"line {p.Line} should be at the target object (line {objectLine + 1} or just before)");
        Assert.True(p.Line <= objectLine + 2);
    }

    [Theory]
    [InlineData("%", 12, Nature.Level)]
    [InlineData("家", 2, Nature.Cumulative)]
    [InlineData("亿元", 0, Nature.Level)]
    public void Read_DraftWithoutNature_GetsTheProposal(string unit, int value, Nature nature)
    {
        var t = Read($$"""{ "id": "1.1", "metric": "m", "kind": "at_least", "value": {{value}}, "unit": "{{unit}}", "draft": true }""");
        Assert.Equal((nature, false, true), (t.Nature, t.NatureGiven, t.Draft));
    }

    [Fact]
    public void Read_MilestoneWithoutNature_IsCumulativeWithoutAProblem()
    {
        using var temp = new TempLedger(TempLedger.Area("""{ "id": "1.1", "metric": "m", "kind": "milestone", "unit": "%" }"""));
        var (ledger, problems) = LedgerReader.TryRead(temp.Folder);
        Assert.Empty(problems);
        var t = Assert.Single(ledger!.Targets);
        Assert.Equal((Nature.Cumulative, false), (t.Nature, t.NatureGiven));
    }

    [Fact]
    public void Read_MilestoneGivenLevel_IsRefused()
    {
        using var ledger = new TempLedger(TempLedger.Area("""{ "id": "1.1", "metric": "m", "kind": "milestone", "unit": "%", "nature": "level" }"""));
        var e = Assert.Throws<RuleFileException>(ledger.Read);
        Assert.Equal(ProblemCodes.FieldNotForKind, Assert.Single(e.Problems).Code);
    }

    [Theory]
    [InlineData("%", 70, Nature.Level)]
    [InlineData("分", 90, Nature.Level)]
    [InlineData("个百分点", 2, Nature.Level)]
    [InlineData("家", 0, Nature.Level)]
    [InlineData("家", 5, Nature.Cumulative)]
    [InlineData("亿元", 217, Nature.Cumulative)]
    public void Propose_UnitAndValue_GiveTheDraftsNature(string unit, int value, Nature nature) =>
        Assert.Equal(nature, Natures.Propose(TargetKinds.AtLeast, unit, value).Nature);

    [Fact]
    public void Propose_Milestone_IsCumulativeForSure() =>
        Assert.Equal((Nature.Cumulative, 1m), Natures.Propose(TargetKinds.Milestone, "%", null));

    [Theory]
    [InlineData(Nature.Cumulative, null, Schedule.Linear)]
    [InlineData(Nature.Level, 3.0, Schedule.Linear)]
    [InlineData(Nature.Level, null, Schedule.Hold)]
    public void DefaultSchedule_ByNatureAndBaseline(Nature nature, double? baseline, Schedule expected) =>
        Assert.Equal(expected, Natures.DefaultSchedule(nature, (decimal?)baseline));
}
