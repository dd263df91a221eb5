using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using Engine.Output.Xlsx;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Output.Xlsx;

/// <summary>What the workbook tells a spreadsheet program about printing, colouring and row heights, read back with Open XML.</summary>
public class XlsxPrintTests
{
    [Fact]
    public void Write_EverySheet_PrintsOnLandscapeA4OnePageWide()
    {
        using var workbook = AssessedWorkbook.Bundled();
        foreach (var name in workbook.SheetNames)
        {
            var sheet = workbook.Sheet(name);
            var setup = sheet.GetFirstChild<PageSetup>();
            Assert.NotNull(setup);
            Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
            Assert.Equal(9u, setup.PaperSize!.Value);
            Assert.Equal(1u, setup.FitToWidth!.Value);
            Assert.Equal(0u, setup.FitToHeight!.Value);
            Assert.True(sheet.GetFirstChild<SheetProperties>()?.PageSetupProperties?.FitToPage?.Value, $"{name}: fitToPage");
            var margins = sheet.GetFirstChild<PageMargins>();
            Assert.NotNull(margins);
            Assert.InRange(margins.Left!.Value, 0.2, 0.75);
            Assert.InRange(margins.Bottom!.Value, 0.2, 1.0);
        }
    }

    [Fact]
    public void Write_EverySheet_FooterNumbersThePagesAndGivesTheAsOfDate()
    {
        using var workbook = AssessedWorkbook.Bundled();
        foreach (var name in workbook.SheetNames)
        {
            var footer = workbook.Sheet(name).GetFirstChild<HeaderFooter>()?.OddFooter?.Text;
            Assert.NotNull(footer);
            Assert.Contains("&C第 &P 页，共 &N 页", footer, StringComparison.Ordinal);
            Assert.Contains("&R截至2023年6月30日", footer, StringComparison.Ordinal);
            Assert.Contains("&L2023年湛江市优化营商环境行动工作任务台账", footer, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Write_LedgerSheet_RepeatsItsHeaderRowOnEveryPage()
    {
        using var workbook = AssessedWorkbook.Bundled();
        var titles = Assert.Single(workbook.Document.WorkbookPart!.Workbook.Descendants<DefinedName>());
        Assert.Equal(XlsxWorkbook.PrintTitles, titles.Name!.Value);
        Assert.Equal(1u, titles.LocalSheetId!.Value);
        Assert.Equal("'评估'!$2:$2", titles.Text);
        Assert.Equal("评估情况（请选择）", workbook.Texts("评估")[1][9]);
    }

    [Fact]
    public void Write_SeveralEntities_EachLedgerSheetHasItsPrintTitles()
    {
        using var folder = new TempFolder();
        var figures = folder.File("f.csv", "target,as_of,value,entity\n20.1,2023-06-30,10,赤坎区\n20.1,2023-06-30,2,O'Brien\n");
        using var workbook = AssessedWorkbook.Evaluated(figures);
        var titles = workbook.Document.WorkbookPart!.Workbook.Descendants<DefinedName>().Select(d => (d.LocalSheetId!.Value, d.Text)).ToList();
        Assert.Equal([(1u, "'O''Brien'!$2:$2"), (2u, "'赤坎区'!$2:$2")], titles);
    }

    [Fact]
    public void Write_SeveralDates_EachSheetTitledFootedAndPrintTitledWithItsOwnDate()
    {
        using var workbook = AssessedWorkbook.Bundled("--as-of", "2023-03-31,2023-06-30");
        Assert.Equal(["汇总", "评估 03-31", "评估 06-30"], workbook.SheetNames);
        Assert.EndsWith("（截至2023年3月31日）", workbook.Texts("评估 03-31")[0][0], StringComparison.Ordinal);
        Assert.EndsWith("&R截至2023年3月31日", workbook.Sheet("评估 03-31").GetFirstChild<HeaderFooter>()!.OddFooter!.Text, StringComparison.Ordinal);
        Assert.EndsWith("&R截至2023年6月30日", workbook.Sheet("评估 06-30").GetFirstChild<HeaderFooter>()!.OddFooter!.Text, StringComparison.Ordinal);
        var titles = workbook.Document.WorkbookPart!.Workbook.Descendants<DefinedName>().Select(d => (d.LocalSheetId!.Value, d.Text)).ToList();
        Assert.Equal([(1u, "'评估 03-31'!$2:$2"), (2u, "'评估 06-30'!$2:$2")], titles);

        // 汇总: the table by assessment names each with its date and sheet, and a section follows for each.
        var first = workbook.Texts("汇总").Select(r => r.FirstOrDefault() ?? "").ToList();
        Assert.Equal(2, first.Count(t => t == "评估（截至2023年3月31日）"));
    }

    [Fact]
    public void Write_LongEntityNames_FitInSheetNamesWithTheFullNameInTheTitleRow()
    {
        const string Stem = "湛江经济技术开发区管理委员会经济发展局下属产业园区服务中心";
        using var folder = new TempFolder();
        var figures = folder.File("f.csv", $"target,as_of,value,entity\n20.1,2023-06-30,10,{Stem}东海岛片区\n20.1,2023-06-30,2,{Stem}硇洲岛片区\n");
        using var workbook = AssessedWorkbook.Evaluated(figures);
        var ledgers = workbook.SheetNames.Skip(1).ToList();
        Assert.Equal(2, ledgers.Count);
        Assert.All(ledgers, n => Assert.True(n.Length <= 31, n));
        Assert.EndsWith("东海岛片区", ledgers[0], StringComparison.Ordinal);
        Assert.EndsWith("硇洲岛片区", ledgers[1], StringComparison.Ordinal);
        Assert.StartsWith($"{Stem}东海岛片区　", workbook.Texts(ledgers[0])[0][0], StringComparison.Ordinal);
        Assert.EndsWith("（截至2023年6月30日）", workbook.Texts(ledgers[0])[0][0], StringComparison.Ordinal);

        // 汇总 lists which sheet holds which entity.
        var byEntity = workbook.Texts("汇总").SkipWhile(r => r.FirstOrDefault() != "按主体").Skip(1).TakeWhile(r => r.Count > 0).ToList();
        Assert.Equal("工作表", byEntity[0][^1]);
        Assert.Equal([($"{Stem}东海岛片区", ledgers[0]), ($"{Stem}硇洲岛片区", ledgers[1])], byEntity.Skip(1).Select(r => (r[0], r[^1])));
    }

    [Fact]
    public void Write_StatusColumn_IsColouredByItsValueWithARulePerLabel()
    {
        using var workbook = AssessedWorkbook.Bundled();
        var sheet = workbook.Sheet("评估");
        var formatting = Assert.Single(sheet.Descendants<ConditionalFormatting>());
        Assert.Equal("J3:J474", formatting.SequenceOfReferences!.InnerText);
        var rules = formatting.Elements<ConditionalFormattingRule>().ToList();
        var labels = StatusLabels.Default;
        Assert.Equal(Statuses.Order.Select(s => $"\"{labels.For(s)}\""), rules.Select(r => r.GetFirstChild<Formula>()!.Text));
        Assert.All(rules, r => Assert.Equal(ConditionalFormatValues.CellIs, r.Type!.Value));
        Assert.All(rules, r => Assert.Equal(ConditionalFormattingOperatorValues.Equal, r.Operator!.Value));

        // Each rule's differential format fills with its status's colour from the library.
        var differential = workbook.Styles.DifferentialFormats!.Elements<DifferentialFormat>().ToList();
        var colours = rules.Select(r => differential[(int)r.FormatId!.Value].Fill!.PatternFill!.BackgroundColor!.Rgb!.Value).ToList();
        Assert.Equal(Statuses.InDisplayOrder.Select(s => s.Fill), colours);

        // The label cells themselves carry no fill, so a label changed in the dropdown takes its rule's colour.
        var formats = workbook.Styles.CellFormats!.Elements<CellFormat>().ToList();
        var labelStyles = sheet.Descendants<Row>().Skip(2).Select(r => r.Elements<Cell>().ElementAt(9).StyleIndex!.Value).Distinct();
        Assert.All(labelStyles, s => Assert.Equal(0u, formats[(int)s].FillId!.Value));
    }

    [Fact]
    public void Write_LedgerRows_AreTallEnoughForTheirLongestWrappedText()
    {
        using var workbook = AssessedWorkbook.Bundled();
        var sheet = workbook.Sheet("评估");
        var widths = sheet.Descendants<Column>().ToDictionary(c => (int)c.Min!.Value, c => c.Width!.Value);
        var rows = sheet.Descendants<Row>().Skip(1).ToList();
        var lineCounts = new List<int>();
        foreach (var row in rows)
        {
            Assert.True(row.CustomHeight?.Value, $"row {row.RowIndex}: customHeight");
            var cells = row.Elements<Cell>().ToList();
            var lines = new[] { 0, 1, 2, 4, 5, 6 }.Max(i => XlsxRowHeight.Lines(cells[i].InnerText, widths[i + 1]));
            Assert.True(row.Height!.Value >= lines * XlsxRowHeight.LinePoints, $"row {row.RowIndex}: {row.Height.Value} pt for {lines} lines");
            lineCounts.Add(lines);
        }

        // The explanations do wrap: the tallest rows take many lines, and rows differ.
        Assert.True(lineCounts.Max() >= 5, $"longest row takes {lineCounts.Max()} lines");
        Assert.True(rows.Select(r => r.Height!.Value).Distinct().Count() > 3);
    }

    [Fact]
    public void Write_BodyCells_WrapAndAlignTop()
    {
        using var workbook = AssessedWorkbook.Bundled();
        var formats = workbook.Styles.CellFormats!.Elements<CellFormat>().ToList();
        var row = workbook.Sheet("评估").Descendants<Row>().ElementAt(2);
        foreach (var i in new[] { 0, 4, 5, 6 })
        {
            var alignment = formats[(int)row.Elements<Cell>().ElementAt(i).StyleIndex!.Value].Alignment!;
            Assert.True(alignment.WrapText?.Value);
            Assert.Equal(VerticalAlignmentValues.Top, alignment.Vertical!.Value);
        }
    }

    [Fact]
    public void Summary_SingleEntity_HasNoColumnRepeatingTheEntity()
    {
        using var workbook = AssessedWorkbook.Bundled();
        var rows = workbook.Texts("汇总");
        Assert.DoesNotContain(rows.SelectMany(r => r), t => t == "评估");
        Assert.Equal("2023年湛江市优化营商环境行动工作任务台账（截至2023年6月30日）", rows[0][0]);
        Assert.DoesNotContain(rows, r => r.FirstOrDefault() == "按主体");
    }

    [Fact]
    public void Summary_Rates_AreTheRowsCountsOverItsTasksAsPercentCells()
    {
        using var workbook = AssessedWorkbook.Bundled();
        var sheet = workbook.Sheet("汇总");
        var rows = sheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
        var header = rows.First(r => r.Count > 0 && r[0].InnerText == "指标名称").Select(c => c.InnerText).ToList();
        Assert.Equal(["指标名称", "已完成", "逾期完成", "序时推进", "进度滞后", "未完成", "待报送", "未按期报送", "合计", "完成率", "滞后率", "未报送率"], header);
        var counted = rows.Where(r => r.Count == header.Count && int.TryParse(r[1].InnerText, CultureInfo.InvariantCulture, out _)).ToList();
        Assert.True(counted.Count > 19 + 1 + 40, $"{counted.Count} rows with counts");
        var percent = workbook.Styles.CellFormats!.Elements<CellFormat>().ToList();
        var formatCode = workbook.Styles.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value);
        foreach (var r in counted)
        {
            var n = r.Take(9).Skip(1).Select(c => decimal.Parse(c.InnerText, CultureInfo.InvariantCulture)).ToList();
            var (achieved, late, lagging, missed, noData, tasks) = (n[0], n[1], n[3], n[4], n[5], n[7]);
            Assert.Equal(n.Take(6).Sum(), tasks);
            Assert.Equal(Round((achieved + late) / tasks), Rate(r[9]));
            Assert.Equal(Round((lagging + missed) / tasks), Rate(r[10]));
            Assert.Equal(Round(noData / tasks), Rate(r[11]));
            Assert.All(r.Skip(9), c => Assert.Equal("0.0%", formatCode[percent[(int)c.StyleIndex!.Value].NumberFormatId!.Value]));
        }

        // The area table ends with the ledger's total: 472 tasks, two achieved.
        var total = counted.First(r => r[0].InnerText == "合计");
        Assert.Equal("472", total[8].InnerText);
        Assert.Equal(Round(2m / 472), Rate(total[9]));
    }

    [Fact]
    public void Summary_AreaTotal_GivesTheRatesOfTheWholeLedger()
    {
        using var workbook = AssessedWorkbook.Of(AliasedUnitsLedger.Assessed());
        var rows = workbook.Texts("汇总");
        var byArea = rows.SkipWhile(r => r.FirstOrDefault() != "按指标").Skip(2).TakeWhile(r => r.Count > 0).ToList();

        // Four tasks: one on track, two lagging, one without a figure.
        Assert.Equal(["合计", "0", "0", "1", "2", "0", "1", "4", "0", "0.5", "0.25"], byArea[^1]);
    }

    [Fact]
    public void Summary_SeveralEntities_ASectionEachAndATableByEntity()
    {
        using var folder = new TempFolder();
        var figures = folder.File("f.csv", "target,as_of,value,entity\n20.1,2023-06-30,10,赤坎区\n20.1,2023-06-30,2,霞山区\n");
        using var workbook = AssessedWorkbook.Evaluated(figures);
        var first = workbook.Texts("汇总").Select(r => r.FirstOrDefault() ?? "").ToList();
        Assert.Contains("按主体", first);
        Assert.Equal(2, first.Count(t => t == "按指标"));
        Assert.True(first.IndexOf("赤坎区") < first.IndexOf("霞山区"));
        Assert.Equal(first.IndexOf("赤坎区", first.IndexOf("按主体") + 3) + 1, first.IndexOf("按指标"));
    }

    private static decimal Rate(Cell cell) => Round(decimal.Parse(cell.InnerText, NumberStyles.Float, CultureInfo.InvariantCulture));

    private static decimal Round(decimal rate) => Math.Round(rate, 12);
}
