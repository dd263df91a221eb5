using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Assessment;

/// <summary>Each rule of the semantics (v2), through the compiled NRules session.</summary>
public class SemanticsTests
{
    private static TargetAssessment Assess(string target, string asOf, params (string, string, string)[] rows) =>
        Run.Target(Run.Evaluate(TempLedger.WithTarget(target), asOf, rows));

    // A share built up over the year (cumulative), so the linear schedule's pace rules apply.
    private const string AtLeast12 = """{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "cumulative", "value": 12, "unit": "%" }""";

    [Fact]
    public void AtLeast_EqualValueWrittenDifferently_IsMet()
    {
        var a = Assess(AtLeast12, "2023-12-31", ("1.1", "2023-12-31", "12.0"));
        Assert.Equal(Status.Achieved, a.Status);
        Assert.Equal(1m, a.Progress);
    }

    [Fact]
    public void AtLeast_Exclusive_EqualValueIsNotMet()
    {
        var a = Assess("""{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 12, "exclusive": true, "unit": "%" }""", "2023-12-31", ("1.1", "2023-12-31", "12"));
        Assert.Equal(Status.Missed, a.Status);
    }

    [Fact]
    public void AtLeast_NoBaseline_ProgressIsShareOfValue()
    {
        var a = Assess(AtLeast12, "2023-06-30", ("1.1", "2023-06-30", "6"));
        Assert.Equal(0.5m, a.Progress);
    }

    [Fact]
    public void AtLeast_ProgressAtExpectation_IsOnTrack_BelowIsLagging()
    {
        // τ on 2023-06-30 = 181/365 = 0.49589…; 6/12 = 0.5 is on track, 5.9/12 = 0.4917 lags.
        Assert.Equal(Status.OnTrack, Assess(AtLeast12, "2023-06-30", ("1.1", "2023-06-30", "6")).Status);
        Assert.Equal(Status.Lagging, Assess(AtLeast12, "2023-06-30", ("1.1", "2023-06-30", "5.9")).Status);
    }

    [Fact]
    public void AtLeast_WithBaseline_ProgressCountsFromBaseline()
    {
        var a = Assess("""{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 20, "baseline": 10, "unit": "%" }""", "2023-03-31", ("1.1", "2023-03-31", "12.5"));
        Assert.Equal(0.25m, a.Progress);
        Assert.Equal(Status.OnTrack, a.Status); // τ = 90/365 = 0.2466
    }

    [Fact]
    public void AtMost_WithBaseline_IsLinearAndProgressCountsDown()
    {
        // 客户平均停电时间由8.17小时降至5小时
        var target = """{ "id": "1.1", "metric": "停电时间", "kind": "at_most", "nature": "level", "value": 5, "baseline": 8.17, "unit": "小时" }""";
        var a = Assess(target, "2023-06-30", ("1.1", "2023-06-30", "7"));
        Assert.Equal(Schedule.Linear, a.Target.Schedule);
        Assert.Equal((8.17m - 7m) / (8.17m - 5m), a.Progress);
        Assert.Equal(Status.Lagging, a.Status);
        Assert.Equal(Status.OnTrack, Assess(target, "2023-06-30", ("1.1", "2023-06-30", "6.5")).Status);
    }

    [Fact]
    public void AtMost_WithoutBaseline_HoldsAndProgressIsValueOverFigure()
    {
        var target = """{ "id": "1.1", "metric": "办理时间", "kind": "at_most", "nature": "level", "value": 33, "unit": "个工作日" }""";
        var met = Assess(target, "2023-03-31", ("1.1", "2023-03-31", "33"));
        Assert.Equal(Status.OnTrack, met.Status);
        var over = Assess(target, "2023-03-31", ("1.1", "2023-03-31", "44"));
        Assert.Equal(Status.Lagging, over.Status);
        Assert.Equal(0.75m, over.Progress);
    }

