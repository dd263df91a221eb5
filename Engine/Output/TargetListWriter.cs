using System.Globalization;
using Engine.Rules.Ledgers;
using Newtonsoft.Json;
using nietras.SeparatedValues;

namespace Engine.Output;

/// <summary>The flat list of a ledger's targets with every default resolved (<c>engine targets</c>).</summary>
internal static class TargetListWriter
{
    public static readonly string[] Columns = ["id", "task", "metric", "kind", "nature", "value", "value2", "baseline", "unit", "integer", "deadline", "schedule", "slack", "combine", "source"];

    public static void WriteJson(Ledger ledger, TextWriter output)
    {
        using var w = new JsonTextWriter(output) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false };
        w.WriteStartArray();
        foreach (var (task, t) in Rows(ledger))
        {
            w.WriteStartObject();
            foreach (var (name, value) in Fields(task, t))
            {
                w.WritePropertyName(name);
                if (value is decimal number)
                {
                    JsonNumbers.Write(w, number);
                }
                else
                {
                    w.WriteValue(value);
                }
            }

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
            row["kind"].Set(t.Kind.Name);
            row["nature"].Set(Natures.Name(t.Nature));
            row["value"].Set(Number(t.Value));
            row["value2"].Set(Number(t.Value2));
            row["baseline"].Set(Number(t.Baseline));
            row["unit"].Set(t.Unit);
            row["integer"].Set(t.Integer ? "true" : "false");
            row["deadline"].Set(Date(t.Deadline));
            row["schedule"].Set(t.Schedule.Name());
            row["slack"].Set(Number(t.Slack));
            row["combine"].Set(task.Combine.Name());
            row["source"].Set(t.Source ?? "");
        }
    }

    private static IEnumerable<(string Name, object? Value)> Fields(LedgerTask task, Target t) =>
    [
        ("id", t.Id), ("task", task.No), ("metric", t.Metric), ("kind", t.Kind.Name), ("nature", Natures.Name(t.Nature)), ("value", t.Value), ("value2", t.Value2),
        ("baseline", t.Baseline), ("unit", t.Unit), ("integer", t.Integer), ("deadline", Date(t.Deadline)), ("schedule", t.Schedule.Name()), ("slack", t.Slack),
        ("combine", task.Combine.Name()), ("source", t.Source), ("exclusive", t.Exclusive),
        ("tolerance", t.Kind.Takes("tolerance") ? t.EffectiveTolerance : null), ("note", t.Note),
    ];

    private static IEnumerable<(LedgerTask Task, Target Target)> Rows(Ledger ledger) =>
        ledger.Tasks.SelectMany(task => task.Targets.Select(t => (task, t)));

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Date(DateOnly date) => IsoDate.Format(date);
}
