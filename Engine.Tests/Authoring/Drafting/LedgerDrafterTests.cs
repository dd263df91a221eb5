using Engine.Rules.Authoring;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Authoring;

/// <summary>Rows read from a new ledger turned into a draft ledger: areas, tasks, and targets proposed from each text.</summary>
public class LedgerDrafterTests
{
    private static readonly DraftRow[] Rows =
    [
        new("一", "市场准入", 1, "深化改革", 1, ["市甲局"], ["市乙局", "市丙局"], "到2023年底，企业开办时间压缩至1个工作日以内。"),
        new("一", "市场准入", 1, "深化改革", 2, ["市乙局"], [], "9月底前出台优化营商环境实施方案。") { Remark = "属于“营商环境评价”指标" },
        new("二", "获得电力", 0, "", 3, ["市丁局"], [], "共建率、共享率分别不低于30%、40%。"),
        new("二", "获得电力", 2, "压减时间", 4, ["市丁局"], [], "不动产登记时间由45天压缩至20天，或案件数量下降2%。"),
    ];

    private static readonly Ledger Draft = LedgerDrafter.Draft(Rows, "draft-2023", "草案", 2023);

    [Fact]
    public void Draft_Header_IsTheYearsPeriodWithDefaults()
    {
        Assert.Equal(("draft-2023", "草案", "draft", 0m), (Draft.Id, Draft.Title, Draft.Revision, Draft.Slack));
        Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), (Draft.Period.Start, Draft.Period.End));
        Assert.Equal(StatusLabels.Default, Draft.Labels);
    }

    [Fact]
    public void Draft_Areas_AreNumberedFilesInOrderOfAppearance()
    {
        Assert.Equal([new Area("一", "市场准入", "area-01.json"), new Area("二", "获得电力", "area-02.json")], Draft.Areas);
        Assert.Equal(["市场准入", "市场准入", "获得电力", "获得电力"], Draft.Tasks.Select(t => t.Area.Name));
    }

    [Fact]
    public void Draft_Tasks_KeepNumberUnitsTextAndRemark()
    {
        Assert.Equal([1, 2, 3, 4], Draft.Tasks.Select(t => t.No));
        var first = Draft.Tasks[0];
        Assert.Equal(["市甲局"], first.Lead);
        Assert.Equal(["市乙局", "市丙局"], first.Responsible);
        Assert.Equal("到2023年底，企业开办时间压缩至1个工作日以内。", first.Text);
        Assert.Equal([null, "属于“营商环境评价”指标", null, null], Draft.Tasks.Select(t => t.Remark));
    }

    [Fact]
    public void Draft_MeasureThatCouldNotBeRead_FallsBackToTheAreaName()
    {
        Assert.Equal([new Measure(1, "深化改革"), new Measure(1, "深化改革"), new Measure(1, "获得电力"), new Measure(2, "压减时间")], Draft.Tasks.Select(t => t.Measure));
    }

    [Fact]
    public void Draft_NumericTarget_IsProposedWithKindValueUnitDeadlineAndDefaults()
    {
        var t = Assert.Single(Draft.Task(1).Targets);

        Assert.Equal(("1.1", 1, "企业开办时间"), (t.Id, t.TaskNo, t.Metric));
        Assert.Equal((TargetKinds.AtMost, 1m, "个工作日", new DateOnly(2023, 12, 31)), (t.Kind, t.Value, t.Unit, t.Deadline));
        // The clause's words say it: 时间 is a duration read off at a moment, a level, which holds.
        Assert.Equal((Nature.Level, Schedule.Hold, 0m, true, 0.9m), (t.Nature, t.Schedule, t.Slack, t.Draft, t.Confidence));
        Assert.Equal("压缩至1个工作日以内", t.Source);
        Assert.Null(t.Baseline);
    }

    [Fact]
    public void Draft_TaskWithoutNumber_IsAMilestoneWithNoValueDueAtTheStatedMonth()
    {
        var t = Assert.Single(Draft.Task(2).Targets);

        Assert.Equal(("2.1", TargetKinds.Milestone, (decimal?)null, "%"), (t.Id, t.Kind, t.Value, t.Unit));
        Assert.Equal((new DateOnly(2023, 9, 30), Schedule.Linear), (t.Deadline, t.Schedule));
        Assert.Equal("9月底前出台优化营商环境实施方案", t.Metric);
        Assert.Equal("任务无量化指标，按工作完成进度（%）评估", t.Note);
    }

    [Fact]
    public void Draft_RespectivelyList_GivesNumberedTargetsInOrder()
    {
        var targets = Draft.Task(3).Targets;

        Assert.Equal(["3.1", "3.2"], targets.Select(t => t.Id));
        Assert.Equal([30m, 40m], targets.Select(t => t.Value!.Value));
        // Semantics v2: shares (%) are levels, and a level without a baseline holds.
        Assert.All(targets, t => Assert.Equal((TargetKinds.AtLeast, "%", Nature.Level, Schedule.Hold, "“分别”列举的多个值"), (t.Kind, t.Unit, t.Nature, t.Schedule, t.Note)));
        Assert.Equal("共建率、共享率分别", targets[0].Metric);
    }

    [Fact]
    public void Draft_RespectivelyList_GivesEveryTargetTheSameSubject()
    {
        var targets = Draft.Task(3).Targets;
        Assert.Equal(targets[0].Metric, targets[1].Metric);
    }

    [Fact]
    public void Draft_BaselineAndEitherOr_AreKeptAndCombineAny()
    {
        var task = Draft.Task(4);
        Assert.Equal(Combine.Any, task.Combine);
        Assert.Equal(Combine.All, Draft.Task(3).Combine);

        var (timeLimit, reduction) = (task.Targets[0], task.Targets[1]);
        Assert.Equal((TargetKinds.AtMost, 20m, 45m, "天", Schedule.Linear), (timeLimit.Kind, timeLimit.Value, timeLimit.Baseline, timeLimit.Unit, timeLimit.Schedule));
        Assert.Equal((TargetKinds.AtLeast, 2m, "%", 0.8m), (reduction.Kind, reduction.Value, reduction.Unit, reduction.Confidence));
    }

    [Fact]
    public void Draft_Ledger_WritesAndReadsBackAsAValidLedger()
    {
        using var folder = new TempFolder();
        LedgerWriter.Write(Draft, folder.Path);

        var read = LedgerReader.Read(folder.Path);

        Assert.Equal(Draft.Targets.Select(t => (t.Id, t.Kind, t.Value, t.Unit, t.Deadline, t.Draft, t.Nature, t.NatureConfidence)), read.Targets.Select(t => (t.Id, t.Kind, t.Value, t.Unit, t.Deadline, t.Draft, t.Nature, t.NatureConfidence)));
        Assert.Equal(Draft.Tasks.Select(t => (t.No, t.Combine)), read.Tasks.Select(t => (t.No, t.Combine)));
    }

    [Fact]
    public void Draft_NoRows_IsAnEmptyLedger()
    {
        var empty = LedgerDrafter.Draft([], "x", "x", 2024);
        Assert.Empty(empty.Tasks);
        Assert.Empty(empty.Areas);
        Assert.Equal(new DateOnly(2024, 12, 31), empty.Period.End);
    }
}
