using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Figures.Readers;

/// <summary>Workbooks as Excel and WPS save them (issue 14): number formats, title rows, text dates.</summary>
public class XlsxFigureReaderTests
{
    // Cell styles of the test workbook: 0 general, 1 a built-in date, 2 built-in 0.00%, 3 a number shown with "%"
    // beside it (the template's), 4 a Chinese custom date, 5 a custom percent.
    private const uint General = 0, BuiltInDate = 1, Percent = 2, PercentShown = 3, ChineseDate = 4, CustomPercent = 5;

    private static readonly double June30 = new DateTime(2023, 6, 30).ToOADate();

    [Fact]
    public void Read_TitleRowsAboveTheHeader_AndCellsReadAsShown()
    {
        using var folder = new TempFolder();
        var path = Workbook(folder, [
            [Text("2023年第二季度指标报送表")],
            [],
            [Text("目标编号"), Text("报送截至日期"), Text("报送值"), Text("填报主体"), Text("")],
            [Text("20.1"), Number(June30, BuiltInDate), Number(0.1234, Percent), Text("赤坎区")],
            [Text("30.1"), Number(June30, ChineseDate), Number(50, PercentShown), Text("赤坎区")],
            [Text("47.2"), Number(20230630), Number(4.5), Text("赤坎区")],
            [Text("101.1"), Text("2023/6/30"), Text("1,234"), Text("赤坎区")],
            [Text("20.1"), Text(""), Text(""), Text("赤坎区")],
        ]);

        var set = FigureFiles.Read(path, FigureLedger.Ledger, keepRows: true);
        Assert.Empty(set.Rejected);
        var june30 = new DateOnly(2023, 6, 30);
        Assert.Equal(12.34m, set.InForce("赤坎区", "20.1", june30)!.Value);
        Assert.Equal(50m, set.InForce("赤坎区", "30.1", june30)!.Value);
        Assert.Equal(4.5m, set.InForce("赤坎区", "47.2", june30)!.Value);
        Assert.Equal(1234m, set.InForce("赤坎区", "101.1", june30)!.Value);
        Assert.Equal(1, set.Blank);
        Assert.Equal("f.xlsx!填报", set.All("赤坎区", "20.1")[0].Source);
        Assert.Equal(4, set.All("赤坎区", "20.1")[0].Line);
    }

    [Fact]
    public void Read_PercentCellOnATargetNotInPercent_IsRefused()
    {
        using var folder = new TempFolder();
        var path = Workbook(folder, [
            [Text("target"), Text("as_of"), Text("value")],
            [Text("101.1"), Number(June30, BuiltInDate), Number(0.5, CustomPercent)],
        ]);

        var problem = Assert.Single(FigureFiles.Read(path, FigureLedger.Ledger).Rejected);
        Assert.Equal(("f.xlsx!填报", 2, 3, ProblemCodes.UnitMismatch), (problem.Source, problem.Line, problem.Column, problem.Code));
        Assert.Equal("value \"50%\" is a percentage; target 101.1 is in 家, not %", problem.Message);
    }

