using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Ledgers;

/// <summary>Which targets are counted in whole numbers, read through the real rule-file reader.</summary>
public class WholeNumbersTests
{
    private static Target Read(string kind, string metric, string unit, string numbers, string more = "") =>
        TempLedger.WithTarget($$"""{ "id": "1.1", "metric": "{{metric}}", "kind": "{{kind}}", {{Nature(kind, unit, numbers)}}{{numbers}} "unit": "{{unit}}" {{more}} }""").Targets[0];

    /// <summary>The nature every numeric target must give: the one the engine proposes for its unit and value.</summary>
    private static string Nature(string kind, string unit, string numbers)
    {
        var k = TargetKinds.Named(kind);
        if (k.MeasuresCompletion)
        {
            return "";
        }

        var value = System.Text.RegularExpressions.Regex.Match(numbers, "\"value\": (-?[0-9.]+)");
        var proposed = Natures.Propose(k, unit, value.Success ? decimal.Parse(value.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null).Nature;
        return $"\"nature\": \"{Natures.Name(proposed)}\", ";
    }

    [Theory]
    // Count words.
    [InlineData("at_least", "新增上市企业", "家", "\"value\": 2,", true)]
    [InlineData("at_least", "新增项目", "个", "\"value\": 10,", true)]
    [InlineData("at_most", "投诉", "件", "\"value\": 5,", true)]
    [InlineData("equal", "培训", "场次", "\"value\": 3,", true)]
    [InlineData("between", "试点", "人次", "\"value\": 3, \"value2\": 8,", true)]
    [InlineData("at_least", "发放", "册", "\"value\": 0,", true)]
    // 个 followed by a noun: a count unless the noun is a time or a share.
    [InlineData("at_most", "办理环节", "个环节", "\"value\": 3,", true)]
    [InlineData("at_most", "办理时间", "个工作日", "\"value\": 3,", false)]
    [InlineData("at_most", "办理时间", "个自然日", "\"value\": 3,", false)]
    [InlineData("at_most", "时限", "个月", "\"value\": 3,", false)]
    [InlineData("at_most", "停电时间", "个小时", "\"value\": 3,", false)]
    [InlineData("at_least", "提高", "个百分点", "\"value\": 2,", false)]
    [InlineData("at_most", "周期", "个季度", "\"value\": 1,", false)]
    // Means and ratios are fractional even in a count unit.
    [InlineData("at_least", "法官人均结案数", "件", "\"value\": 465,", false)]
    [InlineData("at_most", "平均办理环节", "个环节", "\"value\": 3,", false)]
    [InlineData("at_least", "每万人口医院床位数", "张", "\"value\": 46,", false)]
    [InlineData("at_least", "每千常住人口执业医师数", "名", "\"value\": 2,", false)]
    [InlineData("at_least", "每百户宽带用户", "户", "\"value\": 60,", false)]
    [InlineData("at_least", "每个县创建共同体数", "个", "\"value\": 1,", false)]
    // Fractional target values cannot be counted.
    [InlineData("at_least", "专利拥有量", "件", "\"value\": 0.84,", false)]
    [InlineData("between", "试点", "个", "\"value\": 1, \"value2\": 2.5,", false)]
    // Not count units at all.
    [InlineData("at_least", "比例", "%", "\"value\": 12,", false)]
    [InlineData("at_least", "总额", "亿元", "\"value\": 400,", false)]
    [InlineData("at_least", "人口", "万人", "\"value\": 2,", false)]
    // Milestones never: their figure is the percent of the work done.
    [InlineData("milestone", "建立机制", "个", "", false)]
    public void Read_NoIntegerField_DefaultsFromUnitMetricAndValues(string kind, string metric, string unit, string numbers, bool expected)
    {
        var target = Read(kind, metric, unit, numbers);
        Assert.Equal(expected, target.Integer);
        Assert.False(target.IntegerGiven);
    }

    [Theory]
    [InlineData("家", false)]
    [InlineData("%", true)]
    public void Read_IntegerGiven_OverridesTheDefault(string unit, bool counted)
    {
        var target = Read("at_least", "数量", unit, "\"value\": 2,", $", \"integer\": {(counted ? "true" : "false")}");
        Assert.Equal(counted, target.Integer);
        Assert.True(target.IntegerGiven);
    }

    [Theory]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "milestone", "unit": "%", "integer": true }""", "does not apply to milestone targets", ProblemCodes.FieldNotForKind)]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "cumulative", "value": 2.5, "unit": "家", "integer": true }""", "value 2.5 is not a whole number", ProblemCodes.OutOfRange)]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "between", "nature": "cumulative", "value": 1, "value2": 2.5, "unit": "家", "integer": true }""", "value 2.5 is not a whole number", ProblemCodes.OutOfRange)]
    public void Read_IntegerThatNoWholeFigureFits_IsALocatedProblem(string targetJson, string reason, string code)
    {
        using var temp = new TempLedger(TempLedger.Area(targetJson));
        var (ledger, problems) = LedgerReader.TryRead(temp.Folder);
        Assert.Null(ledger);
        var problem = Assert.Single(problems);
        Assert.Equal(("tasks[0].targets[0].integer", "1.1", code), (problem.Field, problem.TargetId, problem.Code));
        Assert.True(problem.Line > 0);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MilestoneIntegerFalse_IsAccepted() =>
        Assert.False(Read("milestone", "m", "%", "", ", \"integer\": false").Integer);
}
