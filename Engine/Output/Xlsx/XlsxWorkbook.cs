using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Engine.Output.Xlsx;

/// <summary>Writes sheets into a new workbook on a stream; sheet names are made valid and unique.</summary>
internal static class XlsxWorkbook
{
    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    public static void Write(Stream stream, IEnumerable<XlsxSheet> sheets)
    {
        using var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = XlsxStyles.Build();
        var sheetList = new Sheets();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        uint id = 1;
        foreach (var sheet in sheets)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            sheet.WriteTo(part);
            sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = UniqueName(sheet.Name, used) });
        }

        workbookPart.Workbook.Append(sheetList);
    }

    internal static string UniqueName(string wanted, HashSet<string> used)
    {
        var clean = new string([.. wanted.Select(c => Array.IndexOf(Forbidden, c) >= 0 ? '_' : c)]).Trim('\'');
        if (clean.Length == 0)
        {
            clean = "Sheet";
        }

        clean = clean.Length > 31 ? clean[..31] : clean;
        var name = clean;
        for (var n = 2; !used.Add(name); n++)
        {
            var suffix = $" ({n})";
            name = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }

        return name;
    }
}
