using Engine.Rules.Figures;
using Engine.Rules.Problems;
using nietras.SeparatedValues;

namespace Engine.Figures;

/// <summary>
/// Reads a figures CSV (UTF-8, header row, columns in any order) row by row into the intake.
/// Line numbers count the header as line 1; a row with the wrong number of cells is rejected, not guessed at.
/// </summary>
public static class CsvFigureReader
{
    public static readonly string[] RequiredColumns = ["target", "as_of", "value"];

    public static void Read(string path, string displayName, FigureIntake intake)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = true }).FromFile(path);
        var header = reader.Header;
        var names = header.ColNames.Select(n => n.Trim().TrimStart('\uFEFF')).ToList();
        int Index(string name) => names.IndexOf(name);
        var missing = RequiredColumns.Where(c => Index(c) < 0).ToList();
        if (missing.Count > 0)
        {
            throw new FigureFileException(new Problem(displayName, 1, 0, string.Join(",", missing), $"the header has no column {string.Join(", ", missing.Select(m => $"\"{m}\""))}; found: {string.Join(", ", names)}"));
        }

        int target = Index("target"), asOf = Index("as_of"), value = Index("value");
        int unit = Index("unit"), entity = Index("entity"), reportedBy = Index("reported_by"), note = Index("note");
        var columns = names.Count;
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (row.ColCount != columns)
            {
                intake.Reject(new Problem(displayName, line, 0, "", $"the row has {row.ColCount} cells; the header has {columns}"));
                continue;
            }

            intake.Add(new RawFigure(displayName, line, Cell(row, target), Cell(row, asOf), Cell(row, value))
            {
                Unit = Cell(row, unit),
                Entity = Cell(row, entity),
                ReportedBy = Cell(row, reportedBy),
                Note = Cell(row, note),
            });
        }
    }

    private static string? Cell(SepReader.Row row, int index) => index < 0 ? null : row[index].ToString();
}
