using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Figures;

/// <summary>
/// Reads figures from a workbook (the filled-in template, or any sheet with the figure columns): the first sheet
/// whose header names target, as_of and value. Rows whose date and value are both empty are the template's
/// unfilled lines and are not figures. Problems name the sheet, row and column.
/// </summary>
internal static class XlsxFigureReader
{
    public static void Read(string path, string displayName, IFigureSink intake)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(path, isEditable: false);
        }
        catch (Exception e) when (e is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or IOException or FileFormatException)
        {
            throw new FigureFileException(new Problem(displayName, 0, 0, "", $"not a readable .xlsx workbook: {e.Message}") { Code = ProblemCodes.UnreadableFile });
        }

        using (document)
        {
            var workbook = document.WorkbookPart ?? throw new FigureFileException(new Problem(displayName, 0, 0, "", "the workbook has no sheets") { Code = ProblemCodes.UnreadableFile });
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            foreach (var sheet in workbook.Workbook.Descendants<Sheet>())
            {
                var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
                var rows = part.Worksheet.Descendants<Row>().ToList();
                var header = rows.FirstOrDefault(r => r.Elements<Cell>().Any(c => XlsxCells.Text(c, strings) is { Length: > 0 }));
                if (header is null)
                {
                    continue;
                }

                var columns = FigureColumns.Map(XlsxCells.Row(header, strings));
                if (FigureColumns.Missing(columns).Count > 0)
                {
                    continue;
                }

                ReadSheet(rows.SkipWhile(r => r != header).Skip(1), columns, strings, $"{displayName}!{sheet.Name}", intake);
                return;
            }

            throw new FigureFileException(new Problem(displayName, 0, 0, string.Join(",", FigureColumns.Required), "no sheet has a header row naming target (目标编号), as_of (截至日期) and value (报送值)") { Code = ProblemCodes.MissingColumn });
        }
    }

    private static void ReadSheet(IEnumerable<Row> rows, Dictionary<string, int> columns, List<string> strings, string source, IFigureSink intake)
    {
        foreach (var row in rows)
        {
            var cells = XlsxCells.Row(row, strings);
            string? Get(string field) => columns.TryGetValue(field, out var c) && c <= cells.Count && cells[c - 1].Length > 0 ? cells[c - 1] : null;
            var asOf = Get(FigureColumns.AsOf);
            var value = Get(FigureColumns.Value);
            if (asOf is null && value is null)
            {
                continue;
            }

            intake.Add(new RawFigure(source, (int)(row.RowIndex?.Value ?? 0), Get(FigureColumns.Target), AsDate(asOf), value)
            {
                Unit = Get(FigureColumns.Unit),
                Entity = Get(FigureColumns.Entity),
                ReportedBy = Get(FigureColumns.ReportedBy),
                Note = Get(FigureColumns.Note),
                Columns = columns,
            });
        }
    }

    /// <summary>A date cell holds a serial number; text dates pass through for the intake to judge.</summary>
    private static string? AsDate(string? cell)
    {
        if (cell is not null && double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466 && serial == Math.Floor(serial))
        {
            return IsoDate.Format(DateOnly.FromDateTime(DateTime.FromOADate(serial)));
        }

        return cell;
    }
}
