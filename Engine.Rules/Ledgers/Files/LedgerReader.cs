using Newtonsoft.Json.Linq;

namespace Engine.Rules.Ledgers;

/// <summary>
/// Reads a ledger folder (<c>ledger.json</c> plus one file per area) into a <see cref="Ledger"/>.
/// Every problem of every file is collected before anything is returned: a ledger is loaded whole or not at all.
/// </summary>
public static class LedgerReader
{
    /// <summary>The name of the header file every ledger folder holds (id, title, period, labels, alerts, units); the other JSON files are its areas.</summary>
    public const string LedgerFileName = "ledger.json";

    /// <summary>Reads and validates the folder, or throws <see cref="RuleFileException"/> with every problem.</summary>
    public static Ledger Read(string folder)
    {
        var (ledger, problems) = TryRead(folder);
        return ledger ?? throw new RuleFileException(problems);
    }

    /// <summary>Reads and validates the folder; the ledger is null exactly when problems were found.</summary>
    public static (Ledger? Ledger, IReadOnlyList<Problem> Problems) TryRead(string folder)
    {
        var problems = new List<Problem>();
        if (!Directory.Exists(folder))
        {
            problems.Add(new Problem(folder, 0, 0, "", "the ledger folder does not exist") { Code = ProblemCodes.UnreadableFile });
            return (null, problems);
        }

        var ledgerPath = Path.Combine(folder, LedgerFileName);
        if (!System.IO.File.Exists(ledgerPath))
        {
            problems.Add(new Problem(ledgerPath, 0, 0, "", $"the ledger folder has no {LedgerFileName}") { Code = ProblemCodes.UnreadableFile });
            return (null, problems);
        }

        var areaPaths = Directory.GetFiles(folder, "*.json")
            .Where(p => !string.Equals(Path.GetFileName(p), LedgerFileName, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

        var header = ReadHeader(ledgerPath, problems);
        var context = new AreaContext(header?.Period, header?.Slack ?? 0m);
        var areas = new List<(Area Area, List<LedgerTask> Tasks)>();
        foreach (var path in areaPaths)
        {
            var area = AreaFileParser.Parse(path, Path.GetFileName(path), context, problems);
            if (area is not null)
            {
                areas.Add(area.Value);
            }
        }

        if (areaPaths.Count == 0)
        {
            problems.Add(new Problem(folder, 0, 0, "", "the ledger folder has no area files (*.json beside ledger.json)") { Code = ProblemCodes.UnreadableFile });
        }

        CheckUniqueness(areas.SelectMany(a => a.Tasks).ToList(), problems);
        if (problems.Count > 0 || header is null)
        {
            return (null, problems);
        }

        var tasks = areas.SelectMany(a => a.Tasks).OrderBy(t => t.No).ToList();
        var revision = LedgerRevision.Compute([ledgerPath, .. areaPaths]);
        var ledger = new Ledger(header.Id, header.Title, header.Period, header.Labels, header.Slack, [.. areas.Select(a => a.Area)], tasks, revision, header.Alerts) { Units = header.Units, Reporting = header.Reporting, Entities = header.Entities };
        return (ledger, problems);
    }

    private static void CheckUniqueness(List<LedgerTask> tasks, List<Problem> problems)
    {
        foreach (var group in tasks.GroupBy(t => t.No).Where(g => g.Count() > 1))
        {
            var places = string.Join(", ", group.Select(t => t.Location.ToString()));
            foreach (var task in group.Skip(1))
            {
                problems.Add(new Problem(task.Location.File, task.Location.Line, task.Location.Column, "no", $"task number {group.Key} is used more than once ({places})") { Code = ProblemCodes.DuplicateId });
            }
        }

        foreach (var group in tasks.SelectMany(t => t.Targets).GroupBy(t => t.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var places = string.Join(", ", group.Select(t => t.Location.ToString()));
            foreach (var target in group.Skip(1))
            {
                problems.Add(new Problem(target.Location.File, target.Location.Line, target.Location.Column, "id", $"target id \"{group.Key}\" is used more than once ({places})") { TargetId = group.Key, Code = ProblemCodes.DuplicateId });
            }
        }
    }

    private sealed record Header(string Id, string Title, Period Period, StatusLabels Labels, decimal Slack, IReadOnlyList<AlertRule> Alerts, UnitNames Units, ReportingCycle? Reporting, IReadOnlyList<string> Entities);

    private static Header? ReadHeader(string path, List<Problem> problems)
    {
        var before = problems.Count;
        var root = JsonFileLoader.Load(path, LedgerFileName, problems);
        if (root is null)
        {
            return null;
        }

        var sink = new ProblemSink(LedgerFileName, problems);
        var fields = new JsonFields(root, sink);
        var id = fields.String("id", required: true);
        var title = fields.String("title", required: true);
        var period = ReadPeriod(fields.Object("period", required: true), sink);
        var labels = ReadLabels(fields.Object("labels", required: false), sink);
        var slack = ReadSlack(fields, "slack") ?? 0m;
        var alerts = AlertParser.Parse(fields.Array("alerts", required: false), sink);
        var units = UnitNamesParser.Parse(fields.Object("units", required: false), sink);
        var reporting = ReportingCycles.Parse(fields.Object("reporting", required: false), sink);
        var entities = ReadEntities(fields.Array("entities", required: false), sink);
        fields.ReportUnknown();
        if (problems.Count > before || id is null || title is null || period is null)
        {
            return null;
        }

        return new Header(id, title, period, labels, slack, alerts, units, reporting, entities);
    }

    internal static decimal? ReadSlack(JsonFields fields, string name)
    {
        var slack = fields.Number(name, required: false);
        if (slack is < 0m or >= 1m)
        {
            fields.Problem(name, $"\"{name}\" is {slack}; it must be at least 0 and below 1 (a share of the expected progress)", ProblemCodes.OutOfRange);
            return null;
        }

        return slack;
    }

    /// <summary>The optional <c>entities</c>: distinct non-empty names; one listed twice is refused where it stands.</summary>
    private static List<string> ReadEntities(JArray? array, ProblemSink sink)
    {
        if (array is null)
        {
            return [];
        }

        var entities = new List<string>(array.Count);
        var seen = new Dictionary<string, JToken>(StringComparer.Ordinal);
        foreach (var item in array)
        {
            if (item.Type != JTokenType.String || string.IsNullOrWhiteSpace((string?)item))
            {
                sink.At(item, $"each entry of \"entities\" must be a non-empty entity name, not {JsonFileLoader.Describe(item)}", code: ProblemCodes.WrongType);
                continue;
            }

            var name = ((string)item!).Trim();
            if (seen.TryGetValue(name, out var first))
            {
                var at = (Newtonsoft.Json.IJsonLineInfo)first;
                sink.At(item, $"the entity \"{name}\" is listed twice in \"entities\" (first at line {at.LineNumber})", code: ProblemCodes.DuplicateId);
                continue;
            }

            seen[name] = item;
            entities.Add(name);
        }

        return entities;
    }

    private static Period? ReadPeriod(JObject? obj, ProblemSink sink)
    {
        if (obj is null)
        {
            return null;
        }

        var fields = new JsonFields(obj, sink);
        var start = fields.Date("start", required: true);
        var end = fields.Date("end", required: true);
        fields.ReportUnknown();
        if (start is null || end is null)
        {
            return null;
        }

        if (end < start)
        {
            fields.Problem("end", $"the period ends ({IsoDate.Format(end.Value)}) before it starts ({IsoDate.Format(start.Value)})");
            return null;
        }

        return new Period(start.Value, end.Value);
    }

    private static StatusLabels ReadLabels(JObject? obj, ProblemSink sink)
    {
        if (obj is null)
        {
            return StatusLabels.Default;
        }

        var fields = new JsonFields(obj, sink);
        var given = new Dictionary<Status, string>();
        foreach (var status in Statuses.InDisplayOrder)
        {
            if (fields.String(status.Name, required: false) is { } label)
            {
                given[status.Status] = label;
            }
        }

        fields.ReportUnknown();
        return new StatusLabels(given);
    }
}
