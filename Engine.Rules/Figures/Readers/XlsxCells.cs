using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Figures;

/// <summary>
/// Cell texts of a worksheet row, by column position, as a person sees them: shared strings resolved, a number in a
/// date format as its date (YYYY-MM-DD), a number in a percent format as its value × 100 with a % sign (Excel keeps
/// 12% as 0.12), and any other number as its shortest round-trip decimal (what Excel shows for a typed 12.3, not
/// 12.300000000000001). The figure intake then reads these texts like any other file's.
/// </summary>
internal static class XlsxCells
{
    /// <summary>Every sheet of a workbook as rows of cell texts (row number, cells).</summary>
    public static IEnumerable<(string Sheet, List<(int Row, List<string> Cells)> Rows)> Sheets(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart;
        if (workbook is null)
        {
            yield break;
        }

        var strings = SharedStrings(workbook);
        var formats = XlsxNumberFormats.From(workbook);
        foreach (var sheet in workbook.Workbook.Descendants<Sheet>())
        {
            // A chart sheet, or a sheet whose part is missing, has no rows to read.
            if (Worksheet(workbook, sheet) is not { } part)
            {
                continue;
            }

            yield return (sheet.Name?.Value ?? "", [.. part.Worksheet.Descendants<Row>().Select(r => ((int)(r.RowIndex?.Value ?? 0), Row(r, strings, formats)))]);
        }
    }

    /// <summary>The worksheet a sheet entry names, or null for a chart sheet or a dangling entry.</summary>
    public static WorksheetPart? Worksheet(WorkbookPart workbook, Sheet sheet) =>
        sheet.Id?.Value is { } id && workbook.TryGetPartById(id, out var part) ? part as WorksheetPart : null;

    /// <summary>
    /// Whether an exception says the workbook is damaged (a cut or altered file): OpenXml parses each part when it is
    /// first used, so these come from anywhere in a read, not only from opening the package. A missing part is an
    /// <see cref="InvalidOperationException"/> there.
    /// </summary>
    public static bool Damaged(Exception e) =>
        e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or XmlException or InvalidOperationException or ArgumentException;

    /// <summary>The whole workbook refused, naming the file.</summary>
    public static FigureFileException Unreadable(string displayName, Exception e) =>
        new(new Problem(displayName, 0, 0, "", $"not a readable .xlsx workbook: {e.Message}") { Code = ProblemCodes.UnreadableFile });

    public static List<string> SharedStrings(WorkbookPart workbook) =>
        workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];

    /// <summary>The row's cell texts by column position (gaps filled with empty strings).</summary>
    public static List<string> Row(Row row, List<string> strings, XlsxNumberFormats formats)
    {
        var result = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var index = ColumnIndex(cell.CellReference?.Value) ?? result.Count + 1;
            while (result.Count < index - 1)
            {
                result.Add("");
            }

            if (result.Count >= index)
            {
                // Cells out of order or repeated (a hand-made file): the later one takes the place.
                result[index - 1] = Text(cell, strings, formats) ?? "";
                continue;
            }

            result.Add(Text(cell, strings, formats) ?? "");
        }

        return result;
    }

    public static string? Text(Cell cell, List<string> strings, XlsxNumberFormats formats)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Count ? strings[i] : raw;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }

        if (type == CellValues.Date && raw is { Length: >= 10 })
        {
            return raw[..10];
        }

        if ((type is null || type == CellValues.Number) && raw is not null && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return formats.Of(cell) switch
            {
                XlsxNumberKind.Date when number is >= 1 and < 2958466 => IsoDate.Format(DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(number)))),
                XlsxNumberKind.Percent => Percent(number),
                _ => number.ToString("R", CultureInfo.InvariantCulture),
            };
        }

        return raw;
    }

    // Exactly, in decimal, where the percentage fits one; beyond decimal's range (a cell of 1E+27 shown as a
    // percentage) the double's text, which the intake refuses naming the cell, rather than an overflow.
    private static string Percent(double fraction) =>
        decimal.TryParse(fraction.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var exact) && Math.Abs(exact) <= decimal.MaxValue / 100
            ? (exact * 100).ToString("G29", CultureInfo.InvariantCulture) + "%"
            : (fraction * 100).ToString("R", CultureInfo.InvariantCulture) + "%";

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            if (index > 16384)
            {
                return null;
            }
        }

        return index == 0 ? null : index;
    }
}
