using Engine.Rules.Authoring;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;
using Xunit.Abstractions;

namespace Engine.Tests.Authoring;

/// <summary>
/// The seed ledger read from its PDF text, held against the hand encoding: tasks, texts, units, areas and
/// measures, and the drafted targets end to end. Printed for the issue note; asserted against floors.
/// </summary>
public class LedgerTextReaderMeasurement(ITestOutputHelper output)
{
    [Fact]
    public void Seed_ReadFromText_MatchesTheHandEncoding()
    {
        var seed = BundledPaths.RequiredSeed();

        // engine draft reads a .txt as a plan when it names units the plan way: the seed, a PDF-extracted ledger, must not.
        Assert.False(PlanTextReader.Recognises(File.ReadAllText(seed)));
        var rows = LedgerTextReader.Read(File.ReadLines(seed));

        // The widths learned from the seed's own text are those of its printing.
        Assert.Equal(LedgerTextLayout.Seed, LedgerTextLayout.Learn([.. File.ReadLines(seed).Select(l => Engine.Rules.Ledgers.InputText.Normalize(l).Trim()).Where(l => l.Length > 0)]));
        var hand = LedgerReader.Read(BundledPaths.Targets);
        Assert.Equal(hand.Tasks.Select(t => t.No), rows.Select(r => r.TaskNo));

        int text = 0, lead = 0, responsible = 0, area = 0, measure = 0;
        var misses = new List<string>();
        foreach (var (row, task) in rows.Zip(hand.Tasks))
        {
            text += row.Text == task.Text ? 1 : 0;
            lead += row.Lead.SequenceEqual(task.Lead) ? 1 : 0;
            responsible += row.Responsible.SequenceEqual(task.Responsible) ? 1 : 0;
            area += (row.AreaNo, row.AreaName) == (task.Area.No, task.Area.Name) ? 1 : 0;
            measure += (row.MeasureNo, row.MeasureName) == (task.Measure.No, task.Measure.Name) ? 1 : 0;
            if (!row.Lead.SequenceEqual(task.Lead))
            {
                misses.Add($"task {task.No} lead: read [{string.Join("、", row.Lead)}], encoded [{string.Join("、", task.Lead)}]");
            }
        }

        var drafted = LedgerDrafter.Draft(rows, "draft", "seed", 2023);
        var (matched, encoded, proposed, _) = TargetGrammarMeasurement.Measure(hand, drafted);
        var n = (decimal)rows.Count;
        output.WriteLine($"tasks {rows.Count}; text {text / n:P1}, lead {lead / n:P1}, responsible {responsible / n:P1}, area {area / n:P1}, measure {measure / n:P1}");
        output.WriteLine($"targets end to end: recall {(decimal)matched / encoded:P1}, precision {(decimal)matched / proposed:P1}");
        var (natureSame, natureCompared) = NatureAgreement(hand, drafted);
        output.WriteLine($"nature of matched numeric targets as hand-encoded: {natureSame}/{natureCompared} ({(decimal)natureSame / natureCompared:P1})");
        misses.ForEach(output.WriteLine);
        Assert.True(text / n >= 0.95m, $"text {text / n:P1}");
        Assert.True(lead / n >= 0.95m, $"lead {lead / n:P1}");
        Assert.True(responsible / n >= 0.9m, $"responsible {responsible / n:P1}");
        // Floors at the reading of issue 17's grammar (94.1% / 94.3%), so the seed never drops below it.
        Assert.True((decimal)matched / encoded >= 0.94m && (decimal)matched / proposed >= 0.94m, "targets end to end");
        Assert.True(area / n >= 0.95m, $"area {area / n:P1}");
    }

    /// <summary>How many drafted numeric targets matching a hand-encoded one (task, kind, value, deadline) propose its nature.</summary>
    public static (int Same, int Compared) NatureAgreement(Ledger hand, Ledger drafted)
    {
        int same = 0, compared = 0;
        foreach (var task in hand.Tasks)
        {
            var got = drafted.Tasks.Where(d => d.No == task.No).SelectMany(d => d.Targets).Where(t => !t.Kind.MeasuresCompletion).ToList();
            foreach (var want in task.Targets.Where(t => !t.Kind.MeasuresCompletion))
            {
                var i = got.FindIndex(g => g.Kind == want.Kind && g.Value == want.Value && g.Deadline == want.Deadline);
                if (i >= 0)
                {
                    compared++;
                    same += got[i].Nature == want.Nature ? 1 : 0;
                    got.RemoveAt(i);
                }
            }
        }

        return (same, compared);
    }
}
