using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Ledgers;

/// <summary>The bundled 2023 Zhanjiang ledger as encoded from the seed.</summary>
public class ZhanjiangLedgerTests
{
    private static readonly Ledger Ledger = LedgerReader.Read(BundledPaths.Targets);

    [Fact]
    public void Tasks_AreNumberedOneTo472WithoutGaps() =>
        Assert.Equal(Enumerable.Range(1, 472), Ledger.Tasks.Select(t => t.No));

    /// <summary>Every spelling the ledger uses for one unit is joined in its units table, so league tables and access see one unit.</summary>
    [Fact]
    public void Units_EverySpellingOfOneUnitIsJoined()
    {
        Assert.DoesNotContain(Engine.Rules.Authoring.LedgerLinter.Lint(Ledger), w => w.Code == Engine.Rules.Authoring.LedgerLinter.UnitAlias);
        Assert.Equal("市市场监督管理局", Ledger.Units.Canonical(Ledger.Task(394).Lead[0]));
        Assert.Equal(["市市场监督管理局", "市民政局"], Ledger.Units.CanonicalDistinct(Ledger.Task(446).Lead));
    }

    [Fact]
    public void Areas_AreTheNineteenOfTheLedger()
    {
        Assert.Equal(19, Ledger.Areas.Count);
        Assert.Equal(
            ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九"],
            Ledger.Areas.Select(a => a.No));
        Assert.All(Ledger.Areas, a => Assert.Matches(@"^\d\d-[a-z-]+\.json$", a.File));
    }

    [Fact]
    public void Measures_AreEightyThreeNumberedInOrder()
    {
        var measures = Ledger.Tasks.Select(t => t.Measure.No).Distinct().ToList();
        Assert.Equal(Enumerable.Range(1, 83), measures);
        Assert.All(Ledger.Tasks.GroupBy(t => t.Measure.No), g => Assert.Single(g.Select(t => t.Measure.Name).Distinct()));
    }

    [Fact]
    public void Targets_HaveUniqueIdsAndEveryTaskHasOne()
    {
        Assert.All(Ledger.Tasks, t => Assert.NotEmpty(t.Targets));
        Assert.Equal(Ledger.Targets.Count, Ledger.Targets.Select(t => t.Id).Distinct().Count());
    }

    [Fact]
    public void Sources_AreSubstringsOfTheirTaskText() =>
        Assert.All(Ledger.Tasks, task => Assert.All(task.Targets, t => Assert.Contains(t.Source!, task.Text, StringComparison.Ordinal)));

    [Fact]
    public void Texts_AreCleanOfPdfLineBreaksAndHaveUnits()
    {
        Assert.All(Ledger.Tasks, t => Assert.DoesNotContain('\n', t.Text));
        Assert.All(Ledger.Tasks, t => Assert.NotEmpty(t.Lead));
    }

    [Fact]
    public void OutlookTasks_CarryTheirIndicatorRemark()
    {
        var outlook = Ledger.Tasks.Where(t => t.No >= 463).ToList();
        Assert.Equal(10, outlook.Count);
        Assert.All(outlook, t => Assert.Matches("^属于“（[一二三四五六七八九十]+）.+”指标$", t.Remark!));
    }

    [Fact]
    public void SeedExample_Task20_IsEncodedAsTheIssueShows()
    {
        var t = Ledger.Task(20);
        var target = Assert.Single(t.Targets);
        Assert.Equal((TargetKinds.AtLeast, 12m, "%", new DateOnly(2023, 12, 31)), (target.Kind, target.Value!.Value, target.Unit, target.Deadline));
        Assert.Equal("市住房和城乡建设局", Assert.Single(t.Lead));
    }

    [Fact]
    public void SeedTexts_AppearInTheSeed()
    {
        var seed = File.ReadAllText(BundledPaths.RequiredSeed()).Replace("\n", "", StringComparison.Ordinal);
        var missing = Ledger.Tasks.Where(t => !seed.Contains(t.Text[..Math.Min(12, t.Text.Length)], StringComparison.Ordinal)).Select(t => t.No).ToList();
        Assert.Empty(missing);
    }
}
