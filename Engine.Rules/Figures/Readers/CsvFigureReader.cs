using Engine.Rules.Ledgers;
using nietras.SeparatedValues;

namespace Engine.Rules.Figures;

/// <summary>
/// Reads a figures CSV (header row, columns in any order; UTF-8, UTF-16 with a byte order mark or GB18030, see
/// <see cref="TextDecoding"/>) row by row into the intake. Line numbers count the header as line 1. The header is
/// read here rather than by Sep, which refuses repeated and empty names with an exception: Excel leaves stray empty
/// columns (<c>target,as_of,value,,</c>), and those are ignored while their cells are empty. A row with more or fewer
/// cells than the header is rejected, not guessed at, unless the missing or extra cells are empty ones.
/// </summary>
internal static class CsvFigureReader
{
    public static void Read(string path, string displayName, IFigureSink intake)
    {
        var (encoding, encodingName) = TextDecoding.ForInput(path, displayName);
        (intake as FigureIntake)?.ReadAs(displayName, encodingName);
        using var text = new BoundedLineReader(new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true, 1 << 16), displayName);
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = false }).From(text);
        if (!reader.MoveNext())
        {
            throw new FigureFileException(new Problem(displayName, 1, 0, "", "the file is empty: line 1 must be the header") { Code = ProblemCodes.MissingColumn });
        }

        var names = new List<string>();
        for (var i = 0; i < reader.Current.ColCount; i++)
        {
            names.Add(reader.Current[i].ToString());
        }

        var columns = FigureColumns.MapChecked(names, displayName, 1);
        var missing = FigureColumns.Missing(columns);
        if (missing.Count > 0)
        {
            throw new FigureFileException(new Problem(displayName, 1, 0, string.Join(",", missing), $"the header has no column {string.Join(", ", missing.Select(m => $"\"{m}\""))}; found: {string.Join(", ", names)}") { Code = ProblemCodes.MissingColumn });
        }

        var unnamed = FigureColumns.Unnamed(names);
        int Index(string field) => columns.TryGetValue(field, out var c) ? c - 1 : -1;
        int target = Index(FigureColumns.Target), asOf = Index(FigureColumns.AsOf), value = Index(FigureColumns.Value);
        int unit = Index(FigureColumns.Unit), entity = Index(FigureColumns.Entity), reportedBy = Index(FigureColumns.ReportedBy), note = Index(FigureColumns.Note);
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (row.ColCount != names.Count && Misshapen(row, names.Count, unnamed))
            {
                intake.Reject(new Problem(displayName, line, 0, "", $"the row has {row.ColCount} cells; the header has {names.Count}") { Code = ProblemCodes.BadRow, MessageZh = $"该行有{row.ColCount}个单元格，表头有{names.Count}列" });
                continue;
            }

            if (Stray(row, unnamed) is { } stray)
            {
                intake.Reject(FigureColumns.UnnamedCell(displayName, line, stray + 1, row[stray].ToString()));
                continue;
            }

            intake.Add(new FigureRowText(displayName, line, Cell(row, target), Cell(row, asOf), Cell(row, value))
            {
                Unit = Cell(row, unit),
                Entity = Cell(row, entity),
                ReportedBy = Cell(row, reportedBy),
                Note = Cell(row, note),
                Columns = columns,
            });
        }
    }

    // Cells beyond the header must be empty; cells the row lacks must be ones of unnamed columns, unless the row
    // is empty altogether (a blank line), which the intake counts as blank.
    private static bool Misshapen(SepReader.Row row, int width, int[] unnamed)
    {
        for (var i = width; i < row.ColCount; i++)
        {
            if (!row[i].Span.IsWhiteSpace())
            {
                return true;
            }
        }

        var empty = true;
        for (var i = 0; i < Math.Min(width, row.ColCount); i++)
        {
            empty &= row[i].Span.IsWhiteSpace();
        }

        return !empty && Enumerable.Range(row.ColCount, Math.Max(0, width - row.ColCount)).Any(i => !unnamed.Contains(i));
    }

    private static int? Stray(SepReader.Row row, int[] unnamed)
    {
        foreach (var i in unnamed)
        {
            if (i < row.ColCount && !row[i].Span.IsWhiteSpace())
            {
                return i;
            }
        }

        return null;
    }

    private static ReadOnlySpan<char> Cell(SepReader.Row row, int index) => index < 0 || index >= row.ColCount ? default : row[index].Span;
}