    [Fact]
    public void AtMost_Exclusive_EqualValueIsNotMet()
    {
        var a = Assess("""{ "id": "1.1", "metric": "m", "kind": "at_most", "nature": "level", "value": 0, "exclusive": true, "unit": "%" }""", "2023-12-31", ("1.1", "2023-12-31", "0"));
        Assert.Equal(Status.Missed, a.Status);
        Assert.Equal(0m, a.Progress);
    }

    [Fact]
    public void Equal_OnlyExactValueMeets_ProgressZeroOtherwise()
    {
        var target = """{ "id": "1.1", "metric": "m", "kind": "equal", "nature": "level", "value": 0, "unit": "件" }""";
        Assert.Equal(Status.Achieved, Assess(target, "2023-12-31", ("1.1", "2023-12-31", "0.0")).Status);
        var off = Assess(target, "2023-12-31", ("1.1", "2023-12-31", "1"));
        Assert.Equal(Status.Missed, off.Status);
        Assert.Equal(0m, off.Progress);
    }

    [Fact]
    public void About_DefaultToleranceIsTenPercent()
    {
        // Not counted in whole numbers, so the figures can probe the tolerance's edge to the hundredth.
        var target = """{ "id": "1.1", "metric": "m", "kind": "about", "nature": "cumulative", "value": 60, "unit": "人", "integer": false }""";
        Assert.Equal(Status.Achieved, Assess(target, "2023-12-31", ("1.1", "2023-12-31", "66")).Status);
        Assert.Equal(Status.Missed, Assess(target, "2023-12-31", ("1.1", "2023-12-31", "66.01")).Status);
        Assert.Equal(Status.Achieved, Assess(target, "2023-12-31", ("1.1", "2023-12-31", "54")).Status);
    }

    [Fact]
    public void About_ExplicitTolerance_Applies()
    {
        var target = """{ "id": "1.1", "metric": "m", "kind": "about", "nature": "cumulative", "value": 60, "tolerance": 1, "unit": "人" }""";
        Assert.Equal(Status.Missed, Assess(target, "2023-12-31", ("1.1", "2023-12-31", "62")).Status);
        Assert.Equal(Status.Achieved, Assess(target, "2023-12-31", ("1.1", "2023-12-31", "61")).Status);
    }

    [Fact]
    public void Between_BoundsAreInclusive_AndItHoldsBeforeTheDeadline()
    {
        var target = """{ "id": "1.1", "metric": "m", "kind": "between", "nature": "level", "value": 10, "value2": 20, "unit": "%" }""";
        Assert.Equal(Status.Achieved, Assess(target, "2023-12-31", ("1.1", "2023-12-31", "20")).Status);
        Assert.Equal(Status.Achieved, Assess(target, "2023-12-31", ("1.1", "2023-12-31", "10")).Status);
        Assert.Equal(Status.Missed, Assess(target, "2023-12-31", ("1.1", "2023-12-31", "20.1")).Status);
        Assert.Equal(Status.OnTrack, Assess(target, "2023-06-30", ("1.1", "2023-06-30", "15")).Status);
        Assert.Equal(Status.Lagging, Assess(target, "2023-06-30", ("1.1", "2023-06-30", "9")).Status);
    }

    [Fact]
    public void Milestone_HundredIsMet_ProgressIsPercent()
    {
        var target = """{ "id": "1.1", "metric": "m", "kind": "milestone", "unit": "%", "deadline": "2023-06-30" }""";
        Assert.Equal(Status.Achieved, Assess(target, "2023-03-31", ("1.1", "2023-03-31", "100")).Status);
        var half = Assess(target, "2023-03-31", ("1.1", "2023-03-31", "50"));
        Assert.Equal(0.5m, half.Progress);
        Assert.Equal(Status.OnTrack, half.Status); // τ = 90/181
    }

    [Fact]
    public void NoFigure_IsNoDataWithZeroProgress()
    {
        var a = Assess(AtLeast12, "2023-06-30");
        Assert.Equal(Status.NoData, a.Status);
        Assert.Equal(0m, a.Progress);
        Assert.Null(a.Met);
    }

