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
