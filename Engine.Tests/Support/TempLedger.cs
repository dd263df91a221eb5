using Engine.Rules.Assessment;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Tests.Support;

/// <summary>
/// Writes a small ledger folder to a temporary directory and reads it back through the real reader,
/// so tests exercise the same path as the CLI.
/// </summary>
internal sealed class TempLedger : IDisposable
{
    public const string DefaultHeader = """{ "id": "t", "title": "test ledger", "period": { "start": "2023-01-01", "end": "2023-12-31" } }""";

    /// <summary>The default header with a quarterly reporting cycle and 10 days' grace, as the bundled ledger has.</summary>
    public const string QuarterlyHeader = """{ "id": "t", "title": "test ledger", "period": { "start": "2023-01-01", "end": "2023-12-31" }, "reporting": { "cycle": "quarter", "grace_days": 10 } }""";

    public TempLedger(string areaJson, string ledgerJson = DefaultHeader, params (string Name, string Json)[] moreFiles)
    {
        Folder = Path.Combine(Path.GetTempPath(), "engine-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, "ledger.json"), ledgerJson);
        File.WriteAllText(Path.Combine(Folder, "01-area.json"), areaJson);
        foreach (var (name, json) in moreFiles)
        {
            File.WriteAllText(Path.Combine(Folder, name), json);
        }
    }

    public string Folder { get; }

    public Ledger Read() => LedgerReader.Read(Folder);

    /// <summary>An area file with one task holding the given target objects (JSON), combine as given.</summary>
    public static string Area(string targetsJson, string combine = "all", int taskNo = 1) => $$"""
        {
          "area": { "no": "一", "name": "测试" },
          "tasks": [
            { "no": {{taskNo}}, "measure": { "no": 1, "name": "措施" }, "lead": ["市甲局"], "responsible": [],
              "text": "任务文本", "combine": "{{combine}}", "targets": [ {{targetsJson}} ] }
          ]
        }
        """;

    /// <summary>A ledger of one task with one target.</summary>
    public static Ledger WithTarget(string targetJson, string combine = "all", string ledgerJson = DefaultHeader)
    {
        using var temp = new TempLedger(Area(targetJson, combine), ledgerJson);
        return temp.Read();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test on clean-up.
        }
    }
}

internal static class LedgerTextExtensions
{
    /// <summary>The same ledger with its first task's text replaced (for checks that read the text).</summary>
    public static Rules.Ledgers.Ledger WithText(this Rules.Ledgers.Ledger ledger, string text)
    {
        var tasks = ledger.Tasks.Select((t, i) => i == 0 ? t with { Text = text } : t).ToList();
        return new Rules.Ledgers.Ledger(ledger.Id, ledger.Title, ledger.Period, ledger.Labels, ledger.Slack, ledger.Areas, tasks, ledger.Revision);
    }
}

/// <summary>Runs an evaluation from in-memory figure rows.</summary>
internal static class Run
{
    public static EvaluationResult Evaluate(Ledger ledger, string asOf, params (string Target, string AsOf, string Value)[] rows) =>
        Evaluate(ledger, asOf, rows.Select(r => new RawFigure("test", 0, r.Target, r.AsOf, r.Value)));

    public static EvaluationResult Evaluate(Ledger ledger, string asOf, IEnumerable<RawFigure> rows)
    {
        var intake = new FigureIntake(ledger);
        var line = 1;
        foreach (var row in rows)
        {
            intake.Add(row with { Line = ++line });
        }

        return new Evaluator(ledger).Evaluate(FigureSet.From(intake), DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));
    }

    public static Rules.Assessment.TargetAssessment Target(EvaluationResult result, string id = "1.1") =>
        result.Assessments[0].Tasks.SelectMany(t => t.Targets).Single(t => t.Target.Id == id);

    public static Rules.Assessment.TaskAssessment Task(EvaluationResult result, int no = 1) =>
        result.Assessments[0].Tasks.Single(t => t.Task.No == no);
}
