using System.Globalization;
using Engine.Rules.Assessment;
using Engine.Rules.Authoring;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Authoring;

/// <summary>The "why" lines of one target, for each kind and schedule, before and after the deadline, and with no figure.</summary>
public class TargetReasoningTests
{
    private const string Tau0630 = "expected share τ = (2023-06-30 − 2023-01-01 + 1) / (2023-12-31 − 2023-01-01 + 1) = 181/365 = 49.6%";

    private static IReadOnlyList<string> Explain(Ledger ledger, string asOf, Language lang, params (string Target, string AsOf, string Value)[] figures)
    {
        var intake = new FigureIntake(ledger);
        var line = 1;
        foreach (var (target, date, value) in figures)
        {
            intake.Add(new RawFigure("f.csv", ++line, target, date, value));
        }

        Assert.Empty(intake.Rejected);
        return TargetReasoning.Explain(new Evaluator(ledger), FigureSet.From(intake), "1.1", "", DateOnly.Parse(asOf, CultureInfo.InvariantCulture), lang);
    }

    private static IReadOnlyList<string> Explain(string targetJson, string asOf, params (string AsOf, string Value)[] figures) =>
        Explain(TempLedger.WithTarget(targetJson), asOf, Language.En, [.. figures.Select(f => ("1.1", f.AsOf, f.Value))]);

    [Fact]
    public void Explain_AtLeastWithoutBaselineLaggingBeforeTheDeadline_GivesEveryStep()
    {
        // Semantics v2: a % target is a level and would hold (no pace step); marked cumulative, it runs linear from 0.
        var lines = Explain("""{ "id": "1.1", "metric": "比例", "kind": "at_least", "value": 12, "unit": "%", "nature": "cumulative", "source": "达到12%以上" }""", "2023-06-30", ("2023-06-30", "5.9"));

        Assert.Equal(
            [
                "target 1.1 (task 1): 比例 ≥12% by 2023-12-31, at_least, schedule linear, slack 0",
                "source: 达到12%以上",
                "figures seen for entity \"\": 1",
                "  f.csv:2  2023-06-30  5.9  — USED (latest on or before the as-of date)",
                "judged date J = the figure's date 2023-06-30",
                Tau0630,
                "met: 5.9 against ≥12% → no",
                "progress: (5.9 − 0) / (12 − 0) (clamped to [0, 1]) = 49.2%", // v2: a cumulative total counts from 0
                "required τ×(1−slack) = 49.6%: progress < required",
                "trend: fewer than 3 dated figures, or the deadline has come: no projection",
                "status: lagging (lagging), by rule \"target 1.1 not met, linear, progress < τ×(1−slack) → lagging\"",
                "task 1 has this one target: task status lagging (lagging), progress 49%",
            ],
            lines);
    }

