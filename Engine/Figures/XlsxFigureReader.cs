using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Engine.Rules.Figures;
using Engine.Rules.Problems;

namespace Engine.Figures;

/// <summary>
/// Reads figures from a workbook (the filled-in template, or any sheet with the figure columns): the first sheet
/// whose header names target, as_of and value. Rows whose date and value are both empty are the template's
/// unfilled lines and are not figures. Problems name the sheet, row and column.
/// </summary>
public static class XlsxFigureReader
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
            throw new FigureFileException(new Problem(displayName, 0, 0, "", $"not a readable .xlsx workbook: {e.Message}"));
        }

        using (document)
        {
            var workbook = document.WorkbookPart ?? throw new FigureFileException(new Problem(displayName, 0, 0, "", "the workbook has no sheets"));
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            foreach (var sheet in workbook.Workbook.Descendants<Sheet>())
            {
                var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
                var rows = part.Worksheet.Descendants<Row>().ToList();
                var header = rows.FirstOrDefault(r => r.Elements<Cell>().Any(c => Text(c, strings) is { Length: > 0 }));
                if (header is null)
                {
                    continue;
                }

                var columns = FigureColumns.Map(Cells(header, strings));
                if (FigureColumns.Missing(columns).Count > 0)
                {
                    continue;
                }

                ReadSheet(rows.SkipWhile(r => r != header).Skip(1), columns, strings, $"{displayName}!{sheet.Name}", intake);
                return;
            }

            throw new FigureFileException(new Problem(displayName, 0, 0, string.Join(",", FigureColumns.Required), "no sheet has a header row naming target (目标编号), as_of (截至日期) and value (报送值)"));
        }
    }

    private static void ReadSheet(IEnumerable<Row> rows, Dictionary<string, int> columns, List<string> strings, string source, IFigureSink intake)
    {
        foreach (var row in rows)
        {
            var cells = Cells(row, strings);
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
            return DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return cell;
    }

    /// <summary>The row's cell texts by column position (gaps filled with empty strings).</summary>
    private static List<string> Cells(Row row, List<string> strings)
    {
        var result = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var index = ColumnIndex(cell.CellReference?.Value) ?? result.Count + 1;
            while (result.Count < index - 1)
            {
                result.Add("");
            }

            result.Add(Text(cell, strings) ?? "");
        }

        return result;
    }

    private static string? Text(Cell cell, List<string> strings)
    {
        var raw = cell.CellValue?.Text;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Count ? strings[i] : raw;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }

        if (cell.DataType?.Value == CellValues.Date && raw is { Length: >= 10 })
        {
            return raw[..10];
        }

        return raw;
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index;
    }
}
