using System.Text;
using Engine.Rules.Authoring;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;
using Xunit.Abstractions;

namespace Engine.Tests.Authoring;

/// <summary>
/// The PDF-text reader learns the column widths from the text: the bundled ledger's tasks are printed the way the
/// seed's PDF prints them (area, lead, responsible and measure cells before the rows they cover, each wrapped at its
/// column's width, then "（n）" and the text wrapped at the text column's width), at the seed's widths and at others,
/// and every printing reads back as the same tasks.
/// </summary>
public class LedgerTextWidthsTests(ITestOutputHelper output)
{
    /// <summary>The characters a line of each column holds in one printing.</summary>
    public sealed record Widths(int Area, int Lead, int Responsible, int Measure, int Text)
    {
        public override string ToString() => $"area {Area}, lead {Lead}, responsible {Responsible}, measure {Measure}, text {Text}";
    }

    private static readonly Ledger Hand = LedgerReader.Read(BundledPaths.Targets);

    public static TheoryData<int, int, int, int, int> Printings => new()
    {
        { 4, 5, 11, 6, 22 }, // the seed's
        { 6, 7, 15, 8, 30 }, // a wider page
        { 5, 6, 13, 7, 26 },
        // A narrower one; the lead column stays wider than the area column, as the reader tells their lines apart by it.
        { 4, 5, 9, 5, 18 },
    };

    [Theory]
    [MemberData(nameof(Printings))]
    public void Read_LedgerPrintedAtOtherWidths_FindsTheSameTasks(int area, int lead, int responsible, int measure, int text)
    {
        var widths = new Widths(area, lead, responsible, measure, text);
        var rows = LedgerTextReader.Read(Print(Hand, widths));

        Assert.Equal(Hand.Tasks.Select(t => t.No), rows.Select(r => r.TaskNo));
        var pairs = rows.Zip(Hand.Tasks).ToList();
        decimal Share(Func<DraftRow, LedgerTask, bool> same) => (decimal)pairs.Count(p => same(p.First, p.Second)) / pairs.Count;
        var texts = Share((r, t) => r.Text == t.Text);
        var leads = Share((r, t) => r.Lead.SequenceEqual(t.Lead));
        var others = Share((r, t) => r.Responsible.SequenceEqual(t.Responsible));
        var areas = Share((r, t) => r.AreaName == t.Area.Name);
        var measures = Share((r, t) => (r.MeasureNo, r.MeasureName) == (t.Measure.No, t.Measure.Name));
        foreach (var (r, t) in pairs.Where(p => p.First.Text != p.Second.Text || !p.First.Responsible.SequenceEqual(p.Second.Responsible)).Take(12))
        {
            output.WriteLine($"  task {t.No}: read [{r.Text}] [{string.Join("、", r.Responsible)}], printed [{t.Text}] [{string.Join("、", t.Responsible)}]");
        }

        output.WriteLine($"{widths}: text {texts:P1}, lead {leads:P1}, responsible {others:P1}, area {areas:P1}, measure {measures:P1}");
        Assert.True(texts >= 0.99m && leads >= 0.95m && others >= 0.95m && areas >= 0.99m && measures >= 0.95m, widths.ToString());
    }

    [Theory]
    [MemberData(nameof(Printings))]
    public void Learn_PrintedLedger_GivesTheWidthsItWasPrintedAt(int area, int lead, int responsible, int measure, int text)
    {
        var learned = LedgerTextLayout.Learn(Print(Hand, new Widths(area, lead, responsible, measure, text)).Select(l => l.Trim()).ToList());
        Assert.Equal((area, lead, responsible, measure, text), (learned.Area, learned.Lead, learned.Responsible, learned.Measure, learned.Text));
    }

    /// <summary>Prints a ledger as its PDF's text comes out: merged cells once before the rows they cover, every cell wrapped at its width.</summary>
    public static List<string> Print(Ledger ledger, Widths widths)
    {
        var lines = new List<string> { "附　件", $"{ledger.Title}", "指标名称 牵头单位 责任单位 序号 工作任务" };
        string? area = null, units = null, measure = null;
        foreach (var task in ledger.Tasks)
        {
            if (task.Area.Name != area)
            {
                area = task.Area.Name;
                lines.AddRange(Wrap($"（{task.Area.No}）{task.Area.Name}", widths.Area));
                units = measure = null;
            }

            var cell = string.Join("、", task.Lead) + "|" + string.Join("、", task.Responsible);
            if (cell != units)
            {
                units = cell;
                lines.AddRange(Wrap(string.Join("、", task.Lead), widths.Lead));
                lines.AddRange(Wrap(task.Responsible.Count > 0 ? string.Join("、", task.Responsible) : "/", widths.Responsible));
            }

            var measureCell = $"{task.Measure.No}.{task.Measure.Name}";
            if (measureCell != measure)
            {
                measure = measureCell;
                lines.AddRange(Wrap(measureCell, widths.Measure));
            }

            lines.Add($"（{task.No}）");
            lines.AddRange(Wrap(task.Text, widths.Text));
        }

        return lines;
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        for (var at = 0; at < text.Length; at += width)
        {
            yield return text.Substring(at, Math.Min(width, text.Length - at));
        }
    }
}