    [Fact]
    public void Deadline_DayBeforeDayOfDayAfter_SwitchFromScheduleToVerdict()
    {
        var target = """{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "cumulative", "value": 10, "unit": "项", "deadline": "2023-06-30", "integer": false }""";
        Assert.Equal(Status.OnTrack, Assess(target, "2023-06-29", ("1.1", "2023-06-29", "9.99")).Status);
        Assert.Equal(Status.Missed, Assess(target, "2023-06-30", ("1.1", "2023-06-29", "9.99")).Status);
        Assert.Equal(Status.Missed, Assess(target, "2023-07-01", ("1.1", "2023-06-29", "9.99")).Status);
        Assert.Equal(Status.Achieved, Assess(target, "2023-07-01", ("1.1", "2023-06-29", "10")).Status);
    }

    [Fact]
    public void BeforePeriodStart_ExpectationIsZero_AndAFigureDatedThenIsRefused()
    {
        // Nothing can be reported before the period starts, so the figure is refused at intake and none is in force.
        var a = Assess(AtLeast12, "2022-12-31", ("1.1", "2022-12-01", "0"));
        Assert.Equal(0m, a.Expected);
        Assert.Equal(Status.NoData, a.Status);
    }

    [Fact]
    public void FinalSchedule_IsOnTrackUntilTheDeadline()
    {
        var target = """{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 12, "unit": "%", "schedule": "final" }""";
        Assert.Equal(Status.OnTrack, Assess(target, "2023-12-30", ("1.1", "2023-12-30", "0")).Status);
        Assert.Equal(Status.Missed, Assess(target, "2023-12-31", ("1.1", "2023-12-30", "0")).Status);
    }

    [Fact]
    public void HoldSchedule_OnAtLeast_MetIsOnTrackNotAchieved()
    {
        var target = """{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 12, "unit": "%", "schedule": "hold" }""";
        Assert.Equal(Status.OnTrack, Assess(target, "2023-06-30", ("1.1", "2023-06-30", "13")).Status);
        Assert.Equal(Status.Lagging, Assess(target, "2023-06-30", ("1.1", "2023-06-30", "11.9")).Status);
    }

    [Fact]
    public void Slack_LowersTheBarForOnTrack()
    {
        // τ(06-30) ≈ 0.4959; with slack 0.2 the bar is ≈ 0.3967: 0.4 is on track, without slack it lags.
        var strict = """{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "cumulative", "value": 10, "unit": "项", "integer": false }""";
        var slack = """{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "cumulative", "value": 10, "unit": "项", "integer": false, "slack": 0.2 }""";
        Assert.Equal(Status.Lagging, Assess(strict, "2023-06-30", ("1.1", "2023-06-30", "4")).Status);
        Assert.Equal(Status.OnTrack, Assess(slack, "2023-06-30", ("1.1", "2023-06-30", "4")).Status);
    }

    [Fact]
    public void LedgerSlack_IsInheritedByTargets()
    {
        var header = """{ "id": "t", "title": "x", "period": { "start": "2023-01-01", "end": "2023-12-31" }, "slack": 0.2 }""";
        using var temp = new TempLedger(TempLedger.Area("""{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "cumulative", "value": 10, "unit": "项" }"""), header);
        var result = Run.Evaluate(temp.Read(), "2023-06-30", ("1.1", "2023-06-30", "4"));
        Assert.Equal(Status.OnTrack, Run.Target(result).Status);
    }

    [Fact]
    public void SameAsOf_LaterRowWins_EarlierIsSuperseded()
    {
        var ledger = TempLedger.WithTarget(AtLeast12);
        var result = Run.Evaluate(ledger, "2023-06-30", ("1.1", "2023-06-30", "1"), ("1.1", "2023-06-30", "12"));
        Assert.Equal(12m, Run.Target(result).Figure!.Value);
        Assert.Equal(1, result.Figures.Superseded);
        Assert.Equal(1, result.Figures.Used);
    }

