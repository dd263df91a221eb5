using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Figures;

/// <summary>Cell texts of a worksheet row, by column position, with shared strings resolved.</summary>
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

        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        foreach (var sheet in workbook.Workbook.Descendants<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            yield return (sheet.Name?.Value ?? "", [.. part.Worksheet.Descendants<Row>().Select(r => ((int)(r.RowIndex?.Value ?? 0), Row(r, strings)))]);
        }
    }

    /// <summary>The row's cell texts by column position (gaps filled with empty strings).</summary>
    public static List<string> Row(Row row, List<string> strings)
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

    public static string? Text(Cell cell, List<string> strings)
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
