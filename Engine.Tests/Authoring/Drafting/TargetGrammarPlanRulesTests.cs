using System.Globalization;
using Engine.Rules.Authoring;

namespace Engine.Tests.Authoring;

/// <summary>
/// The grammar rules for the documents governments publish (issue 17 point 3 and 4): scaled counts, measure words on no
/// list, goal paragraphs, digit-bearing names, 一批, caps of support, pilot counts, and each clause's own deadline.
/// </summary>
public class TargetGrammarPlanRulesTests
{
    private static IReadOnlyList<DraftTarget> Targets(string text, int year = 2024) => TargetGrammar.Draft(text, year).Targets;

    private static DraftTarget Single(string text, int year = 2024) => Assert.Single(Targets(text, year));

    [Theory]
    [InlineData("培养高技能人才2万名左右。", "about", 2, "万名")]
    [InlineData("培训30万人次以上。", "at_least", 30, "万人次")]
    [InlineData("新增建设用地供应3万亩。", "at_least", 3, "万亩")]
    [InlineData("新建光伏装机超过800兆瓦。", "at_least", 800, "兆瓦")]
    [InlineData("兑现补贴资金不少于1.2亿元。", "at_least", 1.2, "亿元")]
    [InlineData("改造老旧管网不少于2万公里。", "at_least", 2, "万公里")]
    public void Draft_ScaledCountOfAnyUnit_KeepsTheScaleInTheUnit(string text, string kind, double value, string unit)
    {
        var t = Single(text);
        Assert.Equal((kind, (decimal)value, unit), (t.Kind.Name, t.Value!.Value, t.Unit));
    }

    [Theory]
    [InlineData("建成青年人才驿站12处以上。", "at_least", 12, "处", 0.9)]
    [InlineData("新增人才公寓不少于5000套。", "at_least", 5000, "套", 0.9)]
    [InlineData("新建文化驿站不少于12栋。", "at_least", 12, "栋", 0.6)]
    [InlineData("种植行道树超过3000株。", "at_least", 3000, "株", 0.6)]
    [InlineData("建设口袋公园30块左右。", "about", 30, "块", 0.6)]
    public void Draft_MeasureWordInAComparison_IsAUnitAndTheKnownListRaisesConfidence(string text, string kind, double value, string unit, double confidence)
    {
        var t = Single(text);
        Assert.Equal((kind, (decimal)value, unit, (decimal)confidence), (t.Kind.Name, t.Value!.Value, t.Unit, t.Confidence));
    }

    [Fact]
    public void Draft_MeasureWordOnNoListWithoutComparison_IsNoTarget() =>
        Assert.Equal("milestone", Single("建设文化驿站12栋。").Kind.Name);

    [Fact]
    public void Draft_NumberBeforeAPlaceLevel_IsNoOpenUnit() =>
        Assert.Equal("milestone", Single("覆盖超过3省的协作机制。").Kind.Name);

    [Fact]
    public void Draft_GoalParagraph_GivesEveryGovernedFigureItsOwnTarget()
    {
        var targets = Targets("发展目标。到2026年，引进高层次人才3000名左右，培训技能人才250万人次左右，科技进步贡献率达到35%。");
        Assert.Equal(
            [("about", 3000m, "名"), ("about", 250m, "万人次"), ("at_least", 35m, "%")],
            targets.Select(t => (t.Kind.Name, t.Value!.Value, t.Unit)));
        Assert.All(targets, t => Assert.Equal(new DateOnly(2026, 12, 31), t.Deadline));
    }

    [Theory]
    [InlineData("办好储能产业30人论坛，推动产业对接。")]
    [InlineData("办好“储能产业30人论坛”。")]
    [InlineData("落实《支持新型储能发展若干措施30条》。")]
    [InlineData("落实《人才新政30条》。")]
    [InlineData("实施“231”人才工程。")]
    [InlineData("依托12345热线开通人才专线。")]
    [InlineData("推进5G基站建设。")]
    [InlineData("实施100人计划。")]
    public void Draft_DigitsInAName_AreNoTarget(string text) =>
        Assert.Equal("milestone", Single(text).Kind.Name);

