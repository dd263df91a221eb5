using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Figures;

/// <summary>Every refusal of a figure row is worded in Chinese too, for outputs written under --lang zh.</summary>
public class FigureRefusalWordingTests
{
    private static readonly Ledger Ledger = TempLedger.WithTarget("""
        { "id": "1.1", "metric": "场数", "kind": "at_least", "nature": "cumulative", "value": 10, "unit": "场", "deadline": "2023-06-30" },
        { "id": "1.2", "metric": "进度", "kind": "milestone", "unit": "%" }
        """);

    [Theory]
    [InlineData("", "2023-06-30", "1", "目标编号为空")]
    [InlineData("9.9", "2023-06-30", "1", "台账中没有目标编号“9.9”")]
    [InlineData("1.1", "2023-02-30", "1", "2023-02-30：2023年2月只有28天")]
    [InlineData("1.1", "2023-13-01", "1", "2023-13-01：没有13月")]
    [InlineData("1.1", "45107", "1", "“45107”像是电子表格的日期序号，请把该列设为日期格式（或写成2023-06-30）")]
    [InlineData("1.1", "6/30/2023", "1", "“6/30/2023”无法确定月、日的先后，请把年份写在前面，如2023-06-30")]
    [InlineData("1.1", "2022-12-31", "1", "报送截至日期2022年12月31日早于台账期间开始日2023年1月1日")]
    [InlineData("1.1", "2024-01-05", "1", "报送截至日期2024年1月5日晚于目标1.1的截止日期2023年6月30日和台账期间结束日2023年12月31日")]
    [InlineData("1.1", "2023-06-30", "", "报送值为空")]
    [InlineData("1.1", "2023-06-30", "约12", "报送值“约12”是约数，请只填数字")]
    [InlineData("1.1", "2023-06-30", "十二", "报送值“十二”不是数字")]
    [InlineData("1.1", "2023-06-30", "NaN", "报送值“NaN”不是有限的数")]
    [InlineData("1.1", "2023-06-30", "12%", "报送值“12%”带百分号，但目标1.1的单位是场")]
    [InlineData("1.1", "2023-06-30", "2.5", "目标1.1按整数计（场），实填2.5")]
    [InlineData("1.2", "2023-06-30", "120", "目标1.2填完成百分比（0–100），实填120")]
    public void Reject_EachReason_IsWordedInChineseAndEnglish(string target, string asOf, string value, string zh)
    {
        var intake = new FigureIntake(Ledger);
        intake.Add(new RawFigure("f.csv", 2, target, asOf, value));

        var problem = Assert.Single(intake.Rejected);
        Assert.Equal(zh, problem.MessageIn(Language.Zh));
        Assert.Equal(problem.Message, problem.MessageIn(Language.En));
        Assert.NotEqual(problem.Message, problem.MessageZh);
    }

    [Fact]
    public void Reject_UnitThatDiffers_IsWordedInChinese()
    {
        var intake = new FigureIntake(Ledger);
        intake.Add(new RawFigure("f.csv", 2, "1.1", "2023-06-30", "3") { Unit = "个" });
        Assert.Equal("单位“个”与目标1.1的单位“场”不符", Assert.Single(intake.Rejected).MessageZh);
    }

    [Theory]
    [InlineData("f.csv", "target,as_of,value\n1.1,2023-06-30,1,9\n", "该行有4个单元格，表头有3列")]
    [InlineData("f.csv", "target,as_of,value,\n1.1,2023-06-30,1,备注\n", "第4列表头没有列名，但该行在此列填了“备注”；请给该列命名或清空该单元格")]
    [InlineData("f.json", "[{\"target\": \"1.1\", \"as_of\": \"2023-06-30\", \"valeu\": 1}]", "未知的键“valeu”（是否应为“value”？）")]
    [InlineData("f.json", "[3]", "每条数据须为一个对象")]
    public void Read_RowRefusedByItsReader_IsWordedInChineseToo(string name, string content, string zh)
    {
        using var folder = new TempFolder();
        var set = FigureFiles.Read(folder.File(name, content), Ledger);
        Assert.StartsWith(zh, Assert.Single(set.Rejected).MessageIn(Language.Zh), StringComparison.Ordinal);
    }
}
