using Engine.Rules.Ledgers;
using nietras.SeparatedValues;

namespace Engine.Rules.Figures;

/// <summary>
/// Reads a figures CSV (UTF-8, header row, columns in any order) row by row into the intake.
/// Line numbers count the header as line 1; a row with the wrong number of cells is rejected, not guessed at.
/// </summary>
internal static class CsvFigureReader
{
    public static void Read(string path, string displayName, IFigureSink intake)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = true }).FromFile(path);
        var names = reader.Header.ColNames.ToList();
        var columns = FigureColumns.Map(names);
        var missing = FigureColumns.Missing(columns);
        if (missing.Count > 0)
        {
            throw new FigureFileException(new Problem(displayName, 1, 0, string.Join(",", missing), $"the header has no column {string.Join(", ", missing.Select(m => $"\"{m}\""))}; found: {string.Join(", ", names)}") { Code = ProblemCodes.MissingColumn });
        }

        int Index(string field) => columns.TryGetValue(field, out var c) ? c - 1 : -1;
        int target = Index(FigureColumns.Target), asOf = Index(FigureColumns.AsOf), value = Index(FigureColumns.Value);
        int unit = Index(FigureColumns.Unit), entity = Index(FigureColumns.Entity), reportedBy = Index(FigureColumns.ReportedBy), note = Index(FigureColumns.Note);
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (row.ColCount != names.Count)
            {
                intake.Reject(new Problem(displayName, line, 0, "", $"the row has {row.ColCount} cells; the header has {names.Count}") { Code = ProblemCodes.BadRow });
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

    private static ReadOnlySpan<char> Cell(SepReader.Row row, int index) => index < 0 ? default : row[index].Span;
}
