using Engine.Rules.Authoring;

namespace Engine.Tests.Authoring;

/// <summary>Plans written as numbered prose: "一、" areas, "（一）" measures, "1." items ending with their units in brackets.</summary>
public class PlanTextReaderTests
{
    private const string Plan = """
        某市优化营商环境三年行动方案

        为进一步优化营商环境，制定本方案。
        一、提升市场准入便利度
        （一）深化商事制度改革
        1.企业开办时间压缩至1个工作日以内。（牵头单位：市市场监管局；配合单位：市税务局、市人力资源社会保障局）
        2.全面推行电子营业执照，到2024年底
        应用率达到90%以上。（牵头单位：市市场监管局）
        （二）优化涉企审批服务
        3.工程建设项目审批时间控制在30个工作日内（责任单位：市住房城乡建设局、市自然资源局）。
        二、强化要素保障
        4．新增市场主体不少于5000户。（牵头单位：市发展改革委；协办单位：各区（县）人民政府、市商务局）
        5、推进政务服务标准化。
        """;

    private static IReadOnlyList<DraftRow> Read(string text) => PlanTextReader.Read(text.Split('\n'));

    [Fact]
    public void Read_Plan_NumbersItemsInReadingOrder()
    {
        var rows = Read(Plan);
        Assert.Equal([1, 2, 3, 4, 5], rows.Select(r => r.TaskNo));
    }

    [Fact]
    public void Read_Plan_StripsTheUnitsAndJoinsWrappedLines()
    {
        var rows = Read(Plan);
        Assert.Equal(
            [
                "企业开办时间压缩至1个工作日以内。",
                "全面推行电子营业执照，到2024年底应用率达到90%以上。",
                "工程建设项目审批时间控制在30个工作日内。",
                "新增市场主体不少于5000户。",
                "推进政务服务标准化。",
            ],
            rows.Select(r => r.Text));
    }

    [Fact]
    public void Read_Plan_TakesLeadAndOtherUnitsFromTheBrackets()
    {
        var rows = Read(Plan);
        Assert.Equal(
            ["市市场监管局 | 市税务局、市人力资源社会保障局", "市市场监管局 | ", "市住房城乡建设局 | 市自然资源局", "市发展改革委 | 各区（县）人民政府、市商务局", " | "],
            rows.Select(r => string.Join("、", r.Lead) + " | " + string.Join("、", r.Responsible)));
        Assert.Equal(2, rows[0].Responsible.Count);
        Assert.Equal([false, false, true, false, false], rows.Select(r => r.LeadGuessed));
    }

    [Fact]
    public void Read_Plan_GivesAreasAndMeasuresNumberedThroughTheDocument()
    {
        var rows = Read(Plan);
        Assert.Equal(
            [
                ("一", "提升市场准入便利度", 1, "深化商事制度改革"),
                ("一", "提升市场准入便利度", 1, "深化商事制度改革"),
                ("一", "提升市场准入便利度", 2, "优化涉企审批服务"),
                ("二", "强化要素保障", 0, ""),
                ("二", "强化要素保障", 0, ""),
            ],
            rows.Select(r => (r.AreaNo, r.AreaName, r.MeasureNo, r.MeasureName)));
    }

    [Fact]
    public void Read_ProseBeforeTheFirstItem_IsNotATask()
    {
        var rows = Read("""
            为进一步优化营商环境，制定本方案。
            总体要求如下，各单位认真落实。
            """);
        Assert.Empty(rows);
    }

    [Fact]
    public void Read_BracketedLineEndingWithUnits_IsNotAMeasure()
    {
        // "（一）" followed by units closes an item (a wrapped line of it), so it opens no measure.
        var rows = Read("""
            一、提升便利度
            1.推行“一网通办”。
            （一）全面推行告知承诺制。（牵头单位：市司法局）
            """);

        var row = Assert.Single(rows);
        Assert.Equal("推行“一网通办”。（一）全面推行告知承诺制。", row.Text);
        Assert.Equal(["市司法局"], row.Lead);
        Assert.Equal((0, ""), (row.MeasureNo, row.MeasureName));
    }

