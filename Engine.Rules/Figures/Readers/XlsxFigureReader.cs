using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Figures;

/// <summary>
/// Reads figures from a workbook (the filled-in template, or any sheet with the figure columns): the first sheet
/// with a header row, within its first <see cref="HeaderRows"/> rows, naming target, as_of and value (title rows
/// above it, merged or not, are passed over). Cells are read as shown (<see cref="XlsxCells"/>). Rows whose date
/// and value are both empty are the template's unfilled lines, counted as blank. Problems name the sheet, row and
/// column.
/// </summary>
internal static class XlsxFigureReader
{
    /// <summary>How far down a sheet the header row may be.</summary>
    public const int HeaderRows = 10;

    public static void Read(string path, string displayName, IFigureSink intake)
    {
        try
        {
            ReadWorkbook(path, displayName, intake);
        }
        catch (Exception e) when (XlsxCells.Damaged(e))
        {
            throw XlsxCells.Unreadable(displayName, e);
        }
    }

    private static void ReadWorkbook(string path, string displayName, IFigureSink intake)
    {
        using (var document = SpreadsheetDocument.Open(path, isEditable: false))
        {
            var workbook = document.WorkbookPart ?? throw new FigureFileException(new Problem(displayName, 0, 0, "", "the workbook has no sheets") { Code = ProblemCodes.UnreadableFile });
            var strings = XlsxCells.SharedStrings(workbook);
            var formats = XlsxNumberFormats.From(workbook);
            foreach (var sheet in workbook.Workbook.Descendants<Sheet>())
            {
                if (XlsxCells.Worksheet(workbook, sheet) is not { } part)
                {
                    continue;
                }

                var rows = part.Worksheet.Descendants<Row>().ToList();
                var source = $"{displayName}!{sheet.Name}";
                foreach (var candidate in rows.Take(HeaderRows))
                {
                    var names = XlsxCells.Row(candidate, strings, formats);
                    if (FigureColumns.Missing(FigureColumns.Map(names)).Count > 0)
                    {
                        continue;
                    }

                    var line = (int)(candidate.RowIndex?.Value ?? 0);
                    var columns = FigureColumns.MapChecked(names, source, line);
                    ReadSheet(rows.SkipWhile(r => r != candidate).Skip(1), columns, FigureColumns.Unnamed(names), strings, formats, source, intake);
                    return;
                }
            }

            throw new FigureFileException(new Problem(displayName, 0, 0, string.Join(",", FigureColumns.Required), $"no sheet has a header row (within its first {HeaderRows} rows) naming target (目标编号), as_of (报送截至日期) and value (报送值)") { Code = ProblemCodes.MissingColumn });
        }
    }

    private static void ReadSheet(IEnumerable<Row> rows, Dictionary<string, int> columns, int[] unnamed, List<string> strings, XlsxNumberFormats formats, string source, IFigureSink intake)
    {
        foreach (var row in rows)
        {
            var cells = XlsxCells.Row(row, strings, formats);
            var line = (int)(row.RowIndex?.Value ?? 0);
            string? Get(string field) => columns.TryGetValue(field, out var c) && c <= cells.Count && cells[c - 1].Length > 0 ? cells[c - 1] : null;
            var asOf = Get(FigureColumns.AsOf);
            var value = Get(FigureColumns.Value);
            if (asOf is not null || value is not null)
            {
                if (unnamed.FirstOrDefault(i => i < cells.Count && !string.IsNullOrWhiteSpace(cells[i]), -1) is var stray and >= 0)
                {
                    intake.Reject(FigureColumns.UnnamedCell(source, line, stray + 1, cells[stray]));
                    continue;
                }
            }

            intake.Add(new RawFigure(source, line, Get(FigureColumns.Target), asOf, value)
            {
                Unit = Get(FigureColumns.Unit),
                Entity = Get(FigureColumns.Entity),
                ReportedBy = Get(FigureColumns.ReportedBy),
                Note = Get(FigureColumns.Note),
                Columns = columns,
            });
        }
    }
}
