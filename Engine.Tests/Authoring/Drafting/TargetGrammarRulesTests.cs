using System.Globalization;
using Engine.Rules.Authoring;
using Engine.Rules.Ledgers;

namespace Engine.Tests.Authoring;

/// <summary>The grammar's rules and deadlines not covered by <see cref="TargetGrammarTests"/>, one phrasing each.</summary>
public class TargetGrammarRulesTests
{
    private static DraftTarget Single(string text) => Assert.Single(TargetGrammar.Draft(text, 2024).Targets);

    [Theory]
    [InlineData("6月前完成改造。", "2024-06-30")]
    [InlineData("2月底前印发方案。", "2024-02-29")]
    [InlineData("12月末前全面完成。", "2024-12-31")]
    [InlineData("“十四五”末基本建成。", "2025-12-31")]
    [InlineData("十四五末基本建成。", "2025-12-31")]
    [InlineData("到2026年全面建成。", "2026-12-31")]
    [InlineData("年内完成。", "2024-12-31")]
    [InlineData("全年办结。", "2024-12-31")]
    [InlineData("到年末完成。", "2024-12-31")]
    public void Deadline_StatedDate_IsThatPeriodsEnd(string sentence, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), TargetGrammar.Deadline(sentence, 2024));

    [Theory]
    [InlineData("推进改革。")]
    [InlineData("巩固2023年成果。")]
    [InlineData("到2050年实现。")]
    public void Deadline_NoUsableDate_IsNull(string sentence) =>
        Assert.Null(TargetGrammar.Deadline(sentence, 2024));

    [Theory]
    [InlineData("审批通过率由60%提高至80%。", "at_least", 80, 60, "%")]
    [InlineData("办理时间由8.17小时降至5小时。", "at_most", 5, 8.17, "小时")]
    public void Draft_FromTo_KeepsTheBaselineAndDirection(string text, string kind, double value, double baseline, string unit)
    {
        var t = Single(text);
        Assert.Equal((kind, (decimal)value, (decimal)baseline, unit, 0.95m), (t.Kind.Name, t.Value!.Value, t.Baseline!.Value, t.Unit, t.Confidence));
    }

    [Theory]
    [InlineData("新增企业超过100家。", "at_least", 100, "家", true)]
    [InlineData("满意度达到95％。", "at_least", 95, "%", false)]
    [InlineData("培训60人左右。", "about", 60, "人", false)]
    [InlineData("发放约100份问卷。", "about", 100, "份", false)]
    [InlineData("投诉量下降15%以上。", "at_least", 15, "%", false)]
    [InlineData("办理环节压减至2个环节。", "at_most", 2, "个环节", false)]
    [InlineData("审批时限20个工作日。", "at_most", 20, "个工作日", false)]
    [InlineData("欠薪案件控制在0件。", "equal", 0, "件", false)]
    [InlineData("价格扣除10%至20%。", "between", 10, "%", false)]
    public void Draft_Phrasing_IsReadAsKindValueAndUnit(string text, string kind, double value, string unit, bool exclusive)
    {
        var t = Single(text);
        Assert.Equal((kind, (decimal)value, unit, exclusive), (t.Kind.Name, t.Value!.Value, t.Unit, t.Exclusive));
        Assert.Equal(new DateOnly(2024, 12, 31), t.Deadline);
    }

    [Fact]
    public void Draft_PupilTeacherRatio_IsAtMostPupilsPerTeacher()
    {
        var t = Single("中小学师生比达到1:9.3。");
        Assert.Equal(("at_most", 9.3m, "生/师"), (t.Kind.Name, t.Value, t.Unit));
        Assert.Equal("师生比1:x读作每名教职工对应学生数不超过x", t.Note);
    }

    [Fact]
    public void Draft_ClearedToZero_IsEqualZeroCases()
    {
        var t = Single("实现欠薪案件动态清零。");
        Assert.Equal(("equal", 0m, "件"), (t.Kind.Name, t.Value, t.Unit));
    }

    [Theory]
    [InlineData("税收收入同比下降。", "at_most", true)]
    [InlineData("外贸进出口总额不下滑。", "at_least", false)]
    [InlineData("固定资产投资比上年增长。", "at_least", true)]
    public void Draft_DirectionWithoutNumber_IsAGrowthRateAgainstZero(string text, string kind, bool exclusive)
    {
        var t = Single(text);
        Assert.Equal((kind, 0m, "%", exclusive), (t.Kind.Name, t.Value, t.Unit, t.Exclusive));
    }

    [Fact]
    public void Draft_TargetsInTwoSentences_TakeEachSentencesDeadline()
    {
        var draft = TargetGrammar.Draft("6月底前网上可办率达到90%以上。年底前达到98%以上。", 2024);
        Assert.Equal([(90m, new DateOnly(2024, 6, 30)), (98m, new DateOnly(2024, 12, 31))], draft.Targets.Select(t => (t.Value!.Value, t.Deadline)));
        Assert.Equal(Combine.All, draft.Combine);
    }

    [Fact]
    public void Draft_ChineseNumeralWithoutComparison_IsAWayOfWorkingNotATarget()
    {
        var t = Single("推行一次性告知，实行一个窗口受理。");
        Assert.Equal("milestone", t.Kind.Name);
        Assert.Equal("推行一次性告知", t.Source);
    }

    [Fact]
    public void Draft_ThresholdEndingInBelowOf_IsNotATarget() =>
        Assert.Equal("milestone", Single("对金额在5万元以下的案件实行简易程序。").Kind.Name);
}
