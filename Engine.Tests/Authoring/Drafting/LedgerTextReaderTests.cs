using Engine.Rules.Authoring;

namespace Engine.Tests.Authoring;

/// <summary>
/// Small hand-written PDF-text extracts in the layout of the ledger table (columns interleaved, cells wrapped by width),
/// read into rows: task numbers, area, measure, lead and responsible units and the text.
/// </summary>
public class LedgerTextReaderTests
{
    private static IReadOnlyList<DraftRow> Read(string text) => LedgerTextReader.Read(text.Split('\n'));

    private static readonly string Extract = """
        附　件
        2023年湛江市优化营商环境行动工作任务台账
        指标名称 牵头单位 责任单位 序号 工作任务
        落实
        情况
        备注
        （一）市
        场准入
        市市场监督
        管理局
        市相关单位、各县（市、
        区）人民政府（管委会） 1.深化市场
        准入准营制
        度改革
        （1）
        便利企业分支机构、连锁门店信息变更。大型企业
        分支机构办理人员、经营范围等不涉及新办许可证
        的信息变更时可实行集中统一办理。
        市发展和改
        革局
        市相关单位 （2）
        落实全国统一市场准入负面清单，企业开办线上业务核准通过率达
        70%以上。
        （二）办
        理建筑许
        可
        市住房和城
        乡建设局
        市政务服务数据管理局
        6.优化投资
        项目审批审
        核服务
        （15）
        社会投资简易低风险工程建设项目审批时间控制在
        10个工作日以内。
        """;

    [Fact]
    public void Read_Extract_GivesOneRowPerTaskNumberInOrder()
    {
        var rows = Read(Extract);
        Assert.Equal([1, 2, 15], rows.Select(r => r.TaskNo));
    }

    [Fact]
    public void Read_Extract_JoinsWrappedTaskTexts()
    {
        var rows = Read(Extract);
        Assert.Equal("便利企业分支机构、连锁门店信息变更。大型企业分支机构办理人员、经营范围等不涉及新办许可证的信息变更时可实行集中统一办理。", rows[0].Text);
        Assert.Equal("落实全国统一市场准入负面清单，企业开办线上业务核准通过率达70%以上。", rows[1].Text);
        Assert.Equal("社会投资简易低风险工程建设项目审批时间控制在10个工作日以内。", rows[2].Text);
    }

    [Fact]
    public void Read_Extract_JoinsWrappedAreaAndMeasureNames()
    {
        var rows = Read(Extract);
        Assert.Equal(
            [("一", "市场准入", 1, "深化市场准入准营制度改革"), ("一", "市场准入", 1, "深化市场准入准营制度改革"), ("二", "办理建筑许可", 6, "优化投资项目审批审核服务")],
            rows.Select(r => (r.AreaNo, r.AreaName, r.MeasureNo, r.MeasureName)));
    }

    [Fact]
    public void Read_Extract_JoinsWrappedLeadUnits()
    {
        var rows = Read(Extract);
        Assert.Equal([["市市场监督管理局"], ["市发展和改革局"], ["市住房和城乡建设局"]], rows.Select(r => r.Lead.ToArray()));
    }

    [Fact]
    public void Read_UnitOnTheTaskNumbersLine_IsTheResponsibleCell()
    {
        var rows = Read(Extract);
        Assert.Equal(["市相关单位"], rows[1].Responsible);
        Assert.Equal(["市政务服务数据管理局"], rows[2].Responsible);
    }

    [Fact]
    public void Read_ResponsibleCellEndingBeforeAMeasure_KeepsTheWholeCell()
    {
        var rows = Read(Extract);
        Assert.Equal(["市相关单位", "各县（市、区）人民政府（管委会）"], rows[0].Responsible);
    }

    [Fact]
    public void Read_LeadAndResponsibleSideBySide_AreSplitAtTheSpace()
    {
        var rows = Read("""
            （三）获得电力
            市发改局 市供电局、各县（市、区）人民政府
            3.压减办电时间
            （20）
            低压小微企业用电报装时间压缩至2个工作日以内。
            """);

        var row = Assert.Single(rows);
        Assert.Equal(("三", "获得电力", 3, "压减办电时间", 20), (row.AreaNo, row.AreaName, row.MeasureNo, row.MeasureName, row.TaskNo));
        Assert.Equal(["市发改局"], row.Lead);
        Assert.Equal(["市供电局", "各县（市、区）人民政府"], row.Responsible);
    }

    [Fact]
    public void Read_UnitsCarryOverToTheNextTaskUntilANewCell()
    {
        var rows = Read("""
            （一）市场准入
            市税务局 市市场监督管理局
            （5）
            全面推广数字化电子发票，引导企业通过电子发票服务平台开具发票。
            （6）
            免费刻制一套5枚印章，向新开办企业免费发放“开业大礼包”。
            """);

        Assert.Equal([5, 6], rows.Select(r => r.TaskNo));
        Assert.All(rows, r => Assert.Equal(["市税务局"], r.Lead));
        Assert.All(rows, r => Assert.Equal(["市市场监督管理局"], r.Responsible));
    }

    [Fact]
    public void Read_RemarkLines_AttachToTheTaskBefore()
    {
        var rows = Read("""
            （十九）展望
            市统计局 市相关单位
            （463）
            全市地区生产总值增长5%以上。
            属于“营商环境评价
            ”总体指标
            """);

        var row = Assert.Single(rows);
        Assert.Equal("属于“营商环境评价”总体指标", row.Remark);
        Assert.Equal("全市地区生产总值增长5%以上。", row.Text);
    }

    [Fact]
    public void Read_PageHeadersBetweenRows_AreDropped()
    {
        var rows = Read("""
            （一）市场准入
            市税务局 市市场监督管理局
            （5）
            全面推广数字化电子发票，引导企业通过电子发票服务
             2023年湛江市优化营商环境行动工作任务台账
            指标名称 牵头单位 责任单位 序号 工作任务
            平台开具发票。
            """);

        Assert.Equal("全面推广数字化电子发票，引导企业通过电子发票服务平台开具发票。", Assert.Single(rows).Text);
    }

    [Fact]
    public void Read_NoTaskNumbers_GivesNoRows() =>
        Assert.Empty(Read("""
            附　件
            指标名称 牵头单位 责任单位 序号 工作任务
            （一）市场准入
            """));

    [Fact]
    public void Read_ExtractInFullWidthDigits_GivesTheSameRows()
    {
        Assert.Equal(Read(Extract).Select(r => (r.TaskNo, r.Text, string.Join("、", r.Lead))), Read(FullWidth(Extract)).Select(r => (r.TaskNo, r.Text, string.Join("、", r.Lead))));
    }

    private static string FullWidth(string text) => string.Concat(text.Select(c => char.IsAsciiDigit(c) ? (char)(c - '0' + '０') : c));
}
