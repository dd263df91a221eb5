using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Authoring;

/// <summary>
/// The units (and completion time) a plan item names, and the item's text without them; <c>Due</c> keeps the
/// completion-time label's words ("6月底前"), dated against the document year when drafted.
/// </summary>
internal sealed record ItemUnits(IReadOnlyList<string> Lead, IReadOnlyList<string> Others, bool LeadGuessed, DateOnly? Deadline, string Text, string? Due = null);

/// <summary>
/// The ways plans name an item's units, in any bracket （）() 〔〕 【】 with full-width or ASCII punctuation:
/// labelled ("牵头单位：X；配合单位：Y", "责任单位:X、Y", "责任地区：各区、县级市", "完成时限：2023年12月") or in words
/// ("X牵头，Y等单位按职责分工负责", "X牵头，Y配合"). A label line under the item is read as if bracketed.
/// </summary>
internal static partial class UnitPhrases
{
    /// <summary>True when a bracket of the text names units the plan way.</summary>
    public static bool Any(string text) => Groups(text).Any(g => IsUnits(g.Content));

    /// <summary>True when the text ends with its units ("…达到90%。（市发改局牵头）"): an item is complete there.</summary>
    public static bool EndsWithUnits(string text)
    {
        var trimmed = text.TrimEnd('。', '.', ' ', '；', ';');
        return Groups(trimmed).LastOrDefault() is { Length: > 0 } g && g.Start + g.Length == trimmed.Length && IsUnits(g.Content);
    }

    /// <summary>True when the line is a label on its own line ("牵头单位：区发改局"), which belongs to the item above.</summary>
    public static bool IsLabelLine(string line) => LabelStart().IsMatch(line);

    public static ItemUnits Read(string text)
    {
        var lead = new List<string>();
        var others = new List<string>();
        var listed = new List<string>();
        DateOnly? deadline = null;
        string? due = null;
        var kept = new StringBuilder();
        var at = 0;
        foreach (var (start, length, content) in Groups(text))
        {
            if (!IsUnits(content))
            {
                continue;
            }

            kept.Append(text, at, start - at);
            at = start + length;
            if (Worded().Match(content) is { Success: true } w)
            {
                lead.AddRange(Split(w.Groups["lead"].Value));
                others.AddRange(Split(w.Groups["others"].Value));
                continue;
            }

            var labels = Label().Matches(content);
            for (var i = 0; i < labels.Count; i++)
            {
                var end = i + 1 < labels.Count ? labels[i + 1].Index : content.Length;
                var value = content[(labels[i].Index + labels[i].Length)..end];
                switch (labels[i].Groups["label"].Value)
                {
                    case "牵头单位" or "牵头部门":
                        lead.AddRange(Split(value));
                        break;
                    case "责任单位" or "责任部门" or "主办单位":
                        listed.AddRange(Split(value));
                        break;
                    case "完成时限" or "完成时间" or "时间节点":
                        deadline ??= Deadline(value);
                        due ??= value.Trim().TrimEnd('；', ';', '，', ',', '。');
                        break;
                    default:
                        others.AddRange(Split(value));
                        break;
                }
            }
        }

        kept.Append(text, at, text.Length - at);
        var guessed = false;
        if (lead.Count == 0 && listed.Count > 0)
        {
            // "责任单位：X、Y" with no lead named: the first named usually leads; the draft says it guessed.
            lead.Add(listed[0]);
            listed.RemoveAt(0);
            guessed = true;
        }

        others.InsertRange(0, listed);
        return new ItemUnits([.. lead.Distinct()], [.. others.Distinct().Where(o => !lead.Contains(o))], guessed, deadline, kept.ToString().Trim(), due);
    }

    /// <summary>The units of a list, "等" and duty words dropped, a collective name ("各区、县级市") kept whole.</summary>
    public static IReadOnlyList<string> Split(string list)
    {
        var pieces = LedgerTableReader.Units(Trailer().Replace(list.Trim(), ""))
            .Select(p => Trailer().Replace(p, "").Trim('。', '.', ' '))
            .Where(p => p.Length > 0)
            .ToList();
        var units = new List<string>();
        for (var i = 0; i < pieces.Count; i++)
        {
            var unit = pieces[i];
            // "各区、县级市" and "各市、县（市、区）人民政府" name one group of places: the 、 inside joins kinds of place.
            while (unit.StartsWith('各') && !Organisation().IsMatch(unit) && i + 1 < pieces.Count && ((pieces[i + 1].Length <= 4 && !Organisation().IsMatch(pieces[i + 1])) || pieces[i + 1].EndsWith("政府", StringComparison.Ordinal)))
            {
                unit += "、" + pieces[++i];
            }

            units.Add(unit);
        }

        return units;
    }

    private static bool IsUnits(string content) => LabelStart().IsMatch(content.Trim()) || Worded().IsMatch(content);

    private static DateOnly? Deadline(string value)
    {
        var m = YearMonth().Match(value);
        if (!m.Success)
        {
            return null;
        }

        var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 12;
        return month is >= 1 and <= 12 ? new DateOnly(y, month, 1).AddMonths(1).AddDays(-1) : null;
    }

    /// <summary>The top-level bracketed groups of the text, brackets of any kind, nested ones inside their group.</summary>
    private static IEnumerable<(int Start, int Length, string Content)> Groups(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '（' or '(' or '〔' or '【' or '[')
            {
                if (depth++ == 0)
                {
                    start = i;
                }
            }
            else if (text[i] is '）' or ')' or '〕' or '】' or ']' && depth > 0 && --depth == 0)
            {
                yield return (start, i - start + 1, text[(start + 1)..i]);
            }
        }
    }

    private const string Labels = "牵头单位|牵头部门|责任单位|责任部门|主办单位|配合单位|配合部门|协办单位|参与单位|责任地区|完成时限|完成时间|时间节点";

    [GeneratedRegex(@"^\s*(?:" + Labels + @")\s*[:：]")]
    private static partial Regex LabelStart();

    [GeneratedRegex(@"(?<label>" + Labels + @")\s*[:：]\s*")]
    private static partial Regex Label();

    // "X牵头", "X牵头，Y等单位按职责分工负责", "X牵头，Y配合": the words name the lead and the others.
    [GeneratedRegex(@"^\s*(?<lead>[^，,；;：:]{2,60}?)牵头\s*(?:[，,；;、]\s*(?<others>.+?)(?:按职责分工负责|按职责分工落实|按职责负责|分工负责|配合|参与|协同|协助|负责)?)?\s*[。.]?\s*$")]
    private static partial Regex Worded();

    // What closes a list without naming a unit: "等单位", "等部门", "等", separators left at its end.
    [GeneratedRegex(@"(?:等(?:有关|相关)?(?:单位|部门)?)?[，,；;。.\s]*$")]
    private static partial Regex Trailer();

    [GeneratedRegex(@"(?:局|委|厅|办|院|公司|集团|政府|中心|行|会|部|处|署|所|队|站|社|室)$")]
    private static partial Regex Organisation();

    [GeneratedRegex(@"(?<y>20\d\d)\s*年\s*(?:(?<m>1[0-2]|[1-9])\s*月)?")]
    private static partial Regex YearMonth();
}
