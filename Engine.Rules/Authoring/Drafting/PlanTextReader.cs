using System.Text;
using System.Text.RegularExpressions;
using Engine.Rules.Assessment;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Authoring;

/// <summary>
/// Reads a plan written as numbered prose, the style many cities use: "一、" areas, "（一）" measures, "1." items,
/// each item ending with its units in brackets, "（牵头单位：市发展改革委；配合单位：…）". Items are numbered
/// through the document in reading order, as a ledger numbers its tasks.
/// </summary>
internal static partial class PlanTextReader
{
    /// <summary>True when the text names its units the plan way, after each item.</summary>
    public static bool Recognises(string text) => Units().IsMatch(InputText.Normalize(text));

    public static IReadOnlyList<DraftRow> Read(IEnumerable<string> rawLines)
    {
        var lines = rawLines.Select(InputText.Normalize);
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
            var units = Units().Match(text);
            IReadOnlyList<string> lead = [], responsible = [];
            if (units.Success)
            {
                lead = LedgerTableReader.Units(units.Groups["lead"].Value);
                responsible = LedgerTableReader.Units(units.Groups["others"].Value);
                text = (text[..units.Index] + text[(units.Index + units.Length)..]).Trim();
            }

            rows.Add(new DraftRow(area.No, area.Name, measure.No, measure.Name, rows.Count + 1, lead, responsible, text));
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

            if (MeasureLine().Match(line) is { Success: true } m && !Units().IsMatch(line))
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

            // A wrapped line of the current item (or prose between sections, which has no item to join).
            if (item.Length > 0)
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

    [GeneratedRegex(@"^(?<no>\d+)\s*[.．、]\s*(?<text>.+)$")]
    private static partial Regex ItemLine();

    [GeneratedRegex(@"[（(](?:牵头单位|责任单位)[:：]\s*(?<lead>[^；;）)]+?)(?:[；;]\s*(?:配合单位|协办单位|参与单位)[:：]\s*(?<others>.+?))?[）)]\s*[。.]?\s*$")]
    private static partial Regex Units();
}
