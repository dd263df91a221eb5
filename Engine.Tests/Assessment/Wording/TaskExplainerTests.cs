using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Assessment.Wording;

/// <summary>落实情况 and 存在问题 as a circulated document writes them: requirement words, dates written out, no ids.</summary>
public class TaskExplainerTests
{
    private static TaskAssessment Task(string target, string asOf, params (string, string, string)[] rows) =>
        Run.Task(Run.Evaluate(TempLedger.WithTarget(target), asOf, rows));

    private static TaskAssessment Quarterly(string target, string asOf, params (string, string, string)[] rows)
    {
        using var temp = new TempLedger(TempLedger.Area(target), TempLedger.QuarterlyHeader);
        return Run.Task(Run.Evaluate(temp.Read(), asOf, rows));
    }

    [Theory]
    [InlineData("""{ "id": "1.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 12, "unit": "%" }""", "5", "比例为5%（目标不低于12%）", "比例 is 5% (target at least 12%)")]
    [InlineData("""{ "id": "1.1", "metric": "增速", "kind": "at_least", "nature": "level", "value": 0, "exclusive": true, "unit": "%" }""", "-1", "增速为-1%（目标高于0%）", "增速 is -1% (target more than 0%)")]
    [InlineData("""{ "id": "1.1", "metric": "时限", "kind": "at_most", "nature": "level", "value": 33, "unit": "个工作日" }""", "35", "时限为35个工作日（目标不超过33个工作日）", "时限 is 35个工作日 (target at most 33个工作日)")]
    [InlineData("""{ "id": "1.1", "metric": "余额", "kind": "about", "nature": "level", "value": 400, "tolerance": 40, "unit": "亿元" }""", "300", "余额为300亿元（目标约400亿元（上下浮动40亿元））", "余额 is 300亿元 (target about 400亿元 (give or take 40亿元))")]
    [InlineData("""{ "id": "1.1", "metric": "幅度", "kind": "between", "nature": "level", "value": 10, "value2": 20, "unit": "%" }""", "5", "幅度为5%（目标介于10%至20%之间）", "幅度 is 5% (target between 10% and 20%)")]
    [InlineData("""{ "id": "1.1", "metric": "收费", "kind": "equal", "nature": "level", "value": 0, "unit": "元" }""", "5", "收费为5元（目标为0元）", "收费 is 5元 (target exactly 0元)")]
    public void Achievements_EachKind_WritesTheRequirementInWords(string target, string value, string zh, string en)
    {
        var task = Task(target, "2023-06-30", ("1.1", "2023-06-30", value));
        Assert.Equal($"截至评估日2023年6月30日，{zh}。", TaskExplainer.Achievements(task, Language.Zh));
        Assert.Equal($"As of 30 June 2023, {en}.", TaskExplainer.Achievements(task, Language.En));
    }

    [Fact]
    public void Problems_NoSymbolsNoIdsAndTheDeadlineWrittenOut()
    {
        var task = Task("""{ "id": "1.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 12, "unit": "%" }""", "2023-06-30", ("1.1", "2023-06-30", "5"));
        var zh = TaskExplainer.Problems(task, Language.Zh);
        Assert.Equal("比例为5%，未达到目标（不低于12%），相差7个百分点，距截止日期2023年12月31日还有184天。", zh);
        Assert.DoesNotContain("1.1", zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_NoFigure_SaysSoWithoutTheTargetsId()
    {
        var task = Task("""{ "id": "1.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 12, "unit": "%" }""", "2023-06-30");
        Assert.Equal("比例未报送数据（目标不低于12%），距截止日期2023年12月31日还有184天。", TaskExplainer.Problems(task, Language.Zh));
    }

    [Fact]
    public void Problems_DeadlineIsTheAsOfDate_WritesTheDateNotToday()
    {
        var task = Task("""{ "id": "1.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 12, "unit": "%", "deadline": "2023-06-30" }""", "2023-06-30", ("1.1", "2023-06-30", "5"));
        var zh = TaskExplainer.Problems(task, Language.Zh);
        Assert.Contains("截止日期2023年6月30日（即评估日）", zh, StringComparison.Ordinal);
        Assert.DoesNotContain("今天", zh, StringComparison.Ordinal);
        Assert.Contains("due 30 June 2023 (the as-of date)", TaskExplainer.Problems(task, Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_MissedMilestone_GivesWhatWasDoneAtTheDeadlineAndNow()
    {
        var target = """{ "id": "1.1", "metric": "建立机制", "kind": "milestone", "unit": "%", "deadline": "2023-06-30" }""";
        var task = Task(target, "2023-09-30", ("1.1", "2023-06-30", "52.8"), ("1.1", "2023-09-30", "81.7"));
        Assert.Equal("建立机制到期仅完成52.8%，目前完成81.7%，截止日期2023年6月30日，已逾期92天。", TaskExplainer.Problems(task, Language.Zh));
        Assert.Equal("截至评估日2023年9月30日，建立机制完成81.7%。", TaskExplainer.Achievements(task, Language.Zh));
    }

    [Fact]
    public void Achievements_LateCompletion_SaysSoWithTheDeadline()
    {
        var target = """{ "id": "1.1", "metric": "建立机制", "kind": "milestone", "unit": "%", "deadline": "2023-06-30" }""";
        var task = Task(target, "2023-09-30", ("1.1", "2023-06-30", "52.8"), ("1.1", "2023-09-30", "100"));
        Assert.Equal(Status.AchievedLate, task.Status);
        Assert.Equal("截至评估日2023年9月30日，建立机制完成100%，逾期完成（截止日期2023年6月30日）。", TaskExplainer.Achievements(task, Language.Zh));
        Assert.Equal("", TaskExplainer.Problems(task, Language.Zh));
    }

    [Fact]
    public void Texts_OldFigure_AreDatedByTheFigureAndStaleSaysWhichReportIsOwed()
    {
        var task = Quarterly("""{ "id": "1.1", "metric": "场数", "kind": "at_least", "nature": "cumulative", "value": 10, "unit": "场" }""", "2023-07-15", ("1.1", "2023-03-31", "3"));
        Assert.Equal("截至评估日2023年7月15日，场数为3场（目标不低于10场，数据截至2023年3月31日）。", TaskExplainer.Achievements(task, Language.Zh));
        Assert.EndsWith("；场数数据截至2023年3月31日，未按期报送截至2023年6月30日的数据。", TaskExplainer.Problems(task, Language.Zh), StringComparison.Ordinal);
    }
}
