using System.Text.RegularExpressions;

namespace Engine.Rules.Authoring;

/// <summary>
/// The column widths of a ledger printed to PDF, in characters a line, learned from the extracted text itself: the
/// text reader tells columns apart by width, and another printing of a ledger (a wider page, another font) wraps
/// every column at other widths. Each width is the most common length of the lines that column prints.
/// </summary>
internal sealed partial record LedgerTextLayout(int Area, int Lead, int Responsible, int Measure, int Text)
{
    /// <summary>The seed ledger's printing, kept when a text is too short to learn from.</summary>
    public static LedgerTextLayout Seed { get; } = new(4, 5, 11, 6, 22);

    // A length fewer lines than this share says nothing about a column's width: the seed's layout stands.
    private const int Enough = 3;

    /// <summary>A line at least this long is task text, not a cell: cells wrap at the responsible column's width (a line of ASCII may run a character over).</summary>
    public int TextLine => Responsible + 3;

    public static LedgerTextLayout Learn(IReadOnlyList<string> lines)
    {
        // The text column: the first line after each task marker ("（12）") is full unless the text is short.
        var text = Mode(lines.Select((l, i) => (l, i)).Where(p => TaskMarker().IsMatch(p.l) && p.i + 1 < lines.Count).Select(p => lines[p.i + 1].Length)) ?? Seed.Text;

        // Area and measure names start with their number ("（一）市", "1.深化市场") and wrap under it.
        var areaStarts = lines.Select((l, i) => (l, i)).Where(p => AreaStart().IsMatch(p.l)).ToList();
        var measureStarts = lines.Select((l, i) => (l, i)).Where(p => MeasureStart().IsMatch(p.l) && p.l.Length < text / 2).ToList();
        // Counted without spaces: some printings space out the characters of a measure ("10. 规 范 技").
        var area = Mode(areaStarts.Select(p => Packed(p.l))) ?? Seed.Area;
        var measure = Mode(measureStarts.Select(p => Packed(p.l))) ?? Seed.Measure;

        // The lines of the unit cells: neither markers nor text, nor the wrapped lines of an area or measure name.
        var names = new HashSet<int>();
        foreach (var (start, width) in areaStarts.Select(p => (p.i, area)).Concat(measureStarts.Select(p => (p.i, measure))))
        {
            for (var j = start + 1; j < lines.Count && lines[j].Length <= width && lines[j].Length > 0 && !IsMarker(lines[j]); j++)
            {
                names.Add(j);
            }
        }

        var cells = lines.Where((l, i) => l.Length > 0 && l.Length < text - 2 && !IsMarker(l) && !names.Contains(i)).Select(l => l.Length).ToList();
        var responsible = Mode(cells.Where(n => n > text / 3)) ?? Seed.Responsible;
        var lead = Mode(cells.Where(n => n >= 2 && n * 5 <= responsible * 3)) ?? Seed.Lead;
        return new LedgerTextLayout(area, lead, responsible, measure, text);
    }

    // The most common length, the longer on a tie; none when fewer than Enough lines share it.
    private static int? Mode(IEnumerable<int> lengths) =>
        lengths.GroupBy(n => n).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).FirstOrDefault() is { } top && top.Count() >= Enough ? top.Key : null;

    private static int Packed(string line) => line.Count(c => c != ' ');

    private static bool IsMarker(string line) => TaskMarker().IsMatch(line) || AreaStart().IsMatch(line) || MeasureStart().IsMatch(line);

    [GeneratedRegex(@"^（\d+）$")]
    private static partial Regex TaskMarker();

    [GeneratedRegex(@"^（[一二三四五六七八九十]+）")]
    private static partial Regex AreaStart();

    [GeneratedRegex(@"^\d+\s*[.．]")]
    private static partial Regex MeasureStart();
}
