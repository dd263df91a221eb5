using System.Globalization;
using Engine.Rules.Assessment;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Authoring;

/// <summary>What a rule change does: targets added, removed and changed field by field, and, for the same figures,
/// the tasks whose status or progress moves, with a matrix of status transitions.</summary>
public sealed record LedgerDiff(
    string OldRevision,
    string NewRevision,
    DateOnly AsOf,
    IReadOnlyList<Target> Added,
    IReadOnlyList<Target> Removed,
    IReadOnlyList<TargetChange> Changed,
    IReadOnlyList<TaskChange> Tasks,
    IReadOnlyDictionary<(Status Old, Status New), int> Transitions);

/// <summary>One field of a target that differs between two revisions.</summary>
/// <param name="Field">The rule-file field name, e.g. <c>value</c> or <c>deadline</c>.</param>
/// <param name="Old">The old value as text; null when the old revision does not set it.</param>
/// <param name="New">The new value as text; null when the new revision does not set it.</param>
public sealed record FieldChange(string Field, string? Old, string? New);

/// <summary>A target both revisions have, with the fields that differ.</summary>
/// <param name="Id">The target id, e.g. <c>20.1</c>.</param>
/// <param name="Fields">The fields that differ, in rule-file order; never empty.</param>
public sealed record TargetChange(string Id, IReadOnlyList<FieldChange> Fields);

/// <summary>A task whose status or progress moves between the revisions, for one entity and the same figures.</summary>
/// <param name="Entity">Who is assessed; <c>""</c> when the figures name no entity.</param>
/// <param name="TaskNo">The task number (序号).</param>
/// <param name="OldStatus">The status under the old revision; null when the task is new.</param>
/// <param name="NewStatus">The status under the new revision; null when the task was removed.</param>
/// <param name="OldProgress">The progress in percent (as the ledger prints it) under the old revision; null when the task is new.</param>
/// <param name="NewProgress">The progress in percent under the new revision; null when the task was removed.</param>
public sealed record TaskChange(string Entity, int TaskNo, Status? OldStatus, Status? NewStatus, int? OldProgress, int? NewProgress);

/// <summary>Compares two revisions of a ledger: the targets that change and what that does to the assessments.</summary>
public static class LedgerDiffer
{
    /// <summary>Compares two revisions of a ledger, assessing both from the same figure rows as of the same date.</summary>
    public static LedgerDiff Diff(Ledger oldLedger, Ledger newLedger, IReadOnlyList<RawFigure> figures, DateOnly? asOf)
    {
        var oldTargets = oldLedger.Targets.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var newTargets = newLedger.Targets.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var added = newLedger.Targets.Where(t => !oldTargets.ContainsKey(t.Id)).ToList();
        var removed = oldLedger.Targets.Where(t => !newTargets.ContainsKey(t.Id)).ToList();
        var changed = newLedger.Targets.Where(t => oldTargets.ContainsKey(t.Id))
            .Select(t => new TargetChange(t.Id, Fields(oldTargets[t.Id], t)))
            .Where(c => c.Fields.Count > 0)
            .ToList();

        var oldSet = Take(oldLedger, figures);
        var newSet = Take(newLedger, figures);
        // The two revisions compile at once: compiling is most of a diff's time, and each takes a core.
        var oldRules = Task.Run(() => new Evaluator(oldLedger));
        var newEvaluator = new Evaluator(newLedger);
        var date = asOf ?? newEvaluator.DefaultAsOf(newSet);
        var before = oldRules.GetAwaiter().GetResult().Evaluate(oldSet, date);
        var after = newEvaluator.Evaluate(newSet, date);

        var oldTasks = Index(before);
        var newTasks = Index(after);
        var tasks = new List<TaskChange>();
        var transitions = new Dictionary<(Status, Status), int>();
        foreach (var key in oldTasks.Keys.Union(newTasks.Keys).Order())
        {
            oldTasks.TryGetValue(key, out var o);
            newTasks.TryGetValue(key, out var n);
            if (o is not null && n is not null)
            {
                transitions[(o.Status, n.Status)] = transitions.GetValueOrDefault((o.Status, n.Status)) + 1;
            }

            var (op, np) = (o is null ? (int?)null : Semantics.TaskPercent(o.Progress), n is null ? (int?)null : Semantics.TaskPercent(n.Progress));
            if (o?.Status != n?.Status || op != np)
            {
                tasks.Add(new TaskChange(key.Entity, key.TaskNo, o?.Status, n?.Status, op, np));
            }
        }

        return new LedgerDiff(oldLedger.Revision, newLedger.Revision, date, added, removed, changed, tasks, transitions);
    }

    private static FigureSet Take(Ledger ledger, IReadOnlyList<RawFigure> figures)
    {
        var intake = new FigureIntake(ledger);
        foreach (var row in figures)
        {
            intake.Add(row);
        }

        return FigureSet.From(intake);
    }

    private static Dictionary<(string Entity, int TaskNo), TaskAssessment> Index(EvaluationResult result) =>
        result.Assessments.SelectMany(a => a.Tasks).ToDictionary(t => (t.Key.Entity, t.Key.TaskNo));

    private static List<FieldChange> Fields(Target a, Target b)
    {
        var fields = new List<FieldChange>();
        void Compare(string name, string? x, string? y)
        {
            if (!string.Equals(x, y, StringComparison.Ordinal))
            {
                fields.Add(new FieldChange(name, x, y));
            }
        }

        Compare("task", N(a.TaskNo), N(b.TaskNo));
        Compare("metric", a.Metric, b.Metric);
        Compare("kind", a.Kind.Name, b.Kind.Name);
        Compare("nature", Natures.Name(a.Nature), Natures.Name(b.Nature));
        Compare("value", D(a.Value), D(b.Value));
        Compare("value2", D(a.Value2), D(b.Value2));
        Compare("baseline", D(a.Baseline), D(b.Baseline));
        Compare("unit", a.Unit, b.Unit);
        Compare("deadline", IsoDate.Format(a.Deadline), IsoDate.Format(b.Deadline));
        Compare("exclusive", a.Exclusive ? "true" : "false", b.Exclusive ? "true" : "false");
        Compare("tolerance", D(a.Kind.Takes("tolerance") ? a.EffectiveTolerance : null), D(b.Kind.Takes("tolerance") ? b.EffectiveTolerance : null));
        Compare("schedule", a.Schedule.Name(), b.Schedule.Name());
        Compare("slack", D(a.Slack), D(b.Slack));
        Compare("source", a.Source, b.Source);
        Compare("note", a.Note, b.Note);
        return fields;
    }

    // Numbers compare by value (12 = 12.0), as the semantics do.
    private static string? D(decimal? d) => d is { } v ? JsonNumbers.Text(v) : null;

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