    [Fact]
    public void Explain_AtLeastWithBaseline_MeasuresProgressFromTheBaseline()
    {
        var lines = Explain("""{ "id": "1.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 12, "baseline": 2, "unit": "%" }""", "2023-06-30", ("2023-06-30", "7"));

        Assert.Contains("progress: (7 − 2) / (12 − 2) (clamped to [0, 1]) = 50%", lines);
        Assert.Contains("required τ×(1−slack) = 49.6%: progress ≥ required", lines);
        Assert.Contains("status: on_track (on track), by rule \"target 1.1 not met, linear, progress ≥ τ×(1−slack) → on_track\"", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("source:", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_SlackLowersTheRequirement()
    {
        // Semantics v2: cumulative, so the linear pace (and its slack) applies rather than hold.
        var lines = Explain("""{ "id": "1.1", "metric": "比例", "kind": "at_least", "value": 10, "unit": "%", "nature": "cumulative", "slack": 0.2 }""", "2023-06-30", ("2023-06-30", "4"));

        Assert.StartsWith("target 1.1 (task 1): 比例 ≥10% by 2023-12-31, at_least, schedule linear, slack 0.2", lines[0], StringComparison.Ordinal);
        // τ×(1−0.2) = 181/365 × 0.8 ≈ 39.7%; progress 40% is enough.
        Assert.Contains("required τ×(1−slack) = 39.7%: progress ≥ required", lines);
        Assert.Contains(lines, l => l.StartsWith("status: on_track", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_AtMostWithoutBaseline_HoldsAndHasNoPaceLine()
    {
        // Semantics v2: 天 would be proposed cumulative (a linear budget); a processing time is a level, and a level without baseline holds.
        var lines = Explain("""{ "id": "1.1", "metric": "办理时间", "kind": "at_most", "value": 30, "unit": "天", "nature": "level" }""", "2023-06-30", ("2023-06-30", "40"));

        Assert.Equal("target 1.1 (task 1): 办理时间 ≤30天 by 2023-12-31, at_most, schedule hold, slack 0", lines[0]);
        Assert.Contains("met: 40 against ≤30天 → no", lines);
        Assert.Contains("progress: 30 / 40 (clamped to [0, 1]) = 75%", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("required", StringComparison.Ordinal));
        Assert.Contains("status: lagging (lagging), by rule \"target 1.1 not met, hold, before the deadline → lagging\"", lines);
    }

    [Fact]
    public void Explain_AtMostWithBaseline_IsLinearFromTheBaseline()
    {
        // Semantics v2: a level with a baseline runs linear from it (a cumulative at_most would be judged as a budget instead).
        var lines = Explain("""{ "id": "1.1", "metric": "办理时间", "kind": "at_most", "value": 30, "baseline": 45, "unit": "天", "nature": "level" }""", "2023-06-30", ("2023-06-30", "40"));

        Assert.Equal("target 1.1 (task 1): 办理时间 ≤30天 by 2023-12-31, at_most, schedule linear, slack 0", lines[0]);
        Assert.Contains("progress: (45 − 40) / (45 − 30) (clamped to [0, 1]) = 33.3%", lines);
        Assert.Contains("required τ×(1−slack) = 49.6%: progress < required", lines);
        Assert.Contains("status: lagging (lagging), by rule \"target 1.1 not met, linear, progress < τ×(1−slack) → lagging\"", lines);
    }

    [Fact]
    public void Explain_ExclusiveBounds_AreWrittenStrict()
    {
        var above = Explain("""{ "id": "1.1", "metric": "增长", "kind": "at_least", "nature": "level", "value": 0, "exclusive": true, "unit": "%" }""", "2023-06-30", ("2023-06-30", "0"));
        var below = Explain("""{ "id": "1.1", "metric": "增长", "kind": "at_most", "nature": "level", "value": 0, "exclusive": true, "unit": "%" }""", "2023-06-30", ("2023-06-30", "-1"));

        Assert.Contains("met: 0 against >0% → no", above);
        Assert.Contains("progress: 0 (no partial progress for this kind) (clamped to [0, 1]) = 0%", above);
        Assert.Contains("met: -1 against <0% → yes", below);
    }

    [Fact]
    public void Explain_EqualNotMet_HasNoPartialProgress()
    {
        var lines = Explain("""{ "id": "1.1", "metric": "投诉", "kind": "equal", "nature": "level", "value": 0, "unit": "件" }""", "2023-06-30", ("2023-06-30", "2"));

        Assert.Equal("target 1.1 (task 1): 投诉 =0件 by 2023-12-31, equal, schedule hold, slack 0", lines[0]);
        Assert.Contains("met: 2 against =0件 → no", lines);
        Assert.Contains("progress: 0 (no partial progress for this kind) (clamped to [0, 1]) = 0%", lines);
        Assert.Contains(lines, l => l.StartsWith("status: lagging (lagging), by rule \"target 1.1 not met, hold", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_AboutWithDefaultTolerance_ShowsTheTenPercentBandAndMet()
    {
        var lines = Explain("""{ "id": "1.1", "metric": "投资额", "kind": "about", "nature": "cumulative", "value": 20, "unit": "亿元" }""", "2023-06-30", ("2023-06-30", "21.5"));

        // Semantics v2: 亿元 is proposed cumulative, so linear; met before the deadline, a cumulative target is achieved.
        Assert.Equal("target 1.1 (task 1): 投资额 ≈20亿元（±2亿元） by 2023-12-31, about, schedule linear, slack 0", lines[0]);
        Assert.Contains("met: 21.5 against ≈20亿元（±2亿元） → yes", lines);
        Assert.Contains("progress: met → 1 = 100%", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("required", StringComparison.Ordinal));
        Assert.Contains("status: achieved (achieved), by rule \"target 1.1 met, cumulative, before the deadline → achieved\"", lines);
    }

    [Fact]
    public void Explain_AboutWithTolerance_ShowsTheGivenBand()
    {
        var lines = Explain("""{ "id": "1.1", "metric": "人数", "kind": "about", "nature": "cumulative", "value": 60, "tolerance": 5, "unit": "人" }""", "2023-06-30", ("2023-06-30", "66"));
        Assert.Contains("met: 66 against ≈60人（±5人） → no", lines);
    }

    [Fact]
    public void Explain_Between_ShowsTheRange()
    {
        var lines = Explain("""{ "id": "1.1", "metric": "幅度", "kind": "between", "nature": "level", "value": 10, "value2": 20, "unit": "%" }""", "2023-06-30", ("2023-06-30", "25"));

        Assert.Equal("target 1.1 (task 1): 幅度 10–20% by 2023-12-31, between, schedule hold, slack 0", lines[0]);
        Assert.Contains("met: 25 against 10–20% → no", lines);
        Assert.Contains("progress: 0 (no partial progress for this kind) (clamped to [0, 1]) = 0%", lines);
    }

    [Fact]
    public void Explain_Milestone_IsAShareOfOneHundred()
    {
        var lines = Explain("""{ "id": "1.1", "metric": "出台方案", "kind": "milestone", "unit": "%", "deadline": "2023-09-30" }""", "2023-06-30", ("2023-06-30", "60"));

        Assert.Equal("target 1.1 (task 1): 出台方案 100% by 2023-09-30, milestone, schedule linear, slack 0", lines[0]);
        Assert.Contains("expected share τ = (2023-06-30 − 2023-01-01 + 1) / (2023-09-30 − 2023-01-01 + 1) = 181/273 = 66.3%", lines);
        Assert.Contains("met: 60 against 100% → no", lines);
        Assert.Contains("progress: 60 / 100 (clamped to [0, 1]) = 60%", lines);
        Assert.Contains("required τ×(1−slack) = 66.3%: progress < required", lines);
    }

    [Fact]
    public void Explain_FinalScheduleNotMetBeforeTheDeadline_IsOnTrackWithNoPaceLine()
    {
        var lines = Explain("""{ "id": "1.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 12, "unit": "%", "schedule": "final" }""", "2023-06-30", ("2023-06-30", "1"));

        Assert.Equal("target 1.1 (task 1): 比例 ≥12% by 2023-12-31, at_least, schedule final, slack 0", lines[0]);
        Assert.Contains("progress: 1 / 12 (clamped to [0, 1]) = 8.3%", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("required", StringComparison.Ordinal));
        Assert.Contains("status: on_track (on track), by rule \"target 1.1 not met, final, before the deadline → on_track\"", lines);
    }

    [Fact]
    public void Explain_LinearMetBeforeTheDeadline_IsAchievedWithNoPaceLine()
    {
        // Semantics v2: only a cumulative target is done early; a % target is a level, so it is marked cumulative here.
        var lines = Explain("""{ "id": "1.1", "metric": "比例", "kind": "at_least", "value": 12, "unit": "%", "nature": "cumulative" }""", "2023-06-30", ("2023-06-30", "12"));

        Assert.Contains("met: 12 against ≥12% → yes", lines);
        Assert.Contains("progress: met → 1 = 100%", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("required", StringComparison.Ordinal));
        Assert.Contains("status: achieved (achieved), by rule \"target 1.1 met, cumulative, before the deadline → achieved\"", lines);
    }

    [Fact]
    public void Explain_LevelLinearMetBeforeTheDeadline_IsOnTrackNotAchieved()
    {
        // Semantics v2: a level (with a baseline, so linear) met before the deadline must still hold until then: on track.
        var lines = Explain("""{ "id": "1.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 12, "baseline": 2, "unit": "%" }""", "2023-06-30", ("2023-06-30", "12"));

        Assert.StartsWith("target 1.1 (task 1): 比例 ≥12% by 2023-12-31, at_least, schedule linear, slack 0", lines[0], StringComparison.Ordinal);
        Assert.Contains("progress: met → 1 = 100%", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("required", StringComparison.Ordinal));
        Assert.Contains("status: on_track (on track), by rule \"target 1.1 met, level, before the deadline → on_track\"", lines);
    }

    [Theory]
    [InlineData("linear", "not met, deadline reached → missed", "missed (missed)")]
    [InlineData("hold", "not met, deadline reached → missed", "missed (missed)")]
    [InlineData("final", "not met, deadline reached → missed", "missed (missed)")]
    public void Explain_AfterTheDeadlineNotMet_IsMissedWithTauOne(string schedule, string rule, string status)
    {
        var lines = Explain($$"""{ "id": "1.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 12, "unit": "%", "deadline": "2023-06-30", "schedule": "{{schedule}}" }""", "2023-09-30", ("2023-06-30", "10"));

        Assert.Contains("expected share τ = 1 (deadline reached) = 100%", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("required", StringComparison.Ordinal));
        Assert.Contains("trend: fewer than 3 dated figures, or the deadline has come: no projection", lines);
        Assert.Contains($"status: {status}, by rule \"target 1.1 {rule}\"", lines);
    }

    [Theory]
    [InlineData("hold", "met, deadline reached, met at the deadline → achieved")]
    [InlineData("final", "met, deadline reached, met at the deadline → achieved")]
    [InlineData("linear", "met, deadline reached, met at the deadline → achieved")]
    public void Explain_AtTheDeadlineMet_IsAchieved(string schedule, string rule)
    {
        var lines = Explain($$"""{ "id": "1.1", "metric": "比例", "kind": "at_most", "nature": "cumulative", "value": 5, "unit": "天", "schedule": "{{schedule}}" }""", "2023-12-31", ("2023-12-31", "5"));

        Assert.Contains("expected share τ = 1 (deadline reached) = 100%", lines);
        Assert.Contains($"status: achieved (achieved), by rule \"target 1.1 {rule}\"", lines);
    }

    [Theory]
    [InlineData("hold")]
    [InlineData("final")]
    [InlineData("linear")]
    public void Explain_MetAfterTheDeadlineOnly_IsAchievedLate(string schedule)
    {
        // Semantics v2: 6 days was in force at the deadline (not met); 5 days reported later meets it: 逾期完成.
        var lines = Explain($$"""{ "id": "1.1", "metric": "比例", "kind": "at_most", "nature": "cumulative", "value": 5, "unit": "天", "deadline": "2023-06-30", "schedule": "{{schedule}}" }""", "2023-09-30",
            ("2023-06-30", "6"), ("2023-08-31", "5"));

        Assert.Contains("met: 5 against ≤5天 → yes", lines);
        Assert.Contains("status: achieved_late (achieved late), by rule \"target 1.1 met, deadline reached, not met at the deadline → achieved_late\"", lines);
        Assert.Equal("task 1 has this one target: task status achieved_late (achieved late), progress 100%", lines[^1]);
    }

    [Fact]
    public void Explain_BeforeThePeriod_TauIsZero()
    {
        var lines = Explain("""{ "id": "1.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 12, "unit": "%" }""", "2022-12-31");
        Assert.Contains("expected share τ = 0 (before the period) = 0%", lines);
    }

    [Fact]
    public void Explain_NoFigure_SaysNoDataAndSkipsMetAndProgress()
    {
        var lines = Explain("""{ "id": "1.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 12, "unit": "%" }""", "2023-06-30");

        Assert.Equal(
            [
                "target 1.1 (task 1): 比例 ≥12% by 2023-12-31, at_least, schedule hold, slack 0", // v2: a % level without baseline holds
                "figures seen for entity \"\": 0",
                Tau0630,
                "no figure → no_data, progress 0",
                "trend: fewer than 3 dated figures, or the deadline has come: no projection",
                "status: no_data (not reported), by rule \"no figure → no_data\"",
                "task 1 has this one target: task status no_data (not reported), progress 0%",
            ],
            lines);
    }

    [Fact]
    public void Explain_OnlyLaterFigures_AreListedAsIgnoredAndGiveNoData()
    {
        var lines = Explain("""{ "id": "1.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 12, "unit": "%" }""", "2023-06-30", ("2023-09-30", "12"));

        Assert.Contains("  f.csv:2  2023-09-30  12  — after the as-of date, ignored", lines);
        Assert.Contains("no figure → no_data, progress 0", lines);
    }

    [Fact]
    public void Explain_SeveralFigures_MarksUsedSupersededAndIgnoredInDateOrder()
    {
        var lines = Explain("""{ "id": "1.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 12, "unit": "%" }""", "2023-06-30",
            ("2023-09-30", "9"), ("2023-06-30", "5"), ("2023-03-31", "4"), ("2023-06-30", "5.9"));

        Assert.Equal(
            [
                "figures seen for entity \"\": 4",
                "  f.csv:4  2023-03-31  4  — superseded by a later figure",
                "  f.csv:3  2023-06-30  5  — superseded by a later figure",
                "  f.csv:5  2023-06-30  5.9  — USED (latest on or before the as-of date)",
                "  f.csv:2  2023-09-30  9  — after the as-of date, ignored",
            ],
            lines.Skip(1).Take(5));
        Assert.Contains("met: 5.9 against ≥12% → no", lines);
    }

    [Fact]
    public void Explain_ThreeDatedFigures_ProjectsToTheDeadline()
    {
        // 0, 4, 8 on days 0, 91, 182 of the year: a line reaching 16 on day 364, above the 12 required.
        var lines = Explain("""{ "id": "1.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 12, "unit": "%" }""", "2023-07-02",
            ("2023-01-01", "0"), ("2023-04-02", "4"), ("2023-07-02", "8"));

        Assert.Contains("trend: least squares through 3 dated figures gives 16 at the deadline → likely", lines);
    }

    [Fact]
    public void Explain_TargetOfATaskWithSeveralTargets_GivesTheCombination()
    {
        var ledger = TempLedger.WithTarget("""
            { "id": "1.1", "metric": "甲", "kind": "at_least", "nature": "level", "value": 10, "unit": "%" },
            { "id": "1.2", "metric": "乙", "kind": "milestone", "unit": "%" }
            """, combine: "any");
        var lines = Explain(ledger, "2023-06-30", Language.En, ("1.1", "2023-06-30", "10"), ("1.2", "2023-06-30", "20"));

        // Semantics v2: 1.1 is a % level that holds, so met before the deadline it is on track (not achieved); any takes the least severe.
        Assert.StartsWith("task 1 combines (any): 1.1 on_track 100%; 1.2 lagging 20% → on_track (on track), progress 100%, by rule \"", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_InChinese_WritesEveryStepInChinese()
    {
        // Semantics v2: marked cumulative so the linear steps (the pace line among them) are all written.
        var ledger = TempLedger.WithTarget("""{ "id": "1.1", "metric": "比例", "kind": "at_least", "value": 12, "unit": "%", "nature": "cumulative", "source": "原文" }""");
        var lines = Explain(ledger, "2023-06-30", Language.Zh, ("1.1", "2023-06-30", "5.9"));

        Assert.Equal(
            [
                "目标1.1（任务1）：比例，目标不低于12%，截止日期2023年12月31日，判定方式按序时进度，宽限0%",
                "来源：原文",
                "报送数据：1条",
                "  f.csv第2行：2023年6月30日，5.9，采用（截至评估日最新）",
                "判定日期：数据日期2023年6月30日",
                "序时进度：2023年1月1日至2023年6月30日共181天，占至截止日期2023年12月31日共365天的49.6%",
                "是否达标：报送值5.9%，目标不低于12%，未达标",
                "完成进度：(5.9 − 0) / (12 − 0)，限于0至1之间，为49.2%", // v2: a cumulative total counts from 0
                "序时要求：序时进度×（1－宽限）为49.6%，完成进度低于要求",
                "趋势：数据不足3个日期或已到截止日期，不作预测",
                "状态：进度滞后（依据：按序时进度，未达标、截止日期前、进度低于序时要求）",
                "任务1只有这一个目标：任务状态进度滞后，进度49%",
            ],
            lines);
    }

    [Fact]
    public void Explain_UnknownTarget_ThrowsNamingIt()
    {
        var ledger = TempLedger.WithTarget("""{ "id": "1.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 12, "unit": "%" }""");
        var error = Assert.Throws<ArgumentException>(() =>
            TargetReasoning.Explain(new Evaluator(ledger), FigureSet.From(new FigureIntake(ledger)), "9.9", "", new DateOnly(2023, 6, 30), Language.En));
        Assert.StartsWith("ledger t has no target \"9.9\"", error.Message, StringComparison.Ordinal);
        Assert.Equal("targetId", error.ParamName);
    }

    [Fact]
    public void Explain_OldFigureUnderAReportingCycle_GivesTheReportOwedTheJudgedDateAndStale()
    {
        var ledger = TempLedger.WithTarget("""{ "id": "1.1", "metric": "场数", "kind": "at_least", "nature": "cumulative", "value": 10, "unit": "场" }""", ledgerJson: TempLedger.QuarterlyHeader);
        var lines = Explain(ledger, "2023-07-15", Language.En, ("1.1", "2023-03-31", "3"));

        Assert.Contains("reporting cycle (quarter, 10 days' grace): by the as-of date the report for 2023-06-30 is owed", lines);
        Assert.Contains("judged date J = max(figure date 2023-03-31, report owed 2023-06-30) = 2023-06-30", lines);
        Assert.Contains("the figure is dated 2023-03-31, before the report owed for 2023-06-30: stale", lines);
        Assert.Contains(Tau0630, lines);
    }

    [Fact]
    public void Explain_LateCompletion_GivesTheFigureAtTheDeadlineAndWhyItIsLate()
    {
        var ledger = TempLedger.WithTarget("""{ "id": "1.1", "metric": "机制", "kind": "milestone", "unit": "%", "deadline": "2023-06-30" }""", ledgerJson: TempLedger.QuarterlyHeader);
        var lines = Explain(ledger, "2023-07-25", Language.Zh, ("1.1", "2023-06-30", "90"), ("1.1", "2023-07-20", "100"));

        Assert.Contains("截止日期2023年6月30日时有效的数据：90", lines);
        Assert.Contains("评估日达标、截止日未达标，为逾期完成", lines);
        Assert.DoesNotContain(lines, l => l.Contains("未按期报送", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_DeadlineReportNotYetOwed_SaysLaggingNotMissed()
    {
        var ledger = TempLedger.WithTarget("""{ "id": "1.1", "metric": "机制", "kind": "milestone", "unit": "%", "deadline": "2023-06-30" }""", ledgerJson: TempLedger.QuarterlyHeader);
        var lines = Explain(ledger, "2023-07-05", Language.En, ("1.1", "2023-06-20", "90"));

        Assert.Contains("the deadline's report is not owed yet (10 days after the deadline): lagging, not yet missed", lines);
    }

    [Fact]
    public void Explain_InChinese_HasNoSymbolsNoEnglishAndNoIsoDates()
    {
        var ledger = TempLedger.WithTarget("""{ "id": "1.1", "metric": "机制", "kind": "milestone", "unit": "%", "deadline": "2023-06-30" }""", ledgerJson: TempLedger.QuarterlyHeader);
        var lines = Explain(ledger, "2023-07-25", Language.Zh, ("1.1", "2023-06-30", "90"), ("1.1", "2023-07-20", "100"));

        foreach (var line in lines.Select(l => l.Replace("f.csv", "", StringComparison.Ordinal)))
        {
            Assert.DoesNotMatch("[A-Za-z]|[≤≥≈=<>]|\\d{4}-\\d{2}-\\d{2}", line);
        }
    }
}