    [Theory]
    [InlineData("培育一批专精特新企业。")]
    [InlineData("打造一批高水平技能人才培养基地。")]
    [InlineData("建设一批博士后科研工作站。")]
    public void Draft_OneBatch_IsAMilestoneNotOneBatch(string text) =>
        Assert.Equal("milestone", Single(text).Kind.Name);

    [Fact]
    public void Draft_OneBatchBesideACount_LeavesOnlyTheCount()
    {
        var t = Single("建设一批博士后科研工作站，新设创新实践基地20家以上。");
        Assert.Equal(("at_least", 20m, "家"), (t.Kind.Name, t.Value!.Value, t.Unit));
    }

    [Theory]
    [InlineData("对新建项目给予最高300万元奖励。")]
    [InlineData("对认定的企业最高补助15%。")]
    [InlineData("博士后科研经费资助最高不超过30万元。")]
    [InlineData("给予企业不超过50万元的一次性补贴。")]
    public void Draft_CapOfSupport_IsNoTarget(string text) =>
        Assert.Equal("milestone", Single(text).Kind.Name);

    [Fact]
    public void Draft_CeilingWithoutSupport_IsStillATarget() =>
        Assert.Equal(("at_most", 30m), (Single("审批时间不超过30个工作日。").Kind.Name, Single("审批时间不超过30个工作日。").Value!.Value));

    [Theory]
    [InlineData("推进3个省级产教融合试点建设。")]
    [InlineData("开展2个国家级示范区创建。")]
    [InlineData("推动5个重大项目前期工作。")]
    public void Draft_CountDescribingPilots_IsNoTarget(string text) =>
        Assert.Equal("milestone", Single(text).Kind.Name);

    [Theory]
    [InlineData("推进不少于3个省级试点建设。", 3)]
    [InlineData("建成省级试点3个以上。", 3)]
    public void Draft_PilotCountUnderAComparison_IsATarget(string text, double value)
    {
        var t = Single(text);
        Assert.Equal(("at_least", (decimal)value), (t.Kind.Name, t.Value!.Value));
    }

    [Fact]
    public void Draft_ClausesWithTheirOwnDeadlines_DateEachFigureByItsClause()
    {
        var targets = Targets("2024年3月底前出台评价办法，2024年9月底前完成首批人才认定不少于500名，2025年6月底前一卡通覆盖率达到90%。");
        Assert.Equal([(500m, new DateOnly(2024, 9, 30)), (90m, new DateOnly(2025, 6, 30))], targets.Select(t => (t.Value!.Value, t.Deadline)));
    }

    [Fact]
    public void Draft_ClauseWithoutADeadline_TakesTheOneBeforeIt()
    {
        var targets = Targets("9月底前兑现资金不少于2亿元，建成驿站12处以上，年底前新增公寓5000套。");
        Assert.Equal(
            [new DateOnly(2024, 9, 30), new DateOnly(2024, 9, 30), new DateOnly(2024, 12, 31)],
            targets.Select(t => t.Deadline));
    }

    [Fact]
    public void Draft_FigureBeforeTheSentencesDeadline_TakesIt() =>
        Assert.Equal(new DateOnly(2024, 6, 30), Single("新增集成服务事项不少于20项，6月底前完成。").Deadline);

    [Theory]
    [InlineData("三年内引进人才团队不少于15个。", "2026-12-31")]
    [InlineData("两年内建成园区3个。", "2025-12-31")]
    [InlineData("5年内建成园区3个。", "2028-12-31")]
    [InlineData("到“十四五”末建成园区3个。", "2025-12-31")]
    [InlineData("到“十五五”末建成园区3个。", "2030-12-31")]
    [InlineData("到2023年底建成园区3个。", "2023-12-31")]
    [InlineData("到2026年建成园区3个。", "2026-12-31")]
    [InlineData("2024年内建成园区3个。", "2024-12-31")]
    public void Draft_DeadlineRelativeToTheDocumentYear_IsThatYearsEnd(string text, string deadline) =>
        Assert.Equal(DateOnly.Parse(deadline, CultureInfo.InvariantCulture), Single(text).Deadline);
}