    [Fact]
    public void FigureAfterAsOf_IsIgnoredAndCounted()
    {
        var ledger = TempLedger.WithTarget(AtLeast12);
        var result = Run.Evaluate(ledger, "2023-06-30", ("1.1", "2023-03-31", "3"), ("1.1", "2023-07-01", "12"));
        Assert.Equal(3m, Run.Target(result).Figure!.Value);
        Assert.Equal(1, result.Figures.AfterAsOf);
        Assert.Equal(result.Figures.Read, result.Figures.Used + result.Figures.Superseded + result.Figures.AfterAsOf + result.Figures.Rejected);
    }

    private const string TwoTargets = """
        { "id": "1.1", "metric": "a", "kind": "at_least", "nature": "cumulative", "value": 10, "unit": "项" },
        { "id": "1.2", "metric": "b", "kind": "at_least", "nature": "cumulative", "value": 10, "unit": "项" }
        """;

    [Fact]
    public void CombineAll_MostSevereStatus_MeanProgress()
    {
        var ledger = TempLedger.WithTarget(TwoTargets, "all");
        var task = Run.Task(Run.Evaluate(ledger, "2023-12-31", ("1.1", "2023-12-31", "10"), ("1.2", "2023-12-31", "5")));
        Assert.Equal(Status.Missed, task.Status);
        Assert.Equal(0.75m, task.Progress);
        Assert.Equal(75, Semantics.TaskPercent(task.Progress));
    }

    [Fact]
    public void CombineAny_LeastSevereStatus_LargestProgress()
    {
        var ledger = TempLedger.WithTarget(TwoTargets, "any");
        var task = Run.Task(Run.Evaluate(ledger, "2023-12-31", ("1.1", "2023-12-31", "10"), ("1.2", "2023-12-31", "5")));
        Assert.Equal(Status.Achieved, task.Status);
        Assert.Equal(1m, task.Progress);
    }

    [Fact]
    public void CombineAll_NoDataIsLessSevereThanLagging()
    {
        var ledger = TempLedger.WithTarget(TwoTargets, "all");
        var lagging = Run.Task(Run.Evaluate(ledger, "2023-06-30", ("1.1", "2023-06-30", "1")));
        Assert.Equal(Status.Lagging, lagging.Status);
        var onTrackAndNoData = Run.Task(Run.Evaluate(ledger, "2023-06-30", ("1.1", "2023-06-30", "9")));
        Assert.Equal(Status.NoData, onTrackAndNoData.Status);
    }

    [Theory]
    [InlineData(0.12345, 12.3)]
    [InlineData(0.12355, 12.4)]
    [InlineData(0.00049, 0.0)]
    [InlineData(0.99951, 100.0)]
    public void TargetPercent_RoundsHalfAwayFromZeroToOneDecimal(double share, double expected) =>
        Assert.Equal((decimal)expected, Semantics.TargetPercent((decimal)share));

    [Theory]
    [InlineData(0.835, 84)]
    [InlineData(0.825, 83)]
    [InlineData(0.8249, 82)]
    public void TaskPercent_RoundsHalfAwayFromZero(double share, int expected) =>
        Assert.Equal(expected, Semantics.TaskPercent((decimal)share));

