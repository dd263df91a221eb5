using System.Globalization;
using Engine.Rules.Assessment;
using Engine.Rules.Authoring;
using Engine.Rules.Ledgers;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Engine.Output;

/// <summary>Writes a ledger diff as text for people or as JSON for tools.</summary>
internal static class DiffWriter
{
    private static readonly IReadOnlyList<Status> Order = Statuses.Order;

    public static void WriteText(LedgerDiff diff, TextWriter w)
    {
        w.WriteLine($"rules {diff.OldRevision} → {diff.NewRevision}");
        w.WriteLine($"targets: {diff.Added.Count} added, {diff.Removed.Count} removed, {diff.Changed.Count} changed");
        foreach (var t in diff.Added)
        {
            w.WriteLine($"  + {t.Id} (task {t.TaskNo}) {t.Kind.Name} {Req(t)} by {IsoDate.Format(t.Deadline)}: {t.Metric}");
        }

        foreach (var t in diff.Removed)
        {
            w.WriteLine($"  - {t.Id} (task {t.TaskNo}) {t.Kind.Name} {Req(t)}: {t.Metric}");
        }

        foreach (var c in diff.Changed)
        {
            w.WriteLine($"  ~ {c.Id}: {string.Join("; ", c.Fields.Select(f => $"{f.Field} {f.Old ?? "(none)"} → {f.New ?? "(none)"}"))}");
        }

        w.WriteLine($"assessment as of {IsoDate.Format(diff.AsOf)}, same figures: {diff.Tasks.Count} task(s) change");
        foreach (var t in diff.Tasks)
        {
            var who = t.Entity.Length == 0 ? "" : $" [{t.Entity}]";
            w.WriteLine($"  task {t.TaskNo}{who}: {Cell(t.OldStatus, t.OldProgress)} → {Cell(t.NewStatus, t.NewProgress)}");
        }

        w.WriteLine("status transitions (rows: before, columns: after):");
        w.WriteLine($"  {"",-10}" + string.Concat(Order.Select(s => $"{s.Name(),10}")));
        foreach (var from in Order)
        {
            w.WriteLine($"  {from.Name(),-10}" + string.Concat(Order.Select(to => $"{diff.Transitions.GetValueOrDefault((from, to)),10}")));
        }
    }

    public static void WriteJson(LedgerDiff diff, TextWriter w)
    {
        var doc = new JObject
        {
            ["old_revision"] = diff.OldRevision,
            ["new_revision"] = diff.NewRevision,
            ["as_of"] = IsoDate.Format(diff.AsOf),
            ["targets"] = new JObject
            {
                ["added"] = new JArray(diff.Added.Select(t => t.Id)),
                ["removed"] = new JArray(diff.Removed.Select(t => t.Id)),
                ["changed"] = new JArray(diff.Changed.Select(c => new JObject
                {
                    ["id"] = c.Id,
                    ["fields"] = new JArray(c.Fields.Select(f => new JObject { ["field"] = f.Field, ["old"] = f.Old, ["new"] = f.New })),
                })),
            },
            ["tasks"] = new JArray(diff.Tasks.Select(t => new JObject
            {
                ["entity"] = t.Entity,
                ["no"] = t.TaskNo,
                ["old_status"] = t.OldStatus?.Name(),
                ["new_status"] = t.NewStatus?.Name(),
                ["old_progress"] = t.OldProgress,
                ["new_progress"] = t.NewProgress,
            })),
            ["transitions"] = new JObject(Order.Select(from => new JProperty(from.Name(), new JObject(Order.Select(to => new JProperty(to.Name(), diff.Transitions.GetValueOrDefault((from, to)))))))),
        };
        w.WriteLine(doc.ToString(Formatting.Indented));
    }

    private static string Req(Target t) => TargetPhrases.Requirement(t);

    private static string Cell(Status? status, int? progress) => status is null ? "(absent)" : $"{status.Value.Name()} {progress}%";
}
