using System.Globalization;
using Engine.Rules.Model;
using Newtonsoft.Json;
using nietras.SeparatedValues;

namespace Engine.Output;

/// <summary>The flat list of a ledger's targets with every default resolved (<c>engine targets</c>).</summary>
public static class TargetListWriter
{
    public static readonly string[] Columns = ["id", "task", "metric", "kind", "value", "value2", "baseline", "unit", "deadline", "schedule", "slack", "combine", "source"];

    public static void WriteJson(Ledger ledger, TextWriter output)
    {
        using var w = new JsonTextWriter(output) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false };
        w.WriteStartArray();
        foreach (var (task, t) in Rows(ledger))
        {
            w.WriteStartObject();
            w.WritePropertyName("id");
            w.WriteValue(t.Id);
            w.WritePropertyName("task");
            w.WriteValue(task.No);
            w.WritePropertyName("metric");
            w.WriteValue(t.Metric);
            w.WritePropertyName("kind");
            w.WriteValue(t.Kind.Name());
            w.WritePropertyName("value");
            w.WriteValue(t.Value);
            w.WritePropertyName("value2");
            w.WriteValue(t.Value2);
            w.WritePropertyName("baseline");
            w.WriteValue(t.Baseline);
            w.WritePropertyName("unit");
            w.WriteValue(t.Unit);
            w.WritePropertyName("deadline");
            w.WriteValue(Date(t.Deadline));
            w.WritePropertyName("schedule");
            w.WriteValue(t.Schedule.Name());
            w.WritePropertyName("slack");
            w.WriteValue(t.Slack);
            w.WritePropertyName("combine");
            w.WriteValue(task.Combine.Name());
            w.WritePropertyName("source");
            w.WriteValue(t.Source);
            w.WritePropertyName("exclusive");
            w.WriteValue(t.Exclusive);
            w.WritePropertyName("tolerance");
            w.WriteValue(t.Kind == TargetKind.About ? t.EffectiveTolerance : null);
            w.WritePropertyName("note");
            w.WriteValue(t.Note);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.Flush();
        output.Write('\n');
    }

    public static void WriteCsv(Ledger ledger, TextWriter output)
    {
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(output, leaveOpen: true);
        foreach (var (task, t) in Rows(ledger))
        {
            using var row = writer.NewRow();
            row["id"].Set(t.Id);
            row["task"].Set(task.No.ToString(CultureInfo.InvariantCulture));
            row["metric"].Set(t.Metric);
            row["kind"].Set(t.Kind.Name());
            row["value"].Set(Number(t.Value));
            row["value2"].Set(Number(t.Value2));
            row["baseline"].Set(Number(t.Baseline));
            row["unit"].Set(t.Unit);
            row["deadline"].Set(Date(t.Deadline));
            row["schedule"].Set(t.Schedule.Name());
            row["slack"].Set(Number(t.Slack));
            row["combine"].Set(task.Combine.Name());
            row["source"].Set(t.Source ?? "");
        }
    }

    private static IEnumerable<(LedgerTask Task, Target Target)> Rows(Ledger ledger) =>
        ledger.Tasks.SelectMany(task => task.Targets.Select(t => (task, t)));

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
