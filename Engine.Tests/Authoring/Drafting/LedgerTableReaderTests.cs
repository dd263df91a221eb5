using Engine.Rules.Authoring;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Authoring;

/// <summary>A ledger laid out as a CSV table: named columns, merged cells left empty, units split, bad rows located.</summary>
public class LedgerTableReaderTests
{
    private static (IReadOnlyList<DraftRow> Rows, IReadOnlyList<Problem> Problems) Read(string csv)
    {
        using var folder = new TempFolder();
        return LedgerTableReader.Read(folder.File("ledger.csv", csv));
    }

    [Fact]
    public void Read_Table_GivesRowsWithEmptyCellsRepeatingTheOneAbove()
    {
        var (rows, problems) = Read("""
            指标名称,牵头单位,责任单位,举措,序号,工作任务,备注
            （一）市场准入,市市场监督管理局,"市相关单位、各县（市、区）人民政府（管委会）",1.深化市场准入准营制度改革,（1）,便利企业分支机构信息变更。,
            ,市发展和改革局,市相关单位,,2,落实全国统一市场准入负面清单。,
            （二）办理建筑许可,市住房和城乡建设局,市政务服务数据管理局,6.优化投资项目审批审核服务,15,审批时间控制在10个工作日以内。,属于“营商环境评价”指标
            """);

        Assert.Empty(problems);
        Assert.Equal(
            [
                ("一", "市场准入", 1, "深化市场准入准营制度改革", 1),
                ("一", "市场准入", 1, "深化市场准入准营制度改革", 2),
                ("二", "办理建筑许可", 6, "优化投资项目审批审核服务", 15),
            ],
            rows.Select(r => (r.AreaNo, r.AreaName, r.MeasureNo, r.MeasureName, r.TaskNo)));
        Assert.Equal(["市相关单位", "各县（市、区）人民政府（管委会）"], rows[0].Responsible);
        Assert.Equal(["市发展和改革局"], rows[1].Lead);
        Assert.Equal(["市相关单位"], rows[1].Responsible);
        Assert.Equal("审批时间控制在10个工作日以内。", rows[2].Text);
        Assert.Equal([null, null, "属于“营商环境评价”指标"], rows.Select(r => r.Remark));
    }

    [Fact]
    public void Read_EnglishHeadersAndNoMeasureColumn_NumbersMeasuresByArea()
    {
        var (rows, problems) = Read("""
            area,lead,responsible,no,text
            （一）市场准入,市甲局,市乙局,1,任务一。
            ,,,2,任务二。
            （二）获得电力,市丙局,/,3,任务三。
            """);

        Assert.Empty(problems);
        Assert.Equal([("市场准入", 1, "市场准入"), ("市场准入", 1, "市场准入"), ("获得电力", 2, "获得电力")], rows.Select(r => (r.AreaName, r.MeasureNo, r.MeasureName)));
        Assert.Equal(["市甲局"], rows[1].Lead);
        Assert.Empty(rows[2].Responsible);
    }

    [Fact]
    public void Read_AreaWithoutNumber_KeepsTheCellAsNumberAndName()
    {
        var (rows, _) = Read("""
            序号,工作任务,指标名称
            1,任务。,营商环境
            2,任务。,
            """);

        Assert.All(rows, r => Assert.Equal(("营商环境", "营商环境"), (r.AreaNo, r.AreaName)));
    }

    [Fact]
    public void Read_NoAreaColumn_FilesTasksUnderUnclassified()
    {
        var (rows, _) = Read("""
            序号,工作任务
            7,任务。
            """);

        var row = Assert.Single(rows);
        Assert.Equal(("未分类", "未分类", 7), (row.AreaNo, row.AreaName, row.TaskNo));
        Assert.Empty(row.Lead);
    }

    [Fact]
    public void Read_MultiLineTaskCell_IsJoined()
    {
        var (rows, _) = Read("序号,工作任务\n1,\"第一行\n第二行。\"\n");
        Assert.Equal("第一行第二行。", Assert.Single(rows).Text);
    }

    [Fact]
    public void Read_RowWithoutTextOrNumber_IsAProblemAtItsLine()
    {
        var (rows, problems) = Read("""
            序号,工作任务
            1,任务一。
            2,
            三,任务三。

            4,任务四。
            """);

        Assert.Equal([1, 4], rows.Select(r => r.TaskNo));
        Assert.Equal(
            [("ledger.csv", 3, "工作任务", "the row has no task text"), ("ledger.csv", 4, "序号", "序号 \"三\" holds no task number")],
            problems.Select(p => (p.Source, p.Line, p.Field, p.Message)));
    }

    [Fact]
    public void Read_HeaderWithoutRequiredColumns_IsOneProblemNamingThem()
    {
        var (rows, problems) = Read("""
            指标名称,牵头单位
            （一）市场准入,市甲局
            """);

        Assert.Empty(rows);
        var p = Assert.Single(problems);
        Assert.Equal(("ledger.csv", 1, "序号,工作任务"), (p.Source, p.Line, p.Field));
        Assert.Equal("the header has no column 序号, 工作任务; found: 指标名称, 牵头单位", p.Message);
    }

    [Theory]
    [InlineData("市甲局、市乙局", new[] { "市甲局", "市乙局" })]
    [InlineData("市甲局，市乙局;市丙局；市丁局,市戊局", new[] { "市甲局", "市乙局", "市丙局", "市丁局", "市戊局" })]
    [InlineData("各县（市、区）人民政府、市甲局", new[] { "各县（市、区）人民政府", "市甲局" })]
    [InlineData("各县(市、区)人民政府", new[] { "各县(市、区)人民政府" })]
    [InlineData("市各有关单位（按职责分工）", new[] { "市各有关单位" })]
    [InlineData("市甲局、（各部门按职责分工）市乙局", new[] { "市甲局", "市乙局" })]
    [InlineData("市甲\n局", new[] { "市甲局" })]
    [InlineData(" 市甲局 、 ", new[] { "市甲局" })]
    [InlineData("/", new string[0])]
    [InlineData("", new string[0])]
    public void Units_Cell_SplitsOnSeparatorsOutsideBrackets(string cell, string[] expected) =>
        Assert.Equal(expected, LedgerTableReader.Units(cell));
}
