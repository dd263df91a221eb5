using Engine.Rules.Ledgers;
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
        Assert.Equal((TargetKinds.AtMost, 1m, "个工作日"), (t1.Targets[0].Kind, t1.Targets[0].Value!.Value, t1.Targets[0].Unit));
        Assert.Equal((TargetKinds.AtLeast, 90m), (t1.Targets[1].Kind, t1.Targets[1].Value!.Value));
        Assert.Empty(ledger.Task(2).Responsible);
        Assert.Equal((TargetKinds.Milestone, new DateOnly(2024, 9, 30)), (ledger.Task(2).Targets[0].Kind, ledger.Task(2).Targets[0].Deadline));
        Assert.Equal(["市发展改革委"], ledger.Task(3).Responsible);
        Assert.Equal((2m, 5m), (ledger.Task(3).Targets[0].Value!.Value, ledger.Task(3).Targets[0].Baseline!.Value));
        Assert.Equal(["各县（市、区）人民政府"], ledger.Task(4).Responsible);
        Assert.Equal("开办企业", ledger.Task(2).Area.Name);

        Assert.Equal(0, Support.Cli.Run("check", "--targets", output).Exit);
        var lint = Support.Cli.Run("lint", "--targets", output);
        Assert.Contains("warning draft-unsure (target 4.2)", lint.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_NumbersOfFortyDigits_AreSkippedRowsAndNoTargetsNotAnOverflow()
    {
        using var folder = new TempFolder();
        var nines = new string('9', 40);
        var table = folder.File("t.csv", $"指标名称,序号,工作任务,牵头单位\n（一）开办企业,{nines},x,市局\n,2,全年新增企业不少于{nines}家。,市局\n");
        var output = Path.Combine(folder.Path, "out");

        var r = Support.Cli.Run("draft", "--from", table, "--out", output, "--year", "2024");

        Assert.Equal(0, r.Exit);
        Assert.Contains($"skipped: t.csv:2 [序号]: 序号 \"{nines}\" is not a task number (1 or more)", r.Err, StringComparison.Ordinal);
        Assert.Equal(TargetKinds.Milestone, Assert.Single(LedgerReader.Read(output).Targets).Kind);
    }

    [Fact]
    public void Draft_RowWithoutALeadUnit_IsSkippedAtItsLine()
    {
        using var folder = new TempFolder();
        var table = folder.File("t.csv", "指标名称,序号,工作任务,牵头单位\n（一）开办企业,1,x,\n");

        var r = Support.Cli.Run("draft", "--from", table, "--out", Path.Combine(folder.Path, "out"), "--year", "2024");

        Assert.Equal(1, r.Exit);
        Assert.Equal("skipped: t.csv:2:4 [牵头单位]: the row names no lead unit (牵头单位), nor does any row above it\nerror: t.csv: no tasks found\n", r.Err.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Draft_LineLongerThanAnyParagraph_IsRefusedAtItsLine_TheRestDrafted()
    {
        using var folder = new TempFolder();
        var pasted = string.Concat(Enumerable.Repeat("新增企业3家，", 5_000));
        var plan = folder.File("plan.txt", "一、提升\n（一）深化改革\n1." + pasted + "（牵头单位：市局）\n2.出台方案。（牵头单位：市局）");

        var r = Support.Cli.Run("draft", "--from", plan, "--out", Path.Combine(folder.Path, "out"), "--year", "2024");

        Assert.Equal(0, r.Exit);
        Assert.StartsWith("skipped: plan.txt:3: the line is 35,011 characters long, more than the 20,000 a line of a drafting text may have", r.Err, StringComparison.Ordinal);
        Assert.Contains(LedgerReader.Read(Path.Combine(folder.Path, "out")).Tasks, t => t.Text.Contains("出台方案", StringComparison.Ordinal));
    }

    [Fact]
    public void Draft_ControlCharacterInAPlanLine_IsRefusedAtItsLine()
    {
        using var folder = new TempFolder();
        var plan = folder.File("plan.txt", "一、提升\n（一）深化改革\n1.全年新增\a企业。（牵头单位：市局）\n2.出台方案。（牵头单位：市局）");

        var r = Support.Cli.Run("draft", "--from", plan, "--out", Path.Combine(folder.Path, "out"), "--year", "2024");

        Assert.Equal(0, r.Exit);
        Assert.StartsWith("skipped: plan.txt:3: the line holds a control character (U+0007); remove it", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_TaskWithoutLead_GetsTheUndecidedLeadAndPassesCheck()
    {
        using var folder = new TempFolder();
        var plan = folder.File("plan.txt", "一、提升\n（一）深化改革\n1.全年新增企业不少于5000户。\n2.出台方案。（牵头单位：市局）");
        var output = Path.Combine(folder.Path, "out");

        var r = Support.Cli.Run("draft", "--from", plan, "--out", output, "--year", "2024");

        Assert.Equal(0, r.Exit);
        var task = LedgerReader.Read(output).Task(1);
        Assert.Equal(["待定"], task.Lead);
        Assert.All(task.Targets, t => Assert.True(t.Confidence <= 0.5m && t.Note!.Contains("待定", StringComparison.Ordinal)));
        Assert.Equal(0, Support.Cli.Run("check", "--targets", output).Exit);
        var lint = Support.Cli.Run("lint", "--targets", output);
        Assert.Contains("warning lead-undecided (target 1.1)", lint.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("lead-undecided (target 2.1)", lint.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_ResponsibleUnitsWithoutALead_TakesTheFirstAsAnUnsureLead()
    {
        using var folder = new TempFolder();
        var plan = folder.File("plan.txt", "一、提升\n1.出台方案。(责任单位:市局、市财政局)\n2.新增事项不少于100项。\n牵头单位：区发改局\n（完成时限：2024年6月）");
        var output = Path.Combine(folder.Path, "out");

        var r = Support.Cli.Run("draft", "--from", plan, "--out", output, "--year", "2024");

        Assert.Equal(0, r.Exit);
        var ledger = LedgerReader.Read(output);
        Assert.Equal(["市局"], ledger.Task(1).Lead);
        Assert.Equal(["市财政局"], ledger.Task(1).Responsible);
        Assert.True(ledger.Task(1).Targets[0].Confidence <= 0.7m);
        Assert.Equal(["区发改局"], ledger.Task(2).Lead);
        Assert.Equal((new DateOnly(2024, 6, 30), "新增事项不少于100项。"), (ledger.Task(2).Targets[0].Deadline, ledger.Task(2).Text));
        Assert.Equal(0, Support.Cli.Run("check", "--targets", output).Exit);
    }

    [Fact]
    public void Draft_DeadlineInAYearBeforeTheLedgerYear_StartsThePeriodThenAndPassesCheck()
    {
        using var folder = new TempFolder();
        var plan = folder.File("plan.txt", "一、提升\n1.2023年9月底前出台方案。（牵头单位：市局）\n2.全年新增企业不少于50家。（牵头单位：市局）");
        var output = Path.Combine(folder.Path, "out");

        var r = Support.Cli.Run("draft", "--from", plan, "--out", output, "--year", "2024");

        Assert.Equal(0, r.Exit);
        var ledger = LedgerReader.Read(output);
        Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2024, 12, 31)), (ledger.Period.Start, ledger.Period.End));
        Assert.Equal(new DateOnly(2023, 9, 30), ledger.Task(1).Targets[0].Deadline);
        Assert.Equal(0, Support.Cli.Run("check", "--targets", output).Exit);
    }

    [Fact]
    public void Draft_DatesInTheText_WinOverTheYearGivenAndEachClauseKeepsItsOwn()
    {
        using var folder = new TempFolder();
        var plan = folder.File("plan.txt", """
            一、目标
            1.到2026年，人才总量突破120万人。（市委人才办牵头）
            2.三年内引进团队不少于15个。（市委人才办牵头）
            3.2024年9月底前兑现资金不少于2亿元，2025年6月底前覆盖率达到90%。（市财政局牵头）
            4.新增事项不少于100项。（牵头单位：市局；完成时限：6月底前）
            5.新增园区不少于3个。（牵头单位：市局；完成时限：“十四五”末）
            """);
        var output = Path.Combine(folder.Path, "out");

        var r = Support.Cli.Run("draft", "--from", plan, "--out", output, "--year", "2024");

        Assert.Equal(0, r.Exit);
        var ledger = LedgerReader.Read(output);
        Assert.Equal(
            [(1, "2026-12-31"), (2, "2026-12-31"), (3, "2024-09-30"), (3, "2025-06-30"), (4, "2024-06-30"), (5, "2025-12-31")],
            ledger.Targets.Select(t => (t.TaskNo, t.Deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(0, Support.Cli.Run("check", "--targets", output).Exit);
    }

    [Fact]
    public void Draft_TaskNumberGivenTwice_KeepsTheFirstNotACrash()
    {
        using var folder = new TempFolder();
        var table = folder.File("t.csv", "指标名称,序号,工作任务,牵头单位\n（一）开办企业,1,全年新增企业不少于50家。,市局\n,1,出台方案。,市局\n");
        var output = Path.Combine(folder.Path, "out");

        var r = Support.Cli.Run("draft", "--from", table, "--out", output, "--year", "2024");

        Assert.Equal(0, r.Exit);
        Assert.StartsWith("skipped: t.csv: task number 1 is given more than once; the first is kept", r.Err, StringComparison.Ordinal);
        Assert.Equal("全年新增企业不少于50家。", Assert.Single(LedgerReader.Read(output).Tasks).Text);
    }

    [Fact]
    public void Draft_EmptyText_NamesTheFile()
    {
        using var folder = new TempFolder();
        var r = Support.Cli.Run("draft", "--from", folder.File("empty.txt", ""), "--out", Path.Combine(folder.Path, "out"), "--year", "2024");
        Assert.Equal((1, "error: empty.txt: no tasks found\n"), (r.Exit, r.Err.ReplaceLineEndings("\n")));
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

    [Fact]
    public void Draft_PlanWithUnitsAfterEachItem_ReadsAreasMeasuresUnitsAndTargets()
    {
        using var folder = new TempFolder();
        var plan = folder.File("plan.txt", """
            某市2024年优化营商环境重点任务清单

            一、提升市场准入便利度
            （一）深化商事制度改革
            1.全面推行企业开办“一网通办”，企业开办时间压缩至1个工作日以内。（牵头单位：市市场监管局；配合单位：市税务局、市人社局）
            2.9月底前出台住所登记管理办法，
            实行住所申报承诺制。（牵头单位：市市场监管局）
            二、优化政务服务
            （二）推进“一网通办”
            3.政务服务事项网上可办率达到98%以上。（牵头单位：市政务服务数据管理局；配合单位：各县（市、区）人民政府）
            4.不动产登记时间由5个工作日压缩至2个工作日。（责任单位：市自然资源局）
            """);
        var output = Path.Combine(folder.Path, "plan-2024");
        Assert.Equal(0, Support.Cli.Run("draft", "--from", plan, "--year", "2024", "--out", output).Exit);
        var ledger = LedgerReader.Read(output);
        Assert.Equal([("一", "提升市场准入便利度"), ("二", "优化政务服务")], ledger.Areas.Select(a => (a.No, a.Name)));
        Assert.Equal(["深化商事制度改革", "深化商事制度改革", "推进“一网通办”", "推进“一网通办”"], ledger.Tasks.Select(t => t.Measure.Name));
        Assert.Equal(["市税务局", "市人社局"], ledger.Task(1).Responsible);
        Assert.Equal("9月底前出台住所登记管理办法，实行住所申报承诺制。", ledger.Task(2).Text);
        Assert.Equal((TargetKinds.Milestone, new DateOnly(2024, 9, 30)), (ledger.Task(2).Targets[0].Kind, ledger.Task(2).Targets[0].Deadline));
        Assert.Equal(["各县（市、区）人民政府"], ledger.Task(3).Responsible);
        Assert.Equal(["市自然资源局"], ledger.Task(4).Lead);
        Assert.Equal((2m, 5m), (ledger.Task(4).Targets[0].Value!.Value, ledger.Task(4).Targets[0].Baseline!.Value));
    }

    [Fact]
    public void Draft_XlsxTable_IsReadLikeCsv()
    {
        using var folder = new TempFolder();
        var sheet = new Engine.Output.Xlsx.XlsxSheet("台账");
        sheet.Row(("2024年某市台账", 0u));
        sheet.Row([.. new[] { "指标名称", "序号", "工作任务", "牵头单位", "责任单位" }.Select(h => ((object?)h, 0u))]);
        sheet.Row(("（一）开办企业", 0u), ("（1）", 0u), ("企业开办时间压缩至1个工作日以内。", 0u), ("市市场监管局", 0u), ("市税务局", 0u));
        sheet.Row(("", 0u), ("（2）", 0u), ("全程网办率达到90%以上。", 0u), ("", 0u), ("", 0u));
        var path = Path.Combine(folder.Path, "ledger.xlsx");
        using (var stream = File.Create(path))
        {
            Engine.Output.Xlsx.XlsxWorkbook.Write(stream, [sheet]);
        }

        var output = Path.Combine(folder.Path, "x");
        Assert.Equal(0, Support.Cli.Run("draft", "--from", path, "--year", "2024", "--out", output).Exit);
        var ledger = LedgerReader.Read(output);
        Assert.Equal([1, 2], ledger.Tasks.Select(t => t.No));
        Assert.Equal(["市市场监管局"], ledger.Task(2).Lead);
        Assert.Equal((TargetKinds.AtLeast, 90m), (ledger.Task(2).Targets[0].Kind, ledger.Task(2).Targets[0].Value!.Value));
    }

    [Theory]
    [InlineData("table.csv", "UTF-8")]
    [InlineData("table.csv", "GB18030")]
    [InlineData("plan.txt", "UTF-8")]
    [InlineData("plan.txt", "GB18030")]
    public void Draft_FullWidthDigitsInAnyEncoding_GiveTheSameDraftAsHalfWidth(string name, string encoding)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var source = name.EndsWith(".txt", StringComparison.Ordinal)
            ? "一、提升政务服务\n（一）压缩审批时间\n1.到2027年，工程建设项目审批压减至45个工作日。（牵头单位：市住房城乡建设局）\n"
            : Plan;
        string Draft(string text, string folderName)
        {
            using var folder = new TempFolder();
            var path = Path.Combine(folder.Path, "2024年" + name);
            File.WriteAllBytes(path, System.Text.Encoding.GetEncoding(encoding).GetBytes(text));
            var output = Path.Combine(folder.Path, folderName);
            var r = Support.Cli.Run("draft", "--from", path, "--out", output, "--id", "city");
            Assert.True(r.Exit == 0, r.Err);
            var ledger = LedgerReader.Read(output);
            return string.Join("\n", ledger.Targets.Select(t => $"{t.Id} {t.Kind.Name} {t.Value} {t.Unit} {t.Deadline}"));
        }

        var half = Draft(source, "half");
        Assert.Equal(half, Draft(string.Concat(source.Select(c => char.IsAsciiDigit(c) ? (char)(c - '0' + '０') : c)), "full"));
        Assert.NotEmpty(half);
    }

    [Fact]
    public void Draft_FileInNoKnownEncoding_IsRefusedSayingToSaveAsUtf8()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "plan.txt");
        File.WriteAllBytes(path, [0x31, 0x2E, 0x81, 0x20, 0x0A]);
        var r = Support.Cli.Run("draft", "--from", path, "--out", Path.Combine(folder.Path, "out"));
        Assert.Equal(1, r.Exit);
        Assert.Contains("plan.txt: encoding not recognised: save as UTF-8", r.Err, StringComparison.Ordinal);
    }
}
