using Engine.Rules.Authoring;
using Engine.Rules.Ledgers;

namespace Engine.Tests.Authoring;

/// <summary>Phrasings in the style of other cities' plans, so the grammar is not fitted to one ledger.</summary>
public class TargetGrammarTests
{
    private static DraftTarget Single(string text, int year = 2024) => Assert.Single(TargetGrammar.Draft(text, year).Targets);

    [Theory]
    [InlineData("到2024年底，全市新增市场主体不少于5000户。", "at_least", 5000, "户", "2024-12-31")]
    [InlineData("企业开办时间压缩至1个工作日以内。", "at_most", 1, "个工作日", "2024-12-31")]
    [InlineData("政务服务事项网上可办率达到98%以上。", "at_least", 98, "%", "2024-12-31")]
    [InlineData("重点项目投资额约20亿元。", "about", 20, "亿元", "2024-12-31")]
    [InlineData("工程建设项目审批时间控制在30个工作日内。", "at_most", 30, "个工作日", "2024-12-31")]
    [InlineData("力争到2026年，数字经济核心产业增加值占比达到10%。", "at_least", 10, "%", "2026-12-31")]
    public void Draft_NumberWithComparison_IsReadAsTheTarget(string text, string kind, double value, string unit, string deadline)
    {
        var t = Single(text);
        Assert.Equal((kind, (decimal)value, unit, DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture)), (t.Kind.Name, t.Value!.Value, t.Unit, t.Deadline));
        Assert.Contains(t.Source, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_FromToWithBaseline_IsAtMostWithBaseline()
    {
        var t = Single("不动产登记时间由45天压缩至20天。");
        Assert.Equal(("at_most", 20m, 45m), (t.Kind.Name, t.Value, t.Baseline));
    }

    [Fact]
    public void Draft_Range_IsBetween()
    {
        var t = Single("小微企业价格扣除优惠幅度为10%-20%。");
        Assert.Equal(("between", 10m, 20m), (t.Kind.Name, t.Value, t.Value2));
    }

    [Fact]
    public void Draft_GrowthWithoutNumber_IsAboveZeroExclusive()
    {
        var t = Single("年内实现规上工业增加值同比增长。");
        Assert.Equal(("at_least", 0m, true), (t.Kind.Name, t.Value, t.Exclusive));
    }

    [Fact]
    public void Draft_DatedTaskWithoutNumber_IsAMilestoneDueThen()
    {
        var t = Single("9月底前出台优化营商环境实施方案。");
        Assert.Equal(("milestone", new DateOnly(2024, 9, 30)), (t.Kind.Name, t.Deadline));
    }

    [Theory]
    [InlineData("对多缴税额不超过1万元的纳税人，实行自动退税。")]
    [InlineData("全面推行“一网通办”“一件事一次办”。")]
    [InlineData("建设“1+N”服务体系，推进5G网络覆盖。")]
    public void Draft_ThresholdsAndNames_AreNotTargets(string text) =>
        Assert.Equal("milestone", Single(text).Kind.Name);

    [Fact]
    public void Draft_Respectively_GivesOneTargetPerValue()
    {
        var draft = TargetGrammar.Draft("到年底实现共建率、共享率分别不低于30%、40%。", 2024);
        Assert.Equal([30m, 40m], draft.Targets.Select(t => t.Value!.Value));
        Assert.All(draft.Targets, t => Assert.Equal("at_least", t.Kind.Name));
    }

    [Fact]
    public void Draft_EitherOr_CombinesAny()
    {
        var draft = TargetGrammar.Draft("案件数量下降2%或全省排名上升2位。", 2024);
        Assert.Equal(Combine.Any, draft.Combine);
        Assert.Equal(2, draft.Targets.Count);
    }

    [Fact]
    public void Draft_IsDeterministic() =>
        Assert.Equal(TargetGrammar.Draft("企业开办时间压缩至1个工作日以内，网上可办率达到98%以上。", 2024).Targets, TargetGrammar.Draft("企业开办时间压缩至1个工作日以内，网上可办率达到98%以上。", 2024).Targets);
}
