using System.Text;
using System.Text.RegularExpressions;
using Engine.Rules.Assessment;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Authoring;

/// <summary>
/// Reads a ledger table from PDF-extracted text, where the columns come out interleaved: area and unit cells
/// are merged cells printed before the rows they cover (and repeated at page tops), measures ("6.优化…") and task
/// numbers ("（20）") mark rows, and task texts are the long lines. Columns are told apart by line width, as they
/// are in the PDF, the widths learned from the text (<see cref="LedgerTextLayout"/>; the seed prints area 4
/// characters a line, lead 5, responsible 11, measure 6, task text 22).
/// A reading, not a certainty: its drafts are for analysts to review.
/// </summary>
internal static partial class LedgerTextReader
{
    private static readonly HashSet<char> UnitEnd = [.. "局院委办行关会心团司站部府厅室队社所"];

    private static readonly HashSet<string> PageHeader = [.. new[] {"指标名称 牵头单位 责任单位 序号 工作任务", "落实", "情况", "存在", "问题", "存在问", "题的意", "见建议", "完成", "进度", "（%）", "评估情", "况（请", "选择）", "备注", "附　件"}.Select(InputText.Normalize)];

    public static IReadOnlyList<DraftRow> Read(IEnumerable<string> rawLines)
    {
        var lines = rawLines.Select(l => InputText.Normalize(l).Trim()).Where(l => l.Length > 0 && !PageHeader.Contains(l) && !l.Contains("工作任务台账", StringComparison.Ordinal)).ToList();
        var width = LedgerTextLayout.Learn(lines);
        var rows = new List<Row>();
        (string No, string Name) area = ("", "");
        (int No, string Name) measure = (0, "");
        IReadOnlyList<string> lead = [], responsible = [];
        var block = new List<string>();
        Row? current = null;
        bool inText = false, textEnded = true;

        // cellEnd: the end of the responsible cell printed on a marker's line ("区）人民政府（管委会） 1.深化市场"); the
        // cell's first lines are still in the block, so it is joined to them rather than replacing them.
        void FlushBlock(string cellEnd = "")
        {
            if (block.Count == 0 && cellEnd.Length == 0)
            {
                return;
            }

            // Lead lines come first, each at most 5 wide; a line continues the cell unless the previous one completed a unit name.
            var j = 0;
            if (block.Count > 0 && block[0].Length <= width.Lead && !NeverLead(block[0]))
            {
                while (j < block.Count && block[j].Length <= width.Lead && !NeverLead(block[j]) && (j == 0 || Continues(block[j - 1], block[j])))
                {
                    j++;
                }
            }

            if (j > 0)
            {
                lead = LedgerTableReader.Units(string.Concat(block.Take(j)));
            }

            if (j < block.Count || cellEnd.Length > 0)
            {
                responsible = LedgerTableReader.Units(string.Concat(block.Skip(j)) + cellEnd);
            }

            block.Clear();
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var packed = line.Replace(" ", "", StringComparison.Ordinal);
            if (packed.StartsWith("属于“", StringComparison.Ordinal))
            {
                var remark = new StringBuilder(packed);
                while (!remark.ToString().Contains("指标", StringComparison.Ordinal) && i + 1 < lines.Count)
                {
                    remark.Append(lines[++i].Replace(" ", "", StringComparison.Ordinal));
                }

                current?.SetRemark(remark.ToString());
                inText = false;
                continue;
            }

            var midText = inText && !textEnded;
            var areaMatch = AreaHeader().Match(packed);
            if (areaMatch.Success && !midText)
            {
                FlushBlock();
                var name = new StringBuilder(areaMatch.Groups["name"].Value);
                while (i + 1 < lines.Count && lines[i + 1].Length <= width.Area && !UnitEnd.Contains(lines[i + 1][^1]) && !IsMarker(lines[i + 1]))
                {
                    name.Append(lines[++i]);
                }

                area = (areaMatch.Groups["no"].Value, name.ToString());
                inText = false;
                continue;
            }

            // A marker's number too large for a task number is text, not a marker.
            var taskMatch = TaskNumber().Match(line);
            if (taskMatch.Success && int.TryParse(taskMatch.Groups["no"].Value, System.Globalization.CultureInfo.InvariantCulture, out var taskNo))
            {
                var before = taskMatch.Groups["before"].Value.Trim();
                var measureBefore = MeasureStart().Match(before);
                if (measureBefore.Success)
                {
                    before = measureBefore.Groups["before"].Value.Trim();
                }

                FlushBlock();

                // A unit printed on the task number's line stands in the responsible column.
                if (before.Length > 0)
                {
                    responsible = LedgerTableReader.Units(before);
                }

                var text = taskMatch.Groups["text"].Value.Trim();
                current = new Row(taskNo, area, measure, lead, responsible, text);
                rows.Add(current);
                inText = text.Length > 0;
                textEnded = text.Length == 0 || text.EndsWith('。');
                continue;
            }

            // A measure starts on its own short line, or after a unit cell on the same line ("…（管委会） 1.深化市场").
            var measureMatch = packed.Length < width.TextLine ? MeasureStart().Match(packed) : UnitThenMeasure().Match(line);
            if (measureMatch.Success && !midText && int.TryParse(measureMatch.Groups["no"].Value, System.Globalization.CultureInfo.InvariantCulture, out var measureNo))
            {
                if (measureMatch.Groups["before"].Value is { Length: > 0 } unitBefore)
                {
                    FlushBlock(unitBefore);
                }

                var name = new StringBuilder(measureMatch.Groups["name"].Value);
                while (i + 1 < lines.Count && lines[i + 1].Length <= width.Measure && !IsMarker(lines[i + 1]))
                {
                    name.Append(lines[++i].Replace(" ", "", StringComparison.Ordinal));
                }

                measure = (measureNo, name.ToString());
                inText = false;
                continue;
            }

            var parts = line.Split(' ', 2);
            if (parts.Length == 2 && textEnded && parts[0].Length > 0 && parts[0].Length <= width.Lead + 1 && UnitEnd.Contains(parts[0][^1]))
            {
                // A lead cell and a responsible cell printed side by side on one line.
                FlushBlock();
                lead = LedgerTableReader.Units(parts[0]);
                responsible = LedgerTableReader.Units(parts[1].Trim());
                inText = false;
                continue;
            }

            // The line under a bare task number is its text even when short ("（29）" then "覆盖…达到25个。"): a cell
            // line does not end a sentence, nor runs past the responsible column's width.
            var shortText = current is not null && current.Empty && (line.EndsWith('。') || line.EndsWith('；') || line.Length > width.Responsible + 1);
            if (current is not null && (line.Length >= width.TextLine || midText || shortText))
            {
                // Cells between text lines are page-top repeats of the cells in force.
                FlushBlock();
                current.Append(line);
                inText = true;
                textEnded = line.EndsWith('。') || line.EndsWith('；');
                continue;
            }

            block.Add(line);
            inText = false;
        }

        return [.. rows.Select(r => r.ToDraftRow())];
    }

