using Engine.Rules.Authoring;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

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
        var w = new AnswerJsonText(output);
        w.StartObject();
        Prop(w, "ledger", result.Ledger.Id);
        Prop(w, "revision", result.Ledger.Revision);
        Prop(w, "engine", EngineVersion.Current);
        Prop(w, "semantics", Semantics.Version);
        Prop(w, "as_of", result.AsOf);
        if (result.AsOfDates.Count > 1)
        {
            w.Name("as_of_dates");
            w.StartArray();
            foreach (var date in result.AsOfDates)
            {
                w.Date(date);
            }

            w.EndArray();
        }

        Counts(w, result.Figures);
        w.Name("rejected");
        w.StartArray();
        foreach (var problem in result.Rejected)
        {
            w.StartObject();
            Prop(w, "line", problem.Line);
            Prop(w, "reason", problem.MessageIn(lang));
            Prop(w, "file", problem.Source);
            Prop(w, "field", problem.Field);
            w.EndObject();
        }

        w.EndArray();
        w.Name("assessments");
        w.StartArray();
        foreach (var assessment in result.Assessments)
        {
            WriteAssessment(w, result, assessment, lang);
        }

        w.EndArray();
        w.EndObject();
        w.Flush();
        output.Write('\n');
    }

    private static void WriteAssessment(AnswerJsonText w, EvaluationResult result, EntityAssessment assessment, Language lang)
    {
        var ledger = result.Ledger;
        w.StartObject();
        Prop(w, "entity", assessment.Entity);
        Prop(w, "as_of", assessment.AsOf);
        w.Name("summary");
        w.StartObject();
        foreach (var status in Statuses.Order)
        {
            Prop(w, status.Name(), assessment.Summary[status]);
        }

        w.EndObject();
        w.Name("tasks");
        w.StartArray();
        foreach (var task in assessment.Tasks)
        {
            WriteTask(w, ledger, task, lang);
        }

        w.EndArray();
        if (result.AsOfDates.Count > 1)
        {
            Counts(w, result.CountsByDate[assessment.AsOf]);
        }

        w.EndObject();
        // Each entity's answer goes on its way as soon as it is written (the API streams it).
        w.Flush();
    }

    private static void Counts(AnswerJsonText w, Rules.Figures.FigureCounts counts)
    {
        w.Name("figures");
        w.StartObject();
        Prop(w, "read", counts.Read);
        Prop(w, "used", counts.Used);
        Prop(w, "rejected", counts.Rejected);
        Prop(w, "superseded", counts.Superseded);
        Prop(w, "after_as_of", counts.AfterAsOf);
        Prop(w, "blank", counts.Blank);
        w.EndObject();
    }

    private static void WriteTask(AnswerJsonText w, Ledger ledger, TaskAssessment task, Language lang)
    {
        var t = task.Task;
        w.StartObject();
        Prop(w, "no", t.No);
        Prop(w, "area", t.Area.Title);
        Prop(w, "measure", t.Measure.Name);
        Strings(w, "lead", t.Lead);
        Strings(w, "responsible", t.Responsible);
        Prop(w, "text", t.Text);
        Prop(w, "status", task.Status.Name());
        Prop(w, "label", ledger.Labels.For(task.Status));
        Prop(w, "progress", Semantics.TaskPercent(task.Progress));
        w.Name("stale");
        w.Bool(task.Stale);
        Prop(w, "problems", TaskExplainer.Problems(task, lang));
        Prop(w, "achievements", TaskExplainer.Achievements(task, lang));
        w.Name("alert");
        w.String(task.Alert?.Level);
        Prop(w, "combine", t.Combine.Name());
        if (t.Remark is not null)
        {
            Prop(w, "remark", t.Remark);
        }

        w.Name("targets");
        w.StartArray();
        foreach (var target in task.Targets)
        {
            WriteTarget(w, target);
        }

        w.EndArray();
        w.EndObject();
    }

    private static void WriteTarget(AnswerJsonText w, TargetAssessment a)
    {
        var t = a.Target;
        w.StartObject();
        Prop(w, "id", t.Id);
        Prop(w, "status", a.Status.Name());
        Prop(w, "progress", Semantics.TargetPercent(a.Progress));
        w.Name("stale");
        w.Bool(a.Stale);
        w.Name("value");
        if (a.Figure is null)
        {
            w.Null();
        }
        else
        {
            w.Number(a.Figure.Value);
        }

        w.Name("as_of");
        if (a.Figure is null)
        {
            w.Null();
        }
        else
        {
            w.Date(a.Figure.AsOf);
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
        Prop(w, "deadline", t.Deadline);
        Prop(w, "schedule", t.Schedule.Name());
        Prop(w, "rule", a.Rule);
        w.Name("projected");
        if (a.Projection is { } projection)
        {
            w.Number(Math.Round(projection.Value, 2, MidpointRounding.AwayFromZero));
            Prop(w, "outlook", projection.Outlook);
        }
        else
        {
            w.Null();
            w.Name("outlook");
            w.Null();
        }
        w.EndObject();
    }

    private static void Prop(AnswerJsonText w, string name, string? value)
    {
        w.Name(name);
        w.String(value);
    }

    private static void Prop(AnswerJsonText w, string name, int value)
    {
        w.Name(name);
        w.Number(value);
    }

    private static void Prop(AnswerJsonText w, string name, decimal value)
    {
        w.Name(name);
        w.Number(value);
    }

    private static void Strings(AnswerJsonText w, string name, IEnumerable<string> values)
    {
        w.Name(name);
        w.StartArray();
        foreach (var value in values)
        {
            w.String(value);
        }

        w.EndArray();
    }

    private static void Prop(AnswerJsonText w, string name, DateOnly value)
    {
        w.Name(name);
        w.Date(value);
    }
}
