using Engine.Rules.Authoring;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;
using Xunit.Abstractions;

namespace Engine.Tests.Authoring;

/// <summary>
/// Recall and precision of the target grammar against the hand-encoded Zhanjiang ledger, matching targets per task
/// by (kind, value, baseline, deadline). Printed for the issue note; asserted only against a floor so a change
/// that makes the grammar worse fails.
/// </summary>
public class TargetGrammarMeasurement(ITestOutputHelper output)
{
    /// <summary>Matches proposed targets against the hand encoding per task; proposals come from the grammar on each encoded text unless a drafted ledger is given.</summary>
    public static (int Matched, int Encoded, int Drafted, List<string> Misses) Measure(Ledger ledger, Ledger? drafted = null)
    {
        int matched = 0, encoded = 0, proposed = 0;
        var misses = new List<string>();
        foreach (var task in ledger.Tasks)
        {
            var got = drafted is null
                ? TargetGrammar.Draft(task.Text, ledger.Period.Start.Year).Targets.Select(t => (t.Kind, t.Value, t.Baseline, t.Deadline)).ToList()
                : drafted.Tasks.Where(d => d.No == task.No).SelectMany(d => d.Targets).Select(t => (t.Kind, t.Value, t.Baseline, t.Deadline)).ToList();
            var want = task.Targets.Select(Key).ToList();
            encoded += want.Count;
            proposed += got.Count;
            foreach (var w in want)
            {
                var i = got.FindIndex(g => g.Kind == w.Kind && g.Value == w.Value && g.Baseline == w.Baseline && g.Deadline == w.Deadline);
                if (i >= 0)
                {
                    matched++;
                    got.RemoveAt(i);
                }
                else
                {
                    misses.Add($"task {task.No}: missed {w}");
                }
            }

            misses.AddRange(got.Select(g => $"task {task.No}: extra {g}"));
        }

        return (matched, encoded, proposed, misses);
    }

    private static (TargetKind Kind, decimal? Value, decimal? Baseline, DateOnly Deadline) Key(Target t) => (t.Kind, t.Value, t.Baseline, t.Deadline);

    [Fact]
    public void Grammar_AgainstTheHandEncodedLedger_PrintsRecallAndPrecision()
    {
        var ledger = LedgerReader.Read(BundledPaths.Targets);
        var (matched, encoded, drafted, misses) = Measure(ledger);
        var recall = (decimal)matched / encoded;
        var precision = (decimal)matched / drafted;
        output.WriteLine($"targets: encoded {encoded}, drafted {drafted}, matched {matched}; recall {recall:P1}, precision {precision:P1}");
        foreach (var miss in misses.Take(400))
        {
            output.WriteLine(miss);
        }

        File.WriteAllLines(Path.Combine(Path.GetTempPath(), "grammar-misses.txt"), [$"recall {recall:P1} precision {precision:P1}", .. misses]);
        // Floors at the reading of issue 17's grammar (94.1% / 94.3%): a change that makes the seed worse fails.
        Assert.True(recall >= 0.94m, $"recall {recall:P1}");
        Assert.True(precision >= 0.94m, $"precision {precision:P1}");
    }
}
