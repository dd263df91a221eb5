using Engine.Rules.Files;
using Engine.Rules.Model;
using Engine.Tests.Support;

namespace Engine.Tests.Cli;

public class DraftCommandTests
{
    // A plan in another city's table style: measures in their own column, merged cells left empty.
    private const string Plan = """
        指标名称,举措,序号,工作任务,牵头单位,责任单位,备注
        （一）开办企业,1.压缩开办时间,1,企业开办时间压缩至1个工作日以内，全程网办率达到90%以上。,市市场监管局,"市税务局、市人社局"
        ,,2,9月底前出台优化营商环境实施方案。,市发展改革委,/
        （二）获得电力,2.降低用电成本,3,低压小微企业用电报装平均时间由5天压缩至2天。,供电局,市发展改革委（按职责分工）
        ,,4,全年新增市场主体不少于5000户，同比增长。,市市场监管局,"各县（市、区）人民政府"
        """;

    [Fact]
    public void Draft_Table_WritesAValidLedgerOfDraftTargets()
    {
        using var folder = new TempFolder();
        var table = folder.File("2024年某市优化营商环境工作台账.csv", Plan);
        var output = Path.Combine(folder.Path, "city-2024");
        var r = Support.Cli.Run("draft", "--from", table, "--out", output);
        Assert.Equal(0, r.Exit);

        var ledger = LedgerReader.Read(output);
        Assert.Equal("city-2024", ledger.Id);
        Assert.Equal(new DateOnly(2024, 12, 31), ledger.Period.End);
        Assert.Equal([1, 2, 3, 4], ledger.Tasks.Select(t => t.No));
        Assert.Equal(["一", "二"], ledger.Areas.Select(a => a.No));
        Assert.All(ledger.Targets, t => Assert.True(t.Draft && t.Confidence is > 0m and <= 1m));

        var t1 = ledger.Task(1);
        Assert.Equal(["市税务局", "市人社局"], t1.Responsible);
        Assert.Equal((TargetKind.AtMost, 1m, "个工作日"), (t1.Targets[0].Kind, t1.Targets[0].Value!.Value, t1.Targets[0].Unit));
        Assert.Equal((TargetKind.AtLeast, 90m), (t1.Targets[1].Kind, t1.Targets[1].Value!.Value));
        Assert.Empty(ledger.Task(2).Responsible);
        Assert.Equal((TargetKind.Milestone, new DateOnly(2024, 9, 30)), (ledger.Task(2).Targets[0].Kind, ledger.Task(2).Targets[0].Deadline));
        Assert.Equal(["市发展改革委"], ledger.Task(3).Responsible);
        Assert.Equal((2m, 5m), (ledger.Task(3).Targets[0].Value!.Value, ledger.Task(3).Targets[0].Baseline!.Value));
        Assert.Equal(["各县（市、区）人民政府"], ledger.Task(4).Responsible);
        Assert.Equal("开办企业", ledger.Task(2).Area.Name);

        Assert.Equal(0, Support.Cli.Run("check", "--targets", output).Exit);
        var lint = Support.Cli.Run("lint", "--targets", output);
        Assert.Contains("warning draft-unsure (target 4.2)", lint.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_UnknownFileType_IsAUsageError()
    {
        using var folder = new TempFolder();
        var pdf = folder.File("ledger.pdf", "%PDF");
        var r = Support.Cli.Run("draft", "--from", pdf, "--out", Path.Combine(folder.Path, "x"));
        Assert.Equal(2, r.Exit);
        Assert.Contains("(.txt)", r.Err, StringComparison.Ordinal);
    }
}
