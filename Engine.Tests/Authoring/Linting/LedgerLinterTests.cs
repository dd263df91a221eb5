using Engine.Rules.Authoring;
using Engine.Tests.Support;

namespace Engine.Tests.Authoring;

public class LedgerLinterTests
{
    private static IReadOnlyList<Rules.Ledgers.Problem> Lint(string targets, string text = "任务文本：同比上升") =>
        LedgerLinter.Lint(TempLedger.WithTarget(targets).WithText(text));

    [Theory]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "at_least", "value": 10, "baseline": 12, "unit": "%" }""", LedgerLinter.BaselineSide)]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "at_most", "value": 10, "baseline": 8, "unit": "小时" }""", LedgerLinter.BaselineSide)]
    [InlineData("""{ "id": "1.1", "metric": "比例", "kind": "at_least", "value": 120, "unit": "%" }""", LedgerLinter.PercentRange)]
    [InlineData("""{ "id": "1.1", "metric": "增长率", "kind": "at_least", "value": 0, "unit": "%", "source": "同比上升" }""", LedgerLinter.GrowthNotExclusive)]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "at_least", "value": 10, "unit": "项" }, { "id": "1.2", "metric": "m", "kind": "at_most", "value": 5, "unit": "项" }""", LedgerLinter.Contradiction)]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "at_least", "value": 10, "unit": "项" }, { "id": "1.2", "metric": "m", "kind": "at_least", "value": 10, "unit": "项" }""", LedgerLinter.Repetition)]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "at_least", "value": 14, "unit": "%", "deadline": "2025-12-31" }""", LedgerLinter.DeadlineNote)]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "milestone", "unit": "%", "source": "不在文本中" }""", LedgerLinter.SourceNotInText)]
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
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "at_least", "value": 10, "baseline": 5, "unit": "%" }""")]
    [InlineData("""{ "id": "1.1", "metric": "增长率", "kind": "at_least", "value": 0, "exclusive": true, "unit": "%", "source": "同比上升" }""")]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "at_least", "value": 5, "unit": "项" }, { "id": "1.2", "metric": "m", "kind": "at_most", "value": 10, "unit": "项" }""")]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "at_least", "value": 14, "unit": "%", "deadline": "2025-12-31", "note": "十四五末" }""")]
    [InlineData("""{ "id": "1.1", "metric": "营业收入增长率", "kind": "at_least", "value": 150, "unit": "%" }""")]
    public void Lint_SoundTarget_HasNoWarning(string targets) => Assert.Empty(Lint(targets));

    [Fact]
    public void LintCommand_StrictWithWarnings_ExitsOne_OtherwiseZero()
    {
        var plain = Support.Cli.Run("lint");
        Assert.Equal(0, plain.Exit);
        Assert.Contains("warning(s) in zhanjiang-2023", plain.Out, StringComparison.Ordinal);
        var strict = Support.Cli.Run("lint", "--strict");
        Assert.Equal(plain.Out.Contains(": warning ", StringComparison.Ordinal) ? 1 : 0, strict.Exit);

        using var temp = new TempLedger(TempLedger.Area("""{ "id": "1.1", "metric": "m", "kind": "at_least", "value": 10, "baseline": 12, "unit": "%" }"""));
        var r = Support.Cli.Run("lint", "--targets", temp.Folder, "--strict");
        Assert.Equal(1, r.Exit);
        Assert.Contains("01-area.json:", r.Out, StringComparison.Ordinal);
        Assert.Contains("warning baseline-side (target 1.1)", r.Out, StringComparison.Ordinal);
    }
}