    [Fact]
    public void ExpectedShare_MatchesTheLedgerExample()
    {
        var tau = Semantics.ExpectedShare(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), new DateOnly(2023, 6, 30));
        Assert.Equal(49.6m, Semantics.TargetPercent(tau));
    }

    [Fact]
    public void Level_MetBeforeTheDeadline_IsOnTrackNotAchieved()
    {
        var target = """{ "id": "1.1", "metric": "通过率", "kind": "at_least", "nature": "level", "value": 70, "unit": "%", "schedule": "linear" }""";
        Assert.Equal(Status.OnTrack, Assess(target, "2023-06-30", ("1.1", "2023-06-30", "75")).Status);
    }

    [Fact]
    public void Level_WithoutBaseline_HoldsSoHalfTheRateLags()
    {
        // 3.4 企业开办线上业务核准通过率 35.8% against ≥70% at mid-year: a level, not 51% of a yearly build-up.
        var a = Assess("""{ "id": "1.1", "metric": "通过率", "kind": "at_least", "nature": "level", "value": 70, "unit": "%" }""", "2023-06-30", ("1.1", "2023-06-30", "35.8"));
        Assert.Equal((Schedule.Hold, Status.Lagging), (a.Target.Schedule, a.Status));
    }

    [Theory]
    [InlineData("2", "on_track")]   // 2 × 1 ≤ τ(06-30) × 5 = 2.48
    [InlineData("3", "lagging")]    // met (≤5), but over its share of the year's budget
    [InlineData("0", "on_track")]   // never achieved before the deadline
    public void CumulativeBudget_BeforeTheDeadline_IsJudgedByTheShareUsed(string figure, string status)
    {
        var budget = """{ "id": "1.1", "metric": "全年停电时间", "kind": "at_most", "nature": "cumulative", "value": 5, "unit": "小时" }""";
        Assert.Equal(status, Assess(budget, "2023-06-30", ("1.1", "2023-06-30", figure)).Status.Name());
    }

    [Fact]
    public void CumulativeBudget_AtTheDeadlineWithinValue_IsAchieved()
    {
        var budget = """{ "id": "1.1", "metric": "全年停电时间", "kind": "at_most", "nature": "cumulative", "value": 5, "unit": "小时" }""";
        Assert.Equal(Status.Achieved, Assess(budget, "2023-12-31", ("1.1", "2023-12-31", "4.9")).Status);
    }

    [Fact]
    public void MetAfterTheDeadlineOnly_IsAchievedLate()
    {
        var target = """{ "id": "1.1", "metric": "m", "kind": "milestone", "unit": "%", "deadline": "2023-06-30" }""";
        var late = Assess(target, "2023-09-30", ("1.1", "2023-06-30", "52.8"), ("1.1", "2023-09-30", "100"));
        Assert.Equal(Status.AchievedLate, late.Status);
        var onTime = Assess(target, "2023-09-30", ("1.1", "2023-06-30", "100"), ("1.1", "2023-09-30", "100"));
        Assert.Equal(Status.Achieved, onTime.Status);
    }

    [Fact]
    public void OldFigure_IsJudgedAgainstTauAtItsOwnDate()
    {
        // 3 of 12 dated 03-31 read at 06-30: τ(03-31) = 90/365 = 24.7%, 3/12 = 25% keeps pace; τ(06-30) would not.
        var a = Assess(AtLeast12, "2023-06-30", ("1.1", "2023-03-31", "3"));
        Assert.Equal(Status.OnTrack, a.Status);
        Assert.Equal(Semantics.ExpectedShare(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), new DateOnly(2023, 3, 31)), a.Expected);
    }

    [Theory]
    [InlineData("""{ "id": "1.1", "metric": "贷款余额", "kind": "about", "nature": "level", "value": 400, "baseline": 300, "unit": "亿元" }""", "350", 0.5)]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "between", "nature": "cumulative", "value": 10, "value2": 20, "unit": "个" }""", "5", 0.5)]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "equal", "nature": "level", "value": 0, "baseline": 8, "unit": "件" }""", "2", 0.75)]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "equal", "nature": "level", "value": 10, "unit": "件" }""", "5", 0)]
    public void BandKinds_FromABaselineOutsideTheBand_ProgressIsTheShareOfTheWay(string target, string figure, double progress) =>
        Assert.Equal((decimal)progress, Assess(target, "2023-06-30", ("1.1", "2023-06-30", figure)).Progress);

    [Theory]
    [InlineData("2023-03-31", "0", "on_track")]  // ⌊τ(03-31) × 1⌋ = 0: one listing in the year is not behind on day one
    [InlineData("2023-12-30", "0", "on_track")]  // still ⌊0.997⌋ = 0 the day before the deadline
    [InlineData("2023-12-31", "0", "missed")]
    public void WholeNumbers_SmallCount_KeepsPaceOnItsWholePart(string asOf, string figure, string status)
    {
        var listing = """{ "id": "1.1", "metric": "新增上市企业", "kind": "at_least", "nature": "cumulative", "value": 1, "unit": "家" }""";
        Assert.Equal(status, Assess(listing, asOf, ("1.1", asOf, figure)).Status.Name());
    }

    [Theory]
    [InlineData("4", "on_track")]  // ⌊0.496 × 10⌋ = 4
    [InlineData("3", "lagging")]
    public void WholeNumbers_Count_ComparesWithTheWholePartOfItsShare(string figure, string status)
    {
        var training = """{ "id": "1.1", "metric": "培训", "kind": "at_least", "nature": "cumulative", "value": 10, "unit": "场" }""";
        Assert.Equal(status, Assess(training, "2023-06-30", ("1.1", "2023-06-30", figure)).Status.Name());
    }

    private static TargetAssessment AssessQuarterly(string target, string asOf, params (string, string, string)[] rows)
    {
        using var temp = new TempLedger(TempLedger.Area(target), TempLedger.QuarterlyHeader);
        return Run.Target(Run.Evaluate(temp.Read(), asOf, rows));
    }

    [Fact]
    public void Reporting_OldFigure_IsJudgedAtTheReportOwedAndIsStale()
    {
        // R at 07-20 is 06-30 (its report was owed on 07-10): a figure of 03-31 is judged at τ(06-30), not τ(03-31).
        var a = AssessQuarterly(AtLeast12, "2023-07-20", ("1.1", "2023-03-31", "3"));
        Assert.Equal(Semantics.ExpectedShare(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), new DateOnly(2023, 6, 30)), a.Expected);
        Assert.Equal((Status.Lagging, true), (a.Status, a.Stale));
    }

    [Fact]
    public void Reporting_FigureAsRecentAsTheReportOwed_IsNotStale()
    {
        var a = AssessQuarterly(AtLeast12, "2023-07-20", ("1.1", "2023-06-30", "6"));
        Assert.Equal((Status.OnTrack, false), (a.Status, a.Stale));
    }

    [Fact]
    public void Reporting_DoneTarget_OwesNoMoreReports()
    {
        var a = AssessQuarterly(AtLeast12, "2023-10-20", ("1.1", "2023-03-31", "12"));
        Assert.Equal((Status.Achieved, false), (a.Status, a.Stale));
    }

    [Fact]
    public void Reporting_UnmetAtTheDeadline_LagsUntilTheDeadlinesReportIsOwed()
    {
        var target = """{ "id": "1.1", "metric": "m", "kind": "milestone", "unit": "%", "deadline": "2023-06-30" }""";
        Assert.Equal(Status.Lagging, AssessQuarterly(target, "2023-07-09", ("1.1", "2023-06-20", "90")).Status);
        Assert.Equal(Status.Missed, AssessQuarterly(target, "2023-07-10", ("1.1", "2023-06-20", "90")).Status);
        Assert.Equal(Status.Missed, AssessQuarterly(target, "2023-07-01", ("1.1", "2023-06-30", "90")).Status); // the deadline's own figure is in
    }

    [Fact]
    public void Reporting_StaleTask_IsWordedInItsProblems()
    {
        using var temp = new TempLedger(TempLedger.Area("""{ "id": "1.1", "metric": "营业收入", "kind": "at_least", "nature": "cumulative", "value": 12, "unit": "%" }"""), TempLedger.QuarterlyHeader);
        var task = Run.Evaluate(temp.Read(), "2023-07-20", ("1.1", "2023-03-31", "3")).Assessments[0].Tasks[0];
        Assert.True(task.Stale);
        Assert.Contains("营业收入数据截至2023年3月31日，未按期报送", TaskExplainer.Problems(task, Language.Zh), StringComparison.Ordinal);
    }
}
