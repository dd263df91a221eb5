using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Engine.Rules.Ledgers;

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
        TargetKind? kind = null;
        if (kindName is not null && !TargetKinds.TryFind(kindName, out kind))
        {
            fields.Problem("kind", $"unknown kind \"{kindName}\"; it must be one of: {string.Join(", ", TargetKinds.Names)}");
            kind = null;
        }

        var value = fields.Number("value", required: kind?.Use("value") == FieldUse.Required);
        var value2 = fields.Number("value2", required: kind?.Use("value2") == FieldUse.Required);
        var baseline = fields.Number("baseline", required: false);
        var unit = fields.String("unit", required: true);
        var deadline = fields.Date("deadline", required: false);
        var exclusive = fields.Boolean("exclusive");
        var tolerance = fields.Number("tolerance", required: false);
        var integer = fields.Boolean("integer");
        var scheduleName = fields.String("schedule", required: false);
        var natureName = fields.String("nature", required: false);
        var slack = LedgerReader.ReadSlack(fields, "slack");
        var source = fields.String("source", required: false);
        var note = fields.String("note", required: false);
        var draft = fields.Boolean("draft");
        var confidence = fields.Number("confidence", required: false);
        var natureConfidence = fields.Number("nature_confidence", required: false);
        fields.ReportUnknown();
        foreach (var (name, given) in new[] { ("confidence", confidence), ("nature_confidence", natureConfidence) })
        {
            if (given is < 0m or > 1m)
            {
                fields.Problem(name, $"\"{name}\" is {given}; it must be between 0 and 1");
            }
        }


        var schedule = Schedule.Linear;
        if (scheduleName is not null && !WireNames.TryParseSchedule(scheduleName, out schedule))
        {
            fields.Problem("schedule", $"unknown schedule \"{scheduleName}\"; it must be one of: {string.Join(", ", WireNames.ScheduleNames)}");
        }

        var nature = Nature.Cumulative;
        if (natureName is not null && !Natures.TryParse(natureName, out nature))
        {
            fields.Problem("nature", $"unknown nature \"{natureName}\"; it must be one of: {string.Join(", ", Natures.Names)}");
        }
        else if (natureName is not null && kind is { MeasuresCompletion: true } && nature != Nature.Cumulative)
        {
            fields.Problem("nature", $"a {kind.Name} target builds up to 100% of the work: its nature is cumulative, not {natureName}", ProblemCodes.FieldNotForKind);
        }

        else if (natureName is null && kind is { MeasuresCompletion: false } && draft != true)
        {
            fields.Problem("nature", MissingNature(id), ProblemCodes.MissingField);
        }

        if (kind is not null)
        {
            CheckKindFields(fields, kind, value, value2, exclusive, tolerance);
        }

        if (kind is not null)
        {
            CheckInteger(fields, kind, integer, value, value2);
        }

        if (deadline is not null && context.Period is not null && deadline < context.Period.Start)
        {
            fields.Problem("deadline", $"the deadline {IsoDate.Format(deadline.Value)} is before the ledger period starts ({IsoDate.Format(context.Period.Start)})");
        }

        if (sink.Count > before || id is null || metric is null || kind is null || unit is null || context.Period is null)
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
            Nature = natureName is not null ? nature : Natures.Propose(kind, unit, value).Nature,
            NatureGiven = natureName is not null,
            Value = value,
            Value2 = value2,
            Baseline = baseline,
            Unit = unit,
            Deadline = deadline ?? context.Period.End,
            Exclusive = exclusive ?? false,
            Tolerance = tolerance,
            Schedule = scheduleName is null ? Natures.DefaultSchedule(natureName is not null ? nature : Natures.Propose(kind, unit, value).Nature, baseline) : schedule,
            ScheduleGiven = scheduleName is not null,
            Integer = integer ?? WholeNumbers.ByDefault(kind, metric, unit, value, value2),
            IntegerGiven = integer is not null,
            Slack = slack ?? context.Slack,
            SlackGiven = slack is not null,
            Source = source,
            Note = note,
            Draft = draft ?? false,
            Confidence = confidence,
            NatureConfidence = natureConfidence,
            Location = new SourceLocation(sink.File, info.LineNumber, info.LinePosition),
        };
    }

    /// <summary>
    /// A numeric target that is not a draft must say its nature (issue 13): the engine does not guess what a figure
    /// means; only a draft keeps the proposal until a person reviews it.
    /// </summary>
    private static string MissingNature(string? id) =>
        $"target {id ?? "(no id)"} has no \"nature\": add \"nature\": \"level\" (a state at a moment: a rate, a time limit, a standard, a stock) or \"cumulative\" (built up within the period: 新增, 累计, 全年 totals)";

    /// <summary>
    /// A target said to be counted in whole numbers must be one a whole figure can meet: never a milestone (its figure
    /// is a percent of the work done) and with whole values.
    /// </summary>
    private static void CheckInteger(JsonFields fields, TargetKind kind, bool? integer, decimal? value, decimal? value2)
    {
        if (integer != true)
        {
            return;
        }

        if (kind.MeasuresCompletion)
        {
            fields.Problem("integer", $"\"integer\" does not apply to {kind.Name} targets: their figure is the percent of the work done", ProblemCodes.FieldNotForKind);
        }
        else if (!WholeNumbers.IsWhole(value) || !WholeNumbers.IsWhole(value2))
        {
            fields.Problem("integer", $"\"integer\" is true but the target's value {(WholeNumbers.IsWhole(value) ? value2 : value)} is not a whole number", ProblemCodes.OutOfRange);
        }
    }

    /// <summary>The kind's own table says which of the kind-dependent fields it takes; its own checks say the rest.</summary>
    private static void CheckKindFields(JsonFields fields, TargetKind kind, decimal? value, decimal? value2, bool? exclusive, decimal? tolerance)
    {
        var given = new Dictionary<string, bool>(StringComparer.Ordinal)
        {
            ["value"] = value is not null,
            ["value2"] = value2 is not null,
            ["exclusive"] = exclusive is not null,
            ["tolerance"] = tolerance is not null,
        };
        foreach (var field in TargetKinds.DependentFields)
        {
            if (given[field] && !kind.Takes(field))
            {
                fields.Problem(field, kind.Refusal(field), ProblemCodes.FieldNotForKind);
            }
        }

        kind.Validate(value, value2, tolerance, (field, message) => fields.Problem(field, message, ProblemCodes.OutOfRange));
    }
}