    // A line continues the cell unless the previous line completed a unit name and this one starts another.
    private static bool Continues(string previous, string line) =>
        previous.EndsWith('、') || line.StartsWith('、') || line.StartsWith('（') || !UnitEnd.Contains(previous[^1]) || !StartsLikeUnit(line);

    private static bool StartsLikeUnit(string line) =>
        line.StartsWith('市') || line.StartsWith('各') || line.StartsWith("湛江", StringComparison.Ordinal) || line.StartsWith("中国", StringComparison.Ordinal) || line.StartsWith("广东", StringComparison.Ordinal) || line.StartsWith('省');

    // "/" (no unit) and "市相关单位" (the relevant city units) only ever fill the responsible column.
    private static bool NeverLead(string line) => line is "/" or "市相关单位";

    private static bool IsMarker(string line)
    {
        var packed = line.Replace(" ", "", StringComparison.Ordinal);
        return AreaHeader().IsMatch(packed) || TaskNumber().IsMatch(line) || MeasureStart().IsMatch(packed);
    }

    private sealed class Row((string No, string Name) area, (int No, string Name) measure, IReadOnlyList<string> lead, IReadOnlyList<string> responsible)
    {
        private readonly StringBuilder _text = new();
        private string? _remark;

        public Row(int no, (string No, string Name) area, (int No, string Name) measure, IReadOnlyList<string> lead, IReadOnlyList<string> responsible, string text)
            : this(area, measure, lead, responsible)
        {
            No = no;
            _text.Append(text);
        }

        public int No { get; }

        public bool Empty => _text.Length == 0;

        public void Append(string line) => _text.Append(line);

        public void SetRemark(string remark) => _remark = remark;

        public DraftRow ToDraftRow() =>
            new(area.No, area.Name, measure.No, measure.Name, No, lead, responsible, _text.ToString()) { Remark = _remark };
    }

    [GeneratedRegex(@"^（(?<no>[一二三四五六七八九十]+)）(?<name>.*)$")]
    private static partial Regex AreaHeader();

    [GeneratedRegex(@"^(?<before>.*?)\s*（(?<no>\d+)）\s*(?<text>.*)$")]
    private static partial Regex TaskNumber();

    [GeneratedRegex(@"^(?<before>.*?)\s*(?<no>\d+)\s*[.．]\s*(?<name>.*)$")]
    private static partial Regex MeasureStart();

    [GeneratedRegex(@"^(?<before>\S.*?)\s+(?<no>\d+)\s*[.．]\s*(?<name>\S{1,8})$")]
    private static partial Regex UnitThenMeasure();
}
