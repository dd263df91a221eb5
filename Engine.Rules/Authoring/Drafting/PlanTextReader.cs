using System.Text;
using System.Text.RegularExpressions;
using Engine.Rules.Assessment;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Authoring;

/// <summary>
/// Reads a plan written as numbered prose, the style many cities use: "一、" areas, "（一）" measures, "1." "（1）" "①" items,
/// each item naming its units in brackets or on label lines under it, any way <see cref="UnitPhrases"/> reads.
/// Items are numbered through the document in reading order, as a ledger numbers its tasks.
/// </summary>
internal static partial class PlanTextReader
{
    /// <summary>True when the text names its units the plan way, after each item.</summary>
    public static bool Recognises(string text)
    {
        var normal = InputText.Normalize(text);
        return UnitPhrases.Any(normal) || normal.ReplaceLineEndings("\n").Split('\n').Any(l => UnitPhrases.IsLabelLine(l.Trim()));
    }

    public static IReadOnlyList<DraftRow> Read(IEnumerable<string> rawLines)
    {
        // A circled number ("①") becomes a bare digit under normalisation ("1建设…"), so it is read from the raw line.
        var lines = rawLines.Select(l => l.TrimStart() is [>= '①' and <= '⑳', .. var rest] ? "（1）" + InputText.Normalize(rest) : InputText.Normalize(l));
        var rows = new List<DraftRow>();
        (string No, string Name) area = ("", "");
        (int No, string Name) measure = (0, "");
        var measures = 0;
        var item = new StringBuilder();

        void FlushItem()
        {
            if (item.Length == 0)
            {
                return;
            }

            var text = item.ToString();
            item.Clear();
            var units = UnitPhrases.Read(text);
            rows.Add(new DraftRow(area.No, area.Name, measure.No, measure.Name, rows.Count + 1, units.Lead, units.Others, units.Text) { LeadGuessed = units.LeadGuessed, Deadline = units.Deadline, Due = units.Due });
        }

        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (AreaLine().Match(line) is { Success: true } a)
            {
                FlushItem();
                area = (a.Groups["no"].Value, a.Groups["name"].Value.Trim());
                measure = (0, "");
                continue;
            }

            if (item.Length > 0 && UnitPhrases.IsLabelLine(line))
            {
                // A label under the item ("牵头单位：区发改局") is read as the bracket it stands for.
                item.Append('（').Append(line).Append('）');
                continue;
            }

            if (MeasureLine().Match(line) is { Success: true } m && !UnitPhrases.Any(line))
            {
                FlushItem();
                measure = (++measures, m.Groups["name"].Value.Trim());
                continue;
            }

            if (ItemLine().Match(line) is { Success: true } i)
            {
                FlushItem();
                item.Append(i.Groups["text"].Value.Trim());
                continue;
            }

            // An item that has named its units is complete: an unnumbered line after it starts the next item, unless
            // it is itself a units bracket of that item ("（完成时限：2023年6月）" on its own line).
            if (item.Length > 0 && UnitPhrases.EndsWithUnits(item.ToString()) && !UnitPhrases.Any(line))
            {
                FlushItem();
                item.Append(line);
                continue;
            }

            // A wrapped line of the current item; prose between sections has no item to join, unless it names its
            // units, which makes it an unnumbered item.
            if (item.Length > 0 || UnitPhrases.EndsWithUnits(line))
            {
                item.Append(line);
            }
        }

        FlushItem();
        return rows;
    }

    [GeneratedRegex(@"^(?<no>[一二三四五六七八九十]+)[、.．]\s*(?<name>.+)$")]
    private static partial Regex AreaLine();

    [GeneratedRegex(@"^[（(](?<no>[一二三四五六七八九十]+)[）)]\s*(?<name>.+)$")]
    private static partial Regex MeasureLine();

    // An item is numbered "1." "1、" "（1）" or "①" (read as "（1）"): plans number the level under their measures any of these ways.
    [GeneratedRegex(@"^(?:\d+\s*[.．、]|[（(]\d+[）)])\s*(?<text>.+)$")]
    private static partial Regex ItemLine();
}
