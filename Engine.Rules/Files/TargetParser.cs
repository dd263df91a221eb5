using Engine.Rules.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Engine.Rules.Files;

/// <summary>Parses and validates one target, resolving its defaults against the ledger.</summary>
internal static class TargetParser
{
    public static Target? Parse(JObject obj, int taskNo, AreaContext context, ProblemSink sink)
    {
        var before = sink.Count;
        var id = obj.TryGetValue("id", StringComparison.Ordinal, out var idToken) && idToken.Type == JTokenType.String ? (string?)idToken : null;
        var fields = new JsonFields(obj, sink, id);
        id = fields.String("id", required: true);
        var metric = fields.String("metric", required: true);
        var kindName = fields.String("kind", required: true);
        var kind = TargetKind.AtLeast;
        if (kindName is not null && !WireNames.TryParseKind(kindName, out kind))
        {
            fields.Problem("kind", $"unknown kind \"{kindName}\"; it must be one of: {string.Join(", ", WireNames.KindNames)}");
            kindName = null;
        }

        var value = fields.Number("value", required: kindName is not null && kind != TargetKind.Milestone);
        var value2 = fields.Number("value2", required: kindName is not null && kind == TargetKind.Between);
        var baseline = fields.Number("baseline", required: false);
        var unit = fields.String("unit", required: true);
        var deadline = fields.Date("deadline", required: false);
        var exclusive = fields.Boolean("exclusive");
        var tolerance = fields.Number("tolerance", required: false);
        var scheduleName = fields.String("schedule", required: false);
        var slack = LedgerReader.ReadSlack(fields, "slack");
        var source = fields.String("source", required: false);
        var note = fields.String("note", required: false);
        var draft = fields.Boolean("draft");
        var confidence = fields.Number("confidence", required: false);
        fields.ReportUnknown();
        if (confidence is < 0m or > 1m)
        {
            fields.Problem("confidence", $"\"confidence\" is {confidence}; it must be between 0 and 1");
        }


        var schedule = Schedule.Linear;
        if (scheduleName is not null && !WireNames.TryParseSchedule(scheduleName, out schedule))
        {
            fields.Problem("schedule", $"unknown schedule \"{scheduleName}\"; it must be one of: {string.Join(", ", WireNames.ScheduleNames)}");
        }

        if (kindName is not null)
        {
            CheckKindFields(fields, kind, value, value2, exclusive, tolerance);
        }

        if (deadline is not null && context.Period is not null && deadline < context.Period.Start)
        {
            fields.Problem("deadline", $"the deadline {IsoDate.Format(deadline.Value)} is before the ledger period starts ({IsoDate.Format(context.Period.Start)})");
        }

        if (sink.Count > before || id is null || metric is null || kindName is null || unit is null || context.Period is null)
        {
            return null;
        }

        var info = (IJsonLineInfo)obj;
        return new Target
        {
            Id = id,
            TaskNo = taskNo,
            Metric = metric,
            Kind = kind,
            Value = value,
            Value2 = value2,
            Baseline = baseline,
            Unit = unit,
            Deadline = deadline ?? context.Period.End,
            Exclusive = exclusive ?? false,
            Tolerance = tolerance,
            Schedule = scheduleName is null ? Target.DefaultSchedule(kind, baseline) : schedule,
            ScheduleGiven = scheduleName is not null,
            Slack = slack ?? context.Slack,
            SlackGiven = slack is not null,
            Source = source,
            Note = note,
            Draft = draft ?? false,
            Confidence = confidence,
            Location = new SourceLocation(sink.File, info.LineNumber, info.LinePosition),
        };
    }

    private static void CheckKindFields(JsonFields fields, TargetKind kind, decimal? value, decimal? value2, bool? exclusive, decimal? tolerance)
    {
        var kindName = kind.Name();
        if (kind == TargetKind.Milestone && value is not null)
        {
            fields.Problem("value", "a milestone has no \"value\": its figure is the percent of the work done (0–100)");
        }

        if (kind != TargetKind.Between && value2 is not null)
        {
            fields.Problem("value2", $"\"value2\" is the upper bound of a between target; this target is {kindName}");
        }

        if (kind == TargetKind.Between && value is not null && value2 is not null && value2 < value)
        {
            fields.Problem("value2", $"\"value2\" ({value2}) is below \"value\" ({value}): a between range needs value ≤ value2");
        }

        if (exclusive is not null && kind is not (TargetKind.AtLeast or TargetKind.AtMost))
        {
            fields.Problem("exclusive", $"\"exclusive\" applies to at_least and at_most; this target is {kindName}");
        }

        if (tolerance is not null)
        {
            if (kind != TargetKind.About)
            {
                fields.Problem("tolerance", $"\"tolerance\" applies to about targets; this target is {kindName}");
            }
            else if (tolerance < 0m)
            {
                fields.Problem("tolerance", $"\"tolerance\" is {tolerance}; it must be 0 or more");
            }
        }
    }
}
