using Engine.Rules.Authoring;
using Engine.Tests.Support;

namespace Engine.Tests.Authoring;

public class LedgerLinterTests
{
    private static IReadOnlyList<Rules.Ledgers.Problem> Lint(string targets, string text = "任务文本：同比上升") =>
        LedgerLinter.Lint(TempLedger.WithTarget(targets).WithText(text));

    [Theory]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 10, "baseline": 12, "unit": "%" }""", LedgerLinter.BaselineSide)]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "at_most", "nature": "cumulative", "value": 10, "baseline": 8, "unit": "小时" }""", LedgerLinter.BaselineSide)]
    [InlineData("""{ "id": "1.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 120, "unit": "%" }""", LedgerLinter.PercentRange)]
    [InlineData("""{ "id": "1.1", "metric": "增长率", "kind": "at_least", "nature": "level", "value": 0, "unit": "%", "source": "同比上升" }""", LedgerLinter.GrowthNotExclusive)]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "cumulative", "value": 10, "unit": "项" }, { "id": "1.2", "metric": "m", "kind": "at_most", "nature": "cumulative", "value": 5, "unit": "项" }""", LedgerLinter.Contradiction)]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "cumulative", "value": 10, "unit": "项" }, { "id": "1.2", "metric": "m", "kind": "at_least", "nature": "cumulative", "value": 10, "unit": "项" }""", LedgerLinter.Repetition)]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 14, "unit": "%", "deadline": "2025-12-31" }""", LedgerLinter.DeadlineNote)]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "milestone", "unit": "%", "source": "不在文本中" }""", LedgerLinter.SourceNotInText)]
    [InlineData("""{ "id": "1.1", "metric": "办理时间", "kind": "at_most", "nature": "level", "value": 3, "unit": "个工作日", "source": "办理时间压缩至3个工作日" }""", LedgerLinter.LevelWithoutBaseline)]
    public void Lint_SuspiciousTarget_IsWarnedWithItsCodeAndLine(string targets, string code)
    {
        var warning = Assert.Single(Lint(targets), w => w.Code == code);
        Assert.Equal("01-area.json", warning.Source);
        Assert.True(warning.Line > 0);
        Assert.NotNull(warning.TargetId);
    }

    [Fact]
    public void Lint_MilestoneOnlyTaskWithNumberInText_IsWarned() =>
        Assert.Contains(Lint("""{ "id": "1.1", "metric": "m", "kind": "milestone", "unit": "%" }""", "全年新增企业100家以上"), w => w.Code == LedgerLinter.MilestoneWithNumber && w.Message.Contains("100家", StringComparison.Ordinal));

    [Theory]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 10, "baseline": 5, "unit": "%" }""")]
    [InlineData("""{ "id": "1.1", "metric": "增长率", "kind": "at_least", "nature": "level", "value": 0, "exclusive": true, "unit": "%", "source": "同比上升" }""")]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "cumulative", "value": 5, "unit": "项" }, { "id": "1.2", "metric": "m", "kind": "at_most", "nature": "cumulative", "value": 10, "unit": "项" }""")]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 14, "unit": "%", "deadline": "2025-12-31", "note": "十四五末" }""")]
    [InlineData("""{ "id": "1.1", "metric": "营业收入增长率", "kind": "at_least", "nature": "level", "value": 150, "unit": "%" }""")]
    public void Lint_SoundTarget_HasNoWarning(string targets) => Assert.Empty(Lint(targets));

    /// <summary>A ledger of one milestone task per entry, with these lead and responsible units, and this units table.</summary>
    private static IReadOnlyList<Rules.Ledgers.Problem> LintUnits(string units, params (string[] Lead, string[] Responsible)[] tasks)
    {
        static string Names(string[] names) => "[" + string.Join(", ", names.Select(n => $"\"{n}\"")) + "]";
        var json = string.Join(",\n", tasks.Select((t, i) => $$"""
            { "no": {{i + 1}}, "measure": { "no": 1, "name": "m" }, "lead": {{Names(t.Lead)}}, "responsible": {{Names(t.Responsible)}}, "text": "t",
              "targets": [ { "id": "{{i + 1}}.1", "metric": "m", "kind": "milestone", "unit": "%" } ] }
            """));
        var header = $$"""{ "id": "t", "title": "x", "period": { "start": "2023-01-01", "end": "2023-12-31" }, "units": {{units}} }""";
        using var temp = new TempLedger($$"""{ "area": { "no": "一", "name": "测试" }, "tasks": [ {{json}} ] }""", header);
        return [.. LedgerLinter.Lint(temp.Read()).Where(w => w.Code == LedgerLinter.UnitAlias)];
    }

    [Fact]
    public void Lint_TwoSpellingsOfOneUnit_NamesBothWithTheirTasksAtTheRarerOne()
    {
        var warning = Assert.Single(LintUnits("{}", (["市市场监督管理局"], []), (["市甲局"], ["市市场监督管理局"]), (["市乙局"], ["市市场监管局"])));
        Assert.Equal("\"市市场监管局\" (task 3) and \"市市场监督管理局\" (tasks 1, 2) may be one unit: if so, list one as an alias of the other in \"units\" of ledger.json", warning.Message);
        Assert.Equal("01-area.json", warning.Source);
        Assert.Equal(5, warning.Line); // task 3
        Assert.Equal("responsible", warning.Field);
        Assert.Null(warning.TargetId);
    }

    [Theory]
    [InlineData("民政局", "市民政局")]
    [InlineData("市科技局", "市科学技术局")]
    [InlineData("市发展改革局", "市发展和改革局")]
    [InlineData("市供销社", "市供销合作社联合社")]
    [InlineData("市气象局等涉工程审批事项市级部门", "市气象局")]
    [InlineData("中国人民银行湛江市中心支行（外汇管理局）", "中国人民银行湛江市中心支行")]
    [InlineData("市市场监管局等相关单位", "市市场监督管理局")]
    public void Lint_ProbableAlias_IsWarned(string alias, string name) =>
        Assert.Single(LintUnits("{}", ([name], []), (["市甲局"], [alias])));

    [Theory]
    [InlineData("市政府办", "市政府")]
    [InlineData("廉江市政府", "市政府")]
    [InlineData("市委编办", "市委")]
    [InlineData("市公安局交警支队", "市公安局")]
    [InlineData("各县（市、区）人民政府", "县人民政府")]
    [InlineData("市财政局", "市税务局")]
    public void Lint_DifferentUnits_AreNotWarned(string one, string other) =>
        Assert.Empty(LintUnits("{}", ([one], []), ([other], [])));

    [Fact]
    public void Lint_SpellingsTheUnitsTableJoins_AreNotWarned()
    {
        var tasks = new (string[], string[])[] { (["市市场监督管理局"], ["民政局"]), (["市市场监管局"], ["市民政局"]), (["市甲局"], ["市市场监督管理局等相关单位"]) };
        Assert.Equal(4, LintUnits("{}", tasks).Count);
        Assert.Empty(LintUnits("""{ "市市场监督管理局": ["市市场监管局", "市市场监督管理局等相关单位"], "市民政局": ["民政局"] }""", tasks));

        // Joining one pair leaves the other spelling still apart.
        var left = Assert.Single(LintUnits("""{ "市市场监督管理局": ["市市场监管局", "市市场监督管理局等相关单位"] }""", tasks));
        Assert.Contains("\"民政局\"", left.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LintCommand_StrictWithWarnings_ExitsOne_OtherwiseZero()
    {
        var plain = Support.Cli.Run("lint");
        Assert.Equal(0, plain.Exit);
        Assert.Contains("warning(s) in zhanjiang-2023", plain.Out, StringComparison.Ordinal);
        var strict = Support.Cli.Run("lint", "--strict");
        Assert.Equal(plain.Out.Contains(": warning ", StringComparison.Ordinal) ? 1 : 0, strict.Exit);

        using var temp = new TempLedger(TempLedger.Area("""{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 10, "baseline": 12, "unit": "%" }"""));
        var r = Support.Cli.Run("lint", "--targets", temp.Folder, "--strict");
        Assert.Equal(1, r.Exit);
        Assert.Contains("01-area.json:", r.Out, StringComparison.Ordinal);
        Assert.Contains("warning baseline-side (target 1.1)", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_LevelMoveWithStartingPointInText_SaysToPutItInBaseline()
    {
        var warning = Assert.Single(Lint("""{ "id": "1.1", "metric": "用时", "kind": "at_most", "nature": "level", "value": 5, "unit": "小时", "source": "用时由8.17小时降至5小时" }""", "用时由8.17小时降至5小时"), w => w.Code == LedgerLinter.LevelWithoutBaseline);
        Assert.Contains("由8.17小时", warning.Message, StringComparison.Ordinal);
        Assert.Equal("baseline", warning.Field);
    }

    [Theory]
    [InlineData("""{ "id": "1.1", "metric": "办理时间", "kind": "at_most", "nature": "level", "value": 3, "baseline": 5, "unit": "个工作日", "source": "办理时间压缩至3个工作日" }""")]
    [InlineData("""{ "id": "1.1", "metric": "办理时间", "kind": "at_most", "nature": "level", "value": 3, "schedule": "hold", "unit": "个工作日", "source": "办理时间压缩至3个工作日" }""")]
    [InlineData("""{ "id": "1.1", "metric": "办理时间", "kind": "at_most", "nature": "cumulative", "value": 3, "unit": "个工作日", "source": "办理时间压缩至3个工作日" }""")]
    public void Lint_LevelMoveWithBaselineOrScheduleOrCumulative_IsNotWarned(string targets) => Assert.Empty(Lint(targets, "办理时间压缩至3个工作日"));
}
