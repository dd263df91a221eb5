using System.Globalization;
using Engine.Rules.Authoring;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using Newtonsoft.Json;

namespace Engine.Rules.Assessment;

/// <summary>
/// Writes an evaluation as the JSON contract of <c>engine evaluate</c>, streaming task by task.
/// Keys named by the contract are written exactly; the extra keys (metric, unit, rule…) only add.
/// </summary>
public static class AssessmentJsonWriter
{
    /// <summary>Writes the whole result as one JSON document, explanations in the language given; the writer is left open.</summary>
    public static void Write(EvaluationResult result, TextWriter output, Language lang = Language.Zh)
    {
        using var w = new JsonTextWriter(output) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false, Culture = CultureInfo.InvariantCulture };
        w.WriteStartObject();
        Prop(w, "ledger", result.Ledger.Id);
        Prop(w, "revision", result.Ledger.Revision);
        Prop(w, "engine", EngineVersion.Current);
        Prop(w, "semantics", Semantics.Version);
        Prop(w, "as_of", Date(result.AsOf));
        if (result.AsOfDates.Count > 1)
        {
            w.WritePropertyName("as_of_dates");
            w.WriteStartArray();
            foreach (var date in result.AsOfDates)
            {
                w.WriteValue(Date(date));
            }

            w.WriteEndArray();
        }

        Counts(w, result.Figures);
        w.WritePropertyName("rejected");
        w.WriteStartArray();
        foreach (var problem in result.Rejected)
        {
            w.WriteStartObject();
            Prop(w, "line", problem.Line);
            Prop(w, "reason", problem.MessageIn(lang));
            Prop(w, "file", problem.Source);
            Prop(w, "field", problem.Field);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WritePropertyName("assessments");
        w.WriteStartArray();
        foreach (var assessment in result.Assessments)
        {
            WriteAssessment(w, result, assessment, lang);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.Write('\n');
    }

    private static void WriteAssessment(JsonTextWriter w, EvaluationResult result, EntityAssessment assessment, Language lang)
    {
        var ledger = result.Ledger;
        w.WriteStartObject();
        Prop(w, "entity", assessment.Entity);
        Prop(w, "as_of", Date(assessment.AsOf));
        w.WritePropertyName("summary");
        w.WriteStartObject();
        foreach (var status in Statuses.Order)
        {
            Prop(w, status.Name(), assessment.Summary[status]);
        }

        w.WriteEndObject();
        w.WritePropertyName("tasks");
        w.WriteStartArray();
        foreach (var task in assessment.Tasks)
        {
            WriteTask(w, ledger, task, lang);
        }

        w.WriteEndArray();
        if (result.AsOfDates.Count > 1)
        {
            Counts(w, result.CountsByDate[assessment.AsOf]);
        }

        w.WriteEndObject();
        w.Flush();
    }

    private static void Counts(JsonTextWriter w, Rules.Figures.FigureCounts counts)
    {
        w.WritePropertyName("figures");
        w.WriteStartObject();
        Prop(w, "read", counts.Read);
        Prop(w, "used", counts.Used);
        Prop(w, "rejected", counts.Rejected);
        Prop(w, "superseded", counts.Superseded);
        Prop(w, "after_as_of", counts.AfterAsOf);
        Prop(w, "blank", counts.Blank);
        w.WriteEndObject();
    }

    private static void WriteTask(JsonTextWriter w, Ledger ledger, TaskAssessment task, Language lang)
    {
        var t = task.Task;
        w.WriteStartObject();
        Prop(w, "no", t.No);
        Prop(w, "area", t.Area.Title);
        Prop(w, "measure", t.Measure.Name);
        Strings(w, "lead", t.Lead);
        Strings(w, "responsible", t.Responsible);
        Prop(w, "text", t.Text);
        Prop(w, "status", task.Status.Name());
        Prop(w, "label", ledger.Labels.For(task.Status));
        Prop(w, "progress", Semantics.TaskPercent(task.Progress));
        w.WritePropertyName("stale");
        w.WriteValue(task.Stale);
        Prop(w, "problems", TaskExplainer.Problems(task, lang));
        Prop(w, "achievements", TaskExplainer.Achievements(task, lang));
        w.WritePropertyName("alert");
        w.WriteValue(task.Alert?.Level);
        Prop(w, "combine", t.Combine.Name());
        if (t.Remark is not null)
        {
            Prop(w, "remark", t.Remark);
        }

        w.WritePropertyName("targets");
        w.WriteStartArray();
        foreach (var target in task.Targets)
        {
            WriteTarget(w, target);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTarget(JsonTextWriter w, TargetAssessment a)
    {
        var t = a.Target;
        w.WriteStartObject();
        Prop(w, "id", t.Id);
        Prop(w, "status", a.Status.Name());
        Prop(w, "progress", Semantics.TargetPercent(a.Progress));
        w.WritePropertyName("stale");
        w.WriteValue(a.Stale);
        w.WritePropertyName("value");
        if (a.Figure is null)
        {
            w.WriteNull();
        }
        else
        {
            Number(w, a.Figure.Value);
        }

        w.WritePropertyName("as_of");
        if (a.Figure is null)
        {
            w.WriteNull();
        }
        else
        {
            w.WriteValue(Date(a.Figure.AsOf));
        }

        Prop(w, "expected", Semantics.TargetPercent(a.Expected));
        Prop(w, "metric", t.Metric);
        Prop(w, "kind", t.Kind.Name);
        Prop(w, "nature", Natures.Name(t.Nature));
        if (t.Value is { } value)
        {
            Prop(w, "target", value);
        }

        if (t.Value2 is { } value2)
        {
            Prop(w, "target2", value2);
        }

        Prop(w, "unit", t.Unit);
        Prop(w, "deadline", Date(t.Deadline));
        Prop(w, "schedule", t.Schedule.Name());
        Prop(w, "rule", a.Rule);
        w.WritePropertyName("projected");
        if (a.Projection is { } projection)
        {
            Number(w, Math.Round(projection.Value, 2, MidpointRounding.AwayFromZero));
            Prop(w, "outlook", projection.Outlook);
        }
        else
        {
            w.WriteNull();
            w.WritePropertyName("outlook");
            w.WriteNull();
        }
        w.WriteEndObject();
    }

    private static void Prop(JsonTextWriter w, string name, string value)
    {
        w.WritePropertyName(name);
        w.WriteValue(value);
    }

    private static void Prop(JsonTextWriter w, string name, int value)
    {
        w.WritePropertyName(name);
        w.WriteValue(value);
    }

    private static void Prop(JsonTextWriter w, string name, decimal value)
    {
        w.WritePropertyName(name);
        Number(w, value);
    }

    internal static void Number(JsonTextWriter w, decimal value) => JsonNumbers.Write(w, value);

    private static void Strings(JsonTextWriter w, string name, IEnumerable<string> values)
    {
        w.WritePropertyName(name);
        w.WriteStartArray();
        foreach (var value in values)
        {
            w.WriteValue(value);
        }

        w.WriteEndArray();
    }

    private static string Date(DateOnly date) => IsoDate.Format(date);
}