    [Theory]
    [InlineData("1.推进改革。（市发展改革委牵头，市财政局、市商务局等单位按职责分工负责）", "市发展改革委 | 市财政局、市商务局")]
    [InlineData("1.推进改革。（市发展改革委、市财政局牵头，各县（市、区）人民政府配合）", "市发展改革委、市财政局 | 各县（市、区）人民政府")]
    [InlineData("1.推进改革。（省发展改革委牵头）", "省发展改革委 | ")]
    [InlineData("1.推进改革。(牵头单位:市发展改革委;责任单位:市财政局、市商务局)", "市发展改革委 | 市财政局、市商务局")]
    [InlineData("1.推进改革。〔牵头单位：市发展改革委，责任单位：市财政局〕", "市发展改革委 | 市财政局")]
    [InlineData("1.推进改革。【牵头单位：市发展改革委；参与单位：市财政局等】", "市发展改革委 | 市财政局")]
    [InlineData("1.推进改革。（牵头单位：市发展改革委；责任地区：各区、县级市）", "市发展改革委 | 各区、县级市")]
    [InlineData("1.推进改革。（牵头单位：市司法局，配合单位：市商务局、市税务局，各区、县级市）", "市司法局 | 市商务局、市税务局、各区、县级市")]
    [InlineData("1.推进改革。（牵头单位：省自然资源厅；配合单位：各市、县（市、区）人民政府）", "省自然资源厅 | 各市、县（市、区）人民政府")]
    [InlineData("1.推进改革。\n牵头单位：区发改局\n配合单位：区行政审批局、区财政局", "区发改局 | 区行政审批局、区财政局")]
    public void Read_UnitsWrittenAnyWay_GivesLeadAndOthers(string text, string expected)
    {
        var row = Assert.Single(Read(text));
        Assert.Equal(expected, string.Join("、", row.Lead) + " | " + string.Join("、", row.Responsible));
        Assert.Equal("推进改革。", row.Text);
    }

    [Fact]
    public void Read_CompletionTimeLabel_IsTheItemDeadlineAndLeavesTheText()
    {
        var row = Assert.Single(Read("1.新增事项不少于100项。（完成时限：2023年6月）(牵头单位:市局)"));
        Assert.Equal((new DateOnly(2023, 6, 30), "新增事项不少于100项。", "市局"), (row.Deadline!.Value, row.Text, row.Lead[0]));
    }

    [Theory]
    [InlineData("1.推进改革。（牵头单位：市发展改革委）", true)]
    [InlineData("1.推进改革。（市发展改革委牵头，市财政局配合）", true)]
    [InlineData("1.推进改革。\n牵头单位：区发改局", true)]
    [InlineData("1.推进改革（责任单位：市发展改革委；配合单位：市财政局）。", true)]
    [InlineData("1.推进改革。", false)]
    [InlineData("（20） 推进改革。 市发展改革委", false)]
    public void Recognises_UnitsInBrackets_TellsAPlanFromALedger(string text, bool expected) =>
        Assert.Equal(expected, PlanTextReader.Recognises(text));

    [Fact]
    public void Read_PlanInFullWidthDigits_GivesTheSameRows()
    {
        Assert.Equal(Read(Plan).Select(r => (r.TaskNo, r.Text, string.Join("、", r.Lead))), Read(FullWidth(Plan)).Select(r => (r.TaskNo, r.Text, string.Join("、", r.Lead))));
    }

    [Fact]
    public void Read_ItemsNumberedInBracketsOrCircled_AreItemsLikeNumberedOnes()
    {
        var rows = Read("一、目标\n（1）新增事项不少于10项。（市局牵头）\n（2）推进改革。（区局牵头）\n①建设园区3个。（县局牵头）\n②推进改革。（镇政府牵头）");
        Assert.Equal(
            [(1, "新增事项不少于10项。", "市局"), (2, "推进改革。", "区局"), (3, "建设园区3个。", "县局"), (4, "推进改革。", "镇政府")],
            rows.Select(r => (r.TaskNo, r.Text, r.Lead[0])));
    }

    [Fact]
    public void Read_UnnumberedItemsEndingWithTheirUnits_EndAtTheUnits()
    {
        var rows = Read("一、目标\n新增事项不少于10项。（市局牵头）\n推进改革，\n全面完成。（区局牵头）\n（完成时限：2024年6月）");
        Assert.Equal(
            [("新增事项不少于10项。", "市局", (DateOnly?)null), ("推进改革，全面完成。", "区局", new DateOnly(2024, 6, 30))],
            rows.Select(r => (r.Text, r.Lead[0], r.Deadline)));
    }

    private static string FullWidth(string text) => string.Concat(text.Select(c => char.IsAsciiDigit(c) ? (char)(c - '0' + '０') : c));
}
