using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Engine.Rules.Ledgers;

/// <summary>Parses one area file into its tasks and targets, reporting every problem with its location.</summary>
internal static class AreaFileParser
{
    public static (Area Area, List<LedgerTask> Tasks)? Parse(string path, string displayName, AreaContext context, List<Problem> problems)
    {
        var before = problems.Count;
        var root = JsonFileLoader.Load(path, displayName, problems);
        if (root is null)
        {
            return null;
        }

        var sink = new ProblemSink(displayName, problems);
        var fields = new JsonFields(root, sink);
        var areaObj = fields.Object("area", required: true);
        var taskArray = fields.Array("tasks", required: true);
        fields.ReportUnknown();

        Area? area = null;
        if (areaObj is not null)
        {
            var areaFields = new JsonFields(areaObj, sink);
            var no = areaFields.String("no", required: true);
            var name = areaFields.String("name", required: true);
            areaFields.ReportUnknown();
            if (no is not null && name is not null)
            {
                area = new Area(no, name, displayName);
            }
        }

        var tasks = new List<LedgerTask>();
        if (taskArray is not null)
        {
            if (taskArray.Count == 0)
            {
                sink.At(taskArray, "\"tasks\" is empty: an area file holds at least one task");
            }

            foreach (var item in taskArray)
            {
                if (item is not JObject taskObj)
                {
                    sink.At(item, $"each task must be an object, not {JsonFileLoader.Describe(item)}");
                    continue;
                }

                var task = ParseTask(taskObj, area ?? new Area("?", "?", displayName), context, sink);
                if (task is not null)
                {
                    tasks.Add(task);
                }
            }
        }

        return problems.Count > before || area is null ? null : (area, tasks);
    }

    private static LedgerTask? ParseTask(JObject obj, Area area, AreaContext context, ProblemSink sink)
    {
        var before = sink.Count;
        var fields = new JsonFields(obj, sink);
        var no = fields.Integer("no", required: true, min: 1);
        var measure = ParseMeasure(fields.Object("measure", required: true), sink);
        var lead = fields.Strings("lead", required: true);
        var responsible = fields.Strings("responsible", required: true);
        var text = fields.String("text", required: true);
        var combine = Combine.All;
        var combineName = fields.String("combine", required: false);
        if (combineName is not null && !WireNames.TryParseCombine(combineName, out combine))
        {
            fields.Problem("combine", $"\"combine\" is \"{combineName}\"; it must be one of: {string.Join(", ", WireNames.CombineNames)}");
        }

        var remark = fields.String("remark", required: false);
        var targetArray = fields.Array("targets", required: true);
        fields.ReportUnknown();

        if (lead is { Count: 0 })
        {
            fields.Problem("lead", "\"lead\" is empty: a task needs at least one lead unit");
        }

        var targets = new List<Target>();
        if (targetArray is not null)
        {
            if (targetArray.Count == 0)
            {
                sink.At(targetArray, $"task {no} has no targets: give it at least one (a milestone when the text has no number)");
            }

            foreach (var item in targetArray)
            {
                if (item is not JObject targetObj)
                {
                    sink.At(item, $"each target must be an object, not {JsonFileLoader.Describe(item)}");
                    continue;
                }

                var target = TargetParser.Parse(targetObj, no ?? 0, context, sink);
                if (target is not null)
                {
                    targets.Add(target);
                }
            }
        }

        if (sink.Count > before || no is null || measure is null || lead is null || responsible is null || text is null)
        {
            return null;
        }

        var info = (IJsonLineInfo)obj;
        return new LedgerTask
        {
            No = no.Value,
            Area = area,
            Measure = measure,
            Lead = lead,
            Responsible = responsible,
            Text = text,
            Combine = combine,
            Remark = remark,
            Targets = targets,
            Location = new SourceLocation(sink.File, info.LineNumber, info.LinePosition),
        };
    }

    private static Measure? ParseMeasure(JObject? obj, ProblemSink sink)
    {
        if (obj is null)
        {
            return null;
        }

        var fields = new JsonFields(obj, sink);
        var no = fields.Integer("no", required: true, min: 1);
        var name = fields.String("name", required: true);
        fields.ReportUnknown();
        return no is null || name is null ? null : new Measure(no.Value, name);
    }
}