    [Fact]
    public void Read_NumberInADateColumnWithoutADateFormat_SaysItLooksLikeASerialDate()
    {
        using var folder = new TempFolder();
        var path = Workbook(folder, [
            [Text("target"), Text("as_of"), Text("value")],
            [Text("20.1"), Number(June30), Number(12)],
        ]);

        var problem = Assert.Single(FigureFiles.Read(path, FigureLedger.Ledger).Rejected);
        Assert.Equal((2, 2, ProblemCodes.BadDate), (problem.Line, problem.Column, problem.Code));
        Assert.Contains("looks like an Excel serial date; format the column as a date", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderBelowTheTenthRow_IsNotLookedFor()
    {
        using var folder = new TempFolder();
        var path = Workbook(folder, [.. Enumerable.Range(0, 10).Select(_ => (Cell[])[Text("说明")]), [Text("target"), Text("as_of"), Text("value")]]);
        var e = Assert.Throws<FigureFileException>(() => FigureFiles.Read(path, FigureLedger.Ledger));
        Assert.Equal(ProblemCodes.MissingColumn, e.Problem.Code);
        Assert.Contains("within its first 10 rows", e.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateHeaderInASheet_IsALocatedError()
    {
        using var folder = new TempFolder();
        var path = Workbook(folder, [
            [Text("标题")],
            [Text("目标编号"), Text("截至日期"), Text("报送值"), Text("备注"), Text("备注")],
        ]);
        var e = Assert.Throws<FigureFileException>(() => FigureFiles.Read(path, FigureLedger.Ledger));
        Assert.Equal(("f.xlsx!填报", 2, 5, ProblemCodes.DuplicateColumn), (e.Problem.Source, e.Problem.Line, e.Problem.Column, e.Problem.Code));
    }

    [Fact]
    public void Read_PercentCellBeyondDecimal_IsARejectedRowNotAnOverflow()
    {
        using var folder = new TempFolder();
        var path = Workbook(folder, [
            [Text("target"), Text("as_of"), Text("value")],
            [Text("20.1"), Number(June30, BuiltInDate), Number(1e27, Percent)],
        ]);

        var problem = Assert.Single(FigureFiles.Read(path, FigureLedger.Ledger).Rejected);
        Assert.Equal(("f.xlsx!填报", 2, 3, ProblemCodes.BadNumber), (problem.Source, problem.Line, problem.Column, problem.Code));
    }

    [Fact]
    public void Read_DamagedPartInsideAWholePackage_IsRefusedNamingTheFile()
    {
        // The package opens; the workbook part is parsed only when first used, and is not XML.
        using var folder = new TempFolder();
        var path = Workbook(folder, [[Text("target"), Text("as_of"), Text("value")]]);
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
        {
            zip.GetEntry("xl/workbook.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            writer.Write("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets");
        }

        var e = Assert.Throws<FigureFileException>(() => FigureFiles.Read(path, FigureLedger.Ledger));
        Assert.Equal(("f.xlsx", ProblemCodes.UnreadableFile), (e.Problem.Source, e.Problem.Code));
        Assert.StartsWith("not a readable .xlsx workbook", e.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SheetEntryNamingNoPart_IsPassedOver()
    {
        using var folder = new TempFolder();
        var path = Workbook(folder, [[Text("target"), Text("as_of"), Text("value")], [Text("20.1"), Text("2023-06-30"), Text("12")]]);
        using (var document = SpreadsheetDocument.Open(path, isEditable: true))
        {
            document.WorkbookPart!.Workbook.Sheets!.InsertAt(new Sheet { Id = "rIdMissing", SheetId = 9, Name = "空" }, 0);
        }

        var set = FigureFiles.Read(path, FigureLedger.Ledger);
        Assert.Equal((1, 0), (set.Read, set.Rejected.Count));
    }

    [Theory]
    [InlineData("0%", "Percent")]
    [InlineData("0.00%;[Red]-0.00%", "Percent")]
    [InlineData("General\"%\"", "Plain")]
    [InlineData("0\\%", "Plain")]
    [InlineData("yyyy\"年\"m\"月\"d\"日\"", "Date")]
    [InlineData("[$-804]yyyy/m/d", "Date")]
    [InlineData("#,##0.00", "Plain")]
    public void OfCode_NumberFormats_AreReadAsShown(string code, string kind) =>
        Assert.Equal(kind, XlsxNumberFormats.OfCode(code).ToString());

    private static Cell Text(string text) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)) };

    private static Cell Number(double value, uint style = General) =>
        new() { CellValue = new CellValue(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)), StyleIndex = style };

    /// <summary>A one-sheet workbook "填报" with the rows given from row 1, the first row's A1:D1 merged as a title.</summary>
    internal static string Workbook(TempFolder folder, Cell[][] rows, string name = "f.xlsx")
    {
        var path = Path.Combine(folder.Path, name);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = "General\"%\"" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "yyyy\"年\"m\"月\"d\"日\"" },
                new NumberingFormat { NumberFormatId = 166, FormatCode = "0.0%" }) { Count = 3 },
            new Fonts(new Font()) { Count = 1 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 166, ApplyNumberFormat = true }) { Count = 6 });
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
            {
                rows[r][c].CellReference = $"{(char)('A' + c)}{r + 1}";
                row.Append(rows[r][c]);
            }

            data.Append(row);
        }

        sheetPart.Worksheet = new Worksheet(data, new MergeCells(new MergeCell { Reference = "A1:D1" }) { Count = 1 });
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "填报" }));
        return path;
    }
}
