using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Engine.Output.Xlsx;

/// <summary>
/// Writes sheets into a new workbook on a stream; sheet names are made valid and unique (<see cref="XlsxSheetNames"/>),
/// and each sheet with a header row gets it as print titles, repeated at the top of every printed page.
/// </summary>
internal static class XlsxWorkbook
{
    /// <summary>The defined name Excel, LibreOffice and WPS read as a sheet's rows to repeat on every page.</summary>
    public const string PrintTitles = "_xlnm.Print_Titles";

    public static void Write(Stream stream, IEnumerable<XlsxSheet> sheets)
    {
        using var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = XlsxStyles.Build();
        var sheetList = new Sheets();
        var definedNames = new DefinedNames();
        var names = new XlsxSheetNames();
        uint id = 1;
        foreach (var sheet in sheets)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            sheet.WriteTo(part);
            var name = names.Claim(sheet.Name);
            sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id, Name = name });
            if (sheet.HeaderRow is { } header)
            {
                definedNames.Append(new DefinedName($"{Quoted(name)}!${header}:${header}") { Name = PrintTitles, LocalSheetId = id - 1 });
            }

            id++;
        }

        workbookPart.Workbook.Append(sheetList);
        if (definedNames.HasChildren)
        {
            workbookPart.Workbook.Append(definedNames);
        }
    }

    /// <summary>A sheet name as a formula writes it: in quotes, a quote inside doubled.</summary>
    private static string Quoted(string sheet) => $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'";
}
