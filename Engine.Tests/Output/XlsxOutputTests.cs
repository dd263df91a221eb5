using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Engine.Tests.Support;

namespace Engine.Tests.Output;

public class XlsxOutputTests
{
    private static void AssertValid(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    private static List<string> SheetNames(SpreadsheetDocument document) =>
        [.. document.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value!)];

    private static Worksheet SheetNamed(SpreadsheetDocument document, string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    [Fact]
    public void EvaluateXlsx_BundledRun_IsAValidWorkbookWithTitleLedgerColumnsDropdownAndColours()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "assessed.xlsx");
        var r = Support.Cli.Run("evaluate", "--format", "xlsx", "--out", path);
        Assert.Equal(0, r.Exit);
        AssertValid(path);

        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        Assert.Equal(["汇总", "评估"], SheetNames(document));
        var sheet = SheetNamed(document, "评估");
        var rows = sheet.Descendants<Row>().ToList();
        Assert.Equal(474, rows.Count);
        Assert.Equal("2023年湛江市优化营商环境行动工作任务台账（截至2023年6月30日）", rows[0].InnerText);
        var header = rows[1].Elements<Cell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["指标名称", "牵头单位", "责任单位", "序号", "工作任务", "落实情况", "存在问题", "存在问题的意见建议", "完成进度（%）", "评估情况（请选择）", "备注", "预警", "未按期报送"], header);
        var alertCells = rows.Skip(2).Select(row => row.Elements<Cell>().ElementAt(11)).Where(c => c.InnerText.Length > 0).ToList();
        Assert.Contains(alertCells, c => c.InnerText == "红色预警");
        Assert.Single(alertCells.Where(c => c.InnerText == "红色预警").Select(c => c.StyleIndex!.Value).Distinct());

        var validation = Assert.Single(sheet.Descendants<DataValidation>());
        Assert.Equal(DataValidationValues.List, validation.Type!.Value);
        Assert.Equal("J3:J474", validation.SequenceOfReferences!.InnerText);
        Assert.Equal("\"已完成,逾期完成,序时推进,进度滞后,未完成,待报送\"", validation.Formula1!.Text);

        // The frozen rows are the title and the header; the filter sits on the header.
        var pane = Assert.Single(sheet.Descendants<Pane>());
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A3", pane.TopLeftCell!.Value);
        Assert.Equal("A2:M2", sheet.Descendants<AutoFilter>().Single().Reference!.Value);

        // Label cells share one style: their colour comes from the conditional formatting on their value (XlsxPrintTests).
        var labels = rows.Skip(2).Select(row => row.Elements<Cell>().ElementAt(9)).ToList();
        Assert.True(labels.Select(c => c.InnerText).Distinct().Count() >= 4);
        Assert.Single(labels.Select(c => c.StyleIndex!.Value).Distinct());
    }

    [Fact]
    public void EvaluateXlsx_SeveralEntities_OneSheetEachPlusSummary()
    {
        using var folder = new TempFolder();
        var figures = folder.File("f.csv", "target,as_of,value,entity\n20.1,2023-06-30,10,赤坎区\n20.1,2023-06-30,2,霞山区\n20.1,2023-06-30,2,a/b:c\n");
        var path = Path.Combine(folder.Path, "a.xlsx");
        Assert.Equal(0, Support.Cli.Run("evaluate", "--figures", figures, "--format", "xlsx", "--out", path).Exit);
        AssertValid(path);
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        Assert.Equal(["汇总", "a_b_c", "赤坎区", "霞山区"], SheetNames(document));

        // The sheet name could not hold the entity's own name; its title row does.
        Assert.StartsWith("a/b:c　2023年湛江市优化营商环境行动工作任务台账", SheetNamed(document, "a_b_c").Descendants<Row>().First().InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_UnitsTable_ByLeadUnitRowsUseCanonicalNamesWithRates()
    {
        using var stream = new MemoryStream();
        Engine.Output.Xlsx.XlsxAssessmentWriter.Write(AliasedUnitsLedger.Assessed(), stream);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var rows = SheetNamed(document, "汇总").Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        var byLead = rows.SkipWhile(r => r.FirstOrDefault() != "按牵头单位").Skip(2).TakeWhile(r => r.Count > 0).ToList();

        // Columns: unit, one per status (已完成, 逾期完成, 序时推进, 进度滞后, 未完成, 待报送), the total, 完成率, 滞后率, 未报送率.
        Assert.Equal(["市市场监督管理局", "市民政局", "市乙局"], byLead.Select(r => r[0]));
        Assert.Equal(["市市场监督管理局", "0", "0", "1", "1", "0", "0", "2", "0", "0.5", "0"], byLead[0]);
        Assert.Equal(["市民政局", "0", "0", "0", "1", "0", "0", "1", "0", "1", "0"], byLead[1]);
        Assert.Equal(["市乙局", "0", "0", "0", "0", "0", "1", "1", "0", "0", "1"], byLead[2]);
    }

    [Fact]
    public void Summary_StaleTasks_HaveAColumnOfTheirOwnAndTheLedgerSheetMarksThem()
    {
        using var stream = new MemoryStream();
        Engine.Output.Xlsx.XlsxAssessmentWriter.Write(StaleFiguresLedger.Assessed(), stream);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var rows = SheetNamed(document, "汇总").Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        var byLead = rows.SkipWhile(r => r.FirstOrDefault() != "按牵头单位").Skip(1).TakeWhile(r => r.Count > 0).ToList();

        // Header: unit, six statuses, 未按期报送, total, three rates; 市甲局 has one stale task of two.
        Assert.Equal(["牵头单位", "已完成", "逾期完成", "序时推进", "进度滞后", "未完成", "待报送", "未按期报送", "合计", "完成率", "滞后率", "未报送率"], byLead[0]);
        Assert.Equal(["市甲局", "0", "0", "1", "1", "0", "0", "1", "2", "0", "0.5", "0"], byLead[1]);
        Assert.Equal(["市乙局", "1", "0", "0", "0", "0", "0", "0", "1", "1", "0", "0"], byLead[2]);

        var sheet = SheetNamed(document, "评估").Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal("未按期报送", sheet[1][^1]);
        Assert.Equal(["是", "", ""], sheet.Skip(2).Select(r => r[^1]));
    }

    [Fact]
    public void EvaluateXlsx_WithoutOut_IsAUsageError() =>
        Assert.Equal(2, Support.Cli.Run("evaluate", "--format", "xlsx").Exit);

    [Fact]
    public void Template_IsValidAndHasOneRowPerTargetWithInputValidation()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "figures.xlsx");
        Assert.Equal(0, Support.Cli.Run("template", "--entity", "赤坎区", "--out", path).Exit);
        AssertValid(path);
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var sheet = SheetNamed(document, "填报");
        var rows = sheet.Descendants<Row>().ToList();
        var targets = Newtonsoft.Json.Linq.JArray.Parse(Support.Cli.Run("targets").Out);
        Assert.Equal(targets.Count + 1, rows.Count);
        var kinds = sheet.Descendants<DataValidation>().Select(v => (v.Type!.Value, v.Formula1!.Text, v.Formula2?.Text)).ToList();
        Assert.Contains(kinds, k => k.Item1 == DataValidationValues.Date);
        Assert.Contains(kinds, k => k.Item1 == DataValidationValues.Decimal && k.Item2 == "0" && k.Item3 == "100");
        Assert.Equal("赤坎区", rows[1].Elements<Cell>().ElementAt(9).InnerText);
    }

    [Fact]
    public void Template_FilledIn_IsReadBackAndBadCellsNameSheetRowAndColumn()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "figures.xlsx");
        Assert.Equal(0, Support.Cli.Run("template", "--out", path).Exit);
        using (var document = SpreadsheetDocument.Open(path, isEditable: true))
        {
            var rows = SheetNamed(document, "填报").Descendants<Row>().ToList();
            var row20 = rows.First(r => r.Elements<Cell>().First().InnerText == "20.1");
            Fill(row20, new DateOnly(2023, 6, 30).ToDateTime(TimeOnly.MinValue).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), "10", numericDate: true);
            Fill(rows[1], "2023-06-30", "一半", numericDate: false);
            document.Save();
        }

        var r = Support.Cli.Run("evaluate", "--figures", path);
        Assert.Equal(0, r.Exit);
        var json = Newtonsoft.Json.Linq.JObject.Parse(r.Out);
        // Every template row is read; the unfilled ones are blank, not rejected.
        Assert.Equal(595, (int)json["figures"]!["read"]!);
        Assert.Equal(593, (int)json["figures"]!["blank"]!);
        Assert.Equal(1, (int)json["figures"]!["used"]!);
        var task = json["assessments"]![0]!["tasks"]!.Single(t => (int)t["no"]! == 20);
        Assert.Equal(10m, (decimal)task["targets"]![0]!["value"]!);
        Assert.Contains("figures.xlsx!填报:2:12 [value]: value \"一半\" is not a number", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_PercentAndMilestoneRows_LeadTheClerkAndReadBackAsTyped()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "figures.xlsx");
        Assert.Equal(0, Support.Cli.Run("template", "--out", path).Exit);
        var ledger = Rules.Ledgers.LedgerReader.Read(BundledPaths.Targets);
        var milestone = ledger.Targets.First(t => t.Kind.MeasuresCompletion);
        using (var document = SpreadsheetDocument.Open(path, isEditable: true))
        {
            var sheet = SheetNamed(document, "填报");
            var rows = sheet.Descendants<Row>().ToList();
            var header = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
            Assert.Equal("目标截止日期", header[7]);
            Assert.Equal("报送截至日期", header[10]);

            // 20.1 is in %: its value cell is a plain number shown with "%" beside it, so 12 is typed for 12%.
            var row20 = rows.First(r => r.Elements<Cell>().First().InnerText == "20.1");
            var valueCell = row20.Elements<Cell>().ElementAt(11);
            var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
            var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)valueCell.StyleIndex!.Value);
            Assert.Equal("General\"%\"", styles.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value);
            Assert.Contains(sheet.Descendants<DataValidation>(), v => v.Prompt?.Value == "填完成百分比（0–100）" && v.SequenceOfReferences!.InnerText!.Contains($"L{rows.IndexOf(rows.First(r => r.Elements<Cell>().First().InnerText == milestone.Id)) + 1}", StringComparison.Ordinal));
            Fill(row20, "2023/6/30", "12", numericDate: false);
            Fill(rows.First(r => r.Elements<Cell>().First().InnerText == milestone.Id), new DateOnly(2023, 6, 30).ToDateTime(TimeOnly.MinValue).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), "50", numericDate: true);
            document.Save();
        }

        AssertValid(path);
        var set = Rules.Figures.FigureFiles.Read(path, ledger, keepRows: true);
        Assert.Empty(set.Rejected);
        Assert.Equal(ledger.Targets.Count - 2, set.Blank);
        var june30 = new DateOnly(2023, 6, 30);
        Assert.Equal(12m, set.InForce("", "20.1", june30)!.Value);
        Assert.Equal(50m, set.InForce("", milestone.Id, june30)!.Value);
    }

    private static void Fill(Row row, string asOf, string value, bool numericDate)
    {
        var cells = row.Elements<Cell>().ToList();
        cells[10].CellValue = new CellValue(asOf);
        cells[10].DataType = numericDate ? null : CellValues.String;
        cells[11].CellValue = new CellValue(value);
        cells[11].DataType = decimal.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _) ? null : CellValues.String;
    }
}
