using System.Globalization;
using System.Text.Json;
using Engine.Rules.Authoring;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;
using Xunit.Abstractions;

namespace Engine.Tests.Authoring;

/// <summary>
/// Plans written in styles other than the seed's (a provincial 工作要点, an 实施意见 with goal paragraphs, a city task
/// list with ASCII punctuation and units on their own lines), drafted as <c>engine draft</c> drafts a .txt and held
/// against hand-made expectations written before the grammar was changed for them. Recall and precision of leads,
/// other units and targets are printed for the issue note; floors catch a change that makes a style worse.
/// </summary>
public class DraftingStylesMeasurement(ITestOutputHelper output)
{
    private static string Folder => Path.Combine(BundledPaths.Root, "Engine.Tests", "Authoring", "Drafting", "Styles");

    public sealed record Score(int Matched, int Expected, int Read)
    {
        public decimal Recall => Expected == 0 ? 1m : (decimal)Matched / Expected;

        // Nothing read is nothing right: a style the reader cannot read scores zero, not a perfect precision.
        public decimal Precision => Read == 0 ? 0m : (decimal)Matched / Read;

        public override string ToString() => $"recall {Recall.ToString("P1", CultureInfo.InvariantCulture)} ({Matched}/{Expected}), precision {Precision.ToString("P1", CultureInfo.InvariantCulture)} ({Matched}/{Read})";
    }

    public sealed record Measured(int Tasks, Score Lead, Score Responsible, Score Targets, List<string> Misses);

    [Theory]
    [InlineData("province-work-points", 1.0, 1.0)]
    [InlineData("implementation-opinions", 1.0, 1.0)]
    [InlineData("city-task-list", 1.0, 1.0)]
    [InlineData("talent-action-plan", 1.0, 1.0)]
    public void Style_DraftedAgainstItsExpectation_PrintsRecallAndPrecision(string style, double leadFloor, double targetFloor)
    {
        var m = Measure(style);
        output.WriteLine($"{style}: tasks {m.Tasks}");
        output.WriteLine($"  lead        {m.Lead}");
        output.WriteLine($"  responsible {m.Responsible}");
        output.WriteLine($"  targets     {m.Targets}");
        m.Misses.ForEach(output.WriteLine);
        Assert.True(m.Lead.Recall >= (decimal)leadFloor && m.Lead.Precision >= (decimal)leadFloor, $"lead {m.Lead}");
        Assert.True(m.Responsible.Recall >= (decimal)leadFloor && m.Responsible.Precision >= (decimal)leadFloor, $"responsible {m.Responsible}");
        Assert.True(m.Targets.Recall >= (decimal)targetFloor && m.Targets.Precision >= (decimal)targetFloor, $"targets {m.Targets}");
    }

    public static Measured Measure(string style)
    {
        using var expectation = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, style + ".expected.json")));
        var year = expectation.RootElement.GetProperty("year").GetInt32();
        var text = File.ReadAllText(Path.Combine(Folder, style + ".txt"));
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var rows = PlanTextReader.Recognises(text) ? PlanTextReader.Read(lines) : LedgerTextReader.Read(lines);
        var drafted = rows.Count == 0 ? [] : LedgerDrafter.Draft(rows, "style", style, year).Tasks;

        var misses = new List<string>();
        int lead = 0, leadWanted = 0, others = 0, othersWanted = 0, targets = 0, targetsWanted = 0;
        foreach (var task in expectation.RootElement.GetProperty("tasks").EnumerateArray())
        {
            var no = task.GetProperty("no").GetInt32();
            var got = drafted.FirstOrDefault(t => t.No == no);
            lead += Overlap(no, "lead", Strings(task, "lead"), Read(got), misses, ref leadWanted);
            others += Overlap(no, "responsible", Strings(task, "responsible"), got?.Responsible ?? [], misses, ref othersWanted);

            var proposed = (got?.Targets ?? []).Select(t => (t.Kind.Name, t.Value, t.Unit, t.Deadline)).ToList();
            foreach (var want in task.GetProperty("targets").EnumerateArray())
            {
                targetsWanted++;
                var key = (
                    want.GetProperty("kind").GetString()!,
                    want.GetProperty("value").ValueKind == JsonValueKind.Null ? (decimal?)null : want.GetProperty("value").GetDecimal(),
                    want.GetProperty("unit").GetString()!,
                    DateOnly.Parse(want.GetProperty("deadline").GetString()!, CultureInfo.InvariantCulture));
                var i = proposed.FindIndex(p => p.Name == key.Item1 && p.Value == key.Item2 && p.Unit == key.Item3 && p.Deadline == key.Item4);
                if (i >= 0)
                {
                    targets++;
                    proposed.RemoveAt(i);
                }
                else
                {
                    misses.Add($"  task {no}: missed target {key}");
                }
            }

            misses.AddRange(proposed.Select(p => $"  task {no}: extra target {p}"));
        }

        foreach (var extra in drafted.Where(t => !expectation.RootElement.GetProperty("tasks").EnumerateArray().Any(e => e.GetProperty("no").GetInt32() == t.No)))
        {
            misses.Add($"  task {extra.No}: not expected ({extra.Text})");
        }

        return new Measured(
            drafted.Count,
            new Score(lead, leadWanted, drafted.Sum(t => Read(t).Count)),
            new Score(others, othersWanted, drafted.Sum(t => t.Responsible.Count)),
            new Score(targets, targetsWanted, drafted.Sum(t => t.Targets.Count)),
            misses);
    }

    // The placeholder lead of a task whose text named none is no reading of a unit: it counts as nothing read.
    private static IReadOnlyList<string> Read(LedgerTask? task) => [.. (task?.Lead ?? []).Where(l => l != LedgerDrafter.UndecidedLead)];

    private static IReadOnlyList<string> Strings(JsonElement task, string name) => [.. task.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];

    private static int Overlap(int no, string what, IReadOnlyList<string> want, IReadOnlyList<string> got, List<string> misses, ref int wanted)
    {
        wanted += want.Count;
        var hit = want.Count(got.Contains);
        if (hit < want.Count || got.Count > hit)
        {
            misses.Add($"  task {no} {what}: read [{string.Join(" | ", got)}], expected [{string.Join(" | ", want)}]");
        }

        return hit;
    }
}
