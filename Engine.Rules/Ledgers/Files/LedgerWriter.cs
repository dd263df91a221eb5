using System.Globalization;
using Newtonsoft.Json;

namespace Engine.Rules.Ledgers;

/// <summary>
/// Writes a ledger back as format-v1 rule files, so that reading the result gives the same ledger.
/// Deadlines are written resolved; schedule, slack and integer only where the file set them.
/// </summary>
internal static class LedgerWriter
{
    public static void Write(Ledger ledger, string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, LedgerReader.LedgerFileName), LedgerJson(ledger));
        foreach (var area in ledger.Areas)
        {
            File.WriteAllText(Path.Combine(folder, area.File), AreaJson(area, ledger.Tasks.Where(t => t.Area.File == area.File)));
        }
    }

    public static string LedgerJson(Ledger ledger) => Json(w =>
    {
        w.WriteStartObject();
        w.WritePropertyName("id");
        w.WriteValue(ledger.Id);
        w.WritePropertyName("title");
        w.WriteValue(ledger.Title);
        w.WritePropertyName("period");
        w.WriteStartObject();
        w.WritePropertyName("start");
        w.WriteValue(Date(ledger.Period.Start));
        w.WritePropertyName("end");
        w.WriteValue(Date(ledger.Period.End));
        w.WriteEndObject();
        w.WritePropertyName("labels");
        w.WriteStartObject();
        foreach (var status in Statuses.Order)
        {
            w.WritePropertyName(status.Name());
            w.WriteValue(ledger.Labels.For(status));
        }

        w.WriteEndObject();
        w.WritePropertyName("slack");
        w.WriteValue(ledger.Slack);
        if (ledger.Alerts.Count > 0)
        {
            w.WritePropertyName("alerts");
            w.WriteStartArray();
            foreach (var alert in ledger.Alerts)
            {
                w.WriteStartObject();
                Property(w, "level", alert.Level);
                w.WritePropertyName("when");
                w.WriteStartObject();
                if (alert.Status is { } status)
                {
                    Strings(w, "status", status.Select(s => s.Name()));
                }

                if (alert.NotStatus is { } notStatus)
                {
                    Strings(w, "not_status", notStatus.Select(s => s.Name()));
                }

                Number(w, "behind_by", alert.BehindBy);
                if (alert.DueWithinDays is { } days)
                {
                    w.WritePropertyName("due_within_days");
                    w.WriteValue(days);
                }

                if (alert.Stale is { } stale)
                {
                    w.WritePropertyName("stale");
                    w.WriteValue(stale);
                }

                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (ledger.Reporting is { } reporting)
        {
            w.WritePropertyName("reporting");
            w.WriteStartObject();
            w.WritePropertyName("cycle");
            w.WriteValue(ReportingCycles.Name(reporting.Months));
            w.WritePropertyName("grace_days");
            w.WriteValue(reporting.GraceDays);
            w.WriteEndObject();
        }

        if (ledger.Entities.Count > 0)
        {
            w.WritePropertyName("entities");
            w.WriteStartArray();
            foreach (var entity in ledger.Entities)
            {
                w.WriteValue(entity);
            }

            w.WriteEndArray();
        }

        if (ledger.Units.Table.Count > 0)
        {
            w.WritePropertyName("units");
            w.WriteStartObject();
            foreach (var (canonical, aliases) in ledger.Units.Table)
            {
                Strings(w, canonical, aliases);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    });

    public static string AreaJson(Area area, IEnumerable<LedgerTask> tasks) => Json(w =>
    {
        w.WriteStartObject();
        w.WritePropertyName("area");
        w.WriteStartObject();
        w.WritePropertyName("no");
        w.WriteValue(area.No);
        w.WritePropertyName("name");
        w.WriteValue(area.Name);
        w.WriteEndObject();
        w.WritePropertyName("tasks");
        w.WriteStartArray();
        foreach (var task in tasks)
        {
            WriteTask(w, task);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void WriteTask(JsonTextWriter w, LedgerTask task)
    {
        w.WriteStartObject();
        w.WritePropertyName("no");
        w.WriteValue(task.No);
        w.WritePropertyName("measure");
        w.WriteStartObject();
        w.WritePropertyName("no");
        w.WriteValue(task.Measure.No);
        w.WritePropertyName("name");
        w.WriteValue(task.Measure.Name);
        w.WriteEndObject();
        Strings(w, "lead", task.Lead);
        Strings(w, "responsible", task.Responsible);
        w.WritePropertyName("text");
        w.WriteValue(task.Text);
        w.WritePropertyName("combine");
        w.WriteValue(task.Combine.Name());
        if (task.Remark is not null)
        {
            w.WritePropertyName("remark");
            w.WriteValue(task.Remark);
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

    private static void WriteTarget(JsonTextWriter w, Target t)
    {
        w.WriteStartObject();
        Property(w, "id", t.Id);
        Property(w, "metric", t.Metric);
        Property(w, "kind", t.Kind.Name);
        Property(w, "nature", t.NatureGiven ? Natures.Name(t.Nature) : null);
        Number(w, "value", t.Value);
        Number(w, "value2", t.Value2);
        Number(w, "baseline", t.Baseline);
        Property(w, "unit", t.Unit);
        Property(w, "deadline", Date(t.Deadline));
        if (t.Kind.Takes("exclusive"))
        {
            w.WritePropertyName("exclusive");
            w.WriteValue(t.Exclusive);
        }

        Number(w, "tolerance", t.Tolerance);
        // Schedule, slack and integer are written only when the file gave them, so a default still follows the kind and the ledger.
        Property(w, "schedule", t.ScheduleGiven ? t.Schedule.Name() : null);
        Number(w, "slack", t.SlackGiven ? t.Slack : null);
        if (t.IntegerGiven)
        {
            w.WritePropertyName("integer");
            w.WriteValue(t.Integer);
        }

        Property(w, "source", t.Source);
        Property(w, "note", t.Note);
        if (t.Draft)
        {
            w.WritePropertyName("draft");
            w.WriteValue(true);
        }

        Number(w, "confidence", t.Confidence);
        Number(w, "nature_confidence", t.NatureConfidence);
        w.WriteEndObject();
    }

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

    private static void Property(JsonTextWriter w, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        w.WritePropertyName(name);
        w.WriteValue(value);
    }

    private static void Number(JsonTextWriter w, string name, decimal? value)
    {
        if (value is null)
        {
            return;
        }

        w.WritePropertyName(name);
        JsonNumbers.Write(w, value.Value);
    }

    private static string Date(DateOnly date) => IsoDate.Format(date);

    private static string Json(Action<JsonTextWriter> write)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var w = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false })
        {
            write(w);
        }

        text.Write('\n');
        return text.ToString();
    }
}
