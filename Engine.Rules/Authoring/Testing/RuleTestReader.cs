using Engine.Rules.Assessment;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Engine.Rules.Authoring;

/// <summary>
/// Reads the test cases beside a ledger (<c>tests/*.json</c>), checking them against the ledger: every problem
/// is reported with file and line, like the rule files' own.
/// </summary>
public static class RuleTestReader
{
    /// <summary>The folder, inside a ledger folder, that holds its test cases.</summary>
    public const string Folder = "tests";

    private static readonly string[] Fields = ["status", "progress", "label", "alert", "stale"];

    // Alerts are raised for tasks only (the runner has no target alert to compare), so a target expecting one
    // could never pass: it is refused here, where the line is known.
    private static readonly string[] TargetFields = ["status", "progress", "label", "stale", "expected"];

    /// <summary>The field of a figure that expects it refused: words its reason must contain.</summary>
    public const string Refused = "refused";

    /// <summary>Reads every case in the ledger folder's <c>tests</c> folder, with every problem found; no folder means no cases.</summary>
    public static (IReadOnlyList<RuleTestCase> Cases, IReadOnlyList<Problem> Problems) Read(string ledgerFolder, Ledger ledger)
    {
        var problems = new List<Problem>();
        var cases = new List<RuleTestCase>();
        var folder = Path.Combine(ledgerFolder, Folder);
        if (!Directory.Exists(folder))
        {
            return (cases, problems);
        }

        foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var name = $"{Folder}/{Path.GetFileName(path)}";
            var root = JsonFileLoader.Load(path, name, problems);
            if (root is null)
            {
                continue;
            }

            var sink = new ProblemSink(name, problems);
            var fields = new JsonFields(root, sink);
            var array = fields.Array("cases", required: true);
            fields.ReportUnknown();
            foreach (var item in array ?? [])
            {
                if (item is JObject obj && ReadCase(obj, sink, ledger) is { } testCase)
                {
                    cases.Add(testCase);
                }
                else if (item is not JObject)
                {
                    sink.At(item, "each case must be an object");
                }
            }
        }

        return (cases, problems);
    }

    private static RuleTestCase? ReadCase(JObject obj, ProblemSink sink, Ledger ledger)
    {
        var before = sink.Count;
        var fields = new JsonFields(obj, sink);
        var name = fields.String("name", required: true);
        var asOf = fields.Date("as_of", required: true);
        var entity = fields.String("entity", required: false) ?? "";
        var figureArray = fields.Array("figures", required: true);
        var expect = fields.Object("expect", required: true);
        fields.ReportUnknown();

        var figures = new List<RawFigure>();
        var expectations = new List<Expectation>();
        foreach (var item in figureArray ?? [])
        {
            var line = ((IJsonLineInfo)item).LineNumber;
            if (item is not JObject f)
            {
                sink.At(item, "each figure must be an object");
                continue;
            }

            var ff = new JsonFields(f, sink);
            figures.Add(new RawFigure(sink.File, line, Text(ff.Raw("target")), Text(ff.Raw("as_of")), Text(ff.Raw("value")))
            {
                Unit = Text(ff.Raw("unit")),
                Entity = Text(ff.Raw("entity")) ?? entity,
                Note = Text(ff.Raw("note")),
            });
            // A case may show that a figure is refused, and why: the words must be in the reason.
            if (ff.String(Refused, required: false) is { } reason)
            {
                var at = (IJsonLineInfo)f;
                expectations.Add(new Expectation($"figure line {line}", line.ToString(System.Globalization.CultureInfo.InvariantCulture), IsTask: false, Refused, reason, new SourceLocation(sink.File, at.LineNumber, at.LinePosition)));
            }

            ff.ReportUnknown();
        }

        if (expect is not null)
        {
            var ef = new JsonFields(expect, sink);
            var tasks = ef.Object("tasks", required: false);
            var targets = ef.Object("targets", required: false);
            ef.ReportUnknown();
            if (tasks is null && targets is null)
            {
                sink.At(expect, "\"expect\" names no tasks and no targets");
            }

            foreach (var p in tasks?.Properties() ?? [])
            {
                if (!int.TryParse(p.Name, out var no) || !ledger.Tasks.Any(t => t.No == no))
                {
                    sink.At(p, $"the ledger has no task \"{p.Name}\"");
                    continue;
                }

                expectations.AddRange(ReadFields(p, $"task {no}", p.Name, isTask: true, sink));
            }

            foreach (var p in targets?.Properties() ?? [])
            {
                if (!ledger.TryGetTarget(p.Name, out _))
                {
                    sink.At(p, $"the ledger has no target \"{p.Name}\"");
                    continue;
                }

                expectations.AddRange(ReadFields(p, $"target {p.Name}", p.Name, isTask: false, sink));
            }
        }

        if (sink.Count > before || name is null || asOf is null)
        {
            return null;
        }

        var info = (IJsonLineInfo)obj;
        return new RuleTestCase(name, new SourceLocation(sink.File, info.LineNumber, info.LinePosition), asOf.Value, entity, figures, expectations);
    }

    private static IEnumerable<Expectation> ReadFields(JProperty property, string subject, string key, bool isTask, ProblemSink sink)
    {
        if (property.Value is not JObject fields)
        {
            sink.At(property, $"{subject}: expected an object such as {{ \"status\": \"on_track\" }}");
            yield break;
        }

        var allowed = isTask ? Fields : TargetFields;
        foreach (var field in fields.Properties())
        {
            var info = (IJsonLineInfo)field;
            if (!isTask && field.Name == "alert")
            {
                sink.At(field, $"{subject}: \"alert\" is a task field (alerts are raised for tasks); expect one of: {string.Join(", ", allowed)}");
                continue;
            }

            if (!allowed.Contains(field.Name))
            {
                sink.At(field, $"{subject}: unknown field \"{field.Name}\"; expect one of: {string.Join(", ", allowed)}");
                continue;
            }

            if (field.Name == "status" && (field.Value.Type != JTokenType.String || !WireNames.TryParseStatus((string)field.Value!, out _)))
            {
                sink.At(field, $"{subject}: status must be one of {string.Join(", ", WireNames.StatusNames)}");
                continue;
            }

            yield return new Expectation(subject, key, isTask, field.Name, Text(field.Value) ?? "", new SourceLocation(sink.File, info.LineNumber, info.LinePosition));
        }
    }

    private static string? Text(JToken? token) => token is null || token.Type == JTokenType.Null ? null
        : token.Type is JTokenType.Integer or JTokenType.Float ? Convert.ToString(((JValue)token).Value, System.Globalization.CultureInfo.InvariantCulture)
        : token.Type == JTokenType.String ? (string?)token : token.ToString(Formatting.None);
}
