using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;

namespace Engine.Output.Report;

/// <summary>
/// The lists a 通报 circulates: the lagging and missed tasks grouped by alert level (red first) and, inside a level,
/// by lead unit; and the lead units that owe figures (tasks 待报送 or not reported on time), with what each owes.
/// </summary>
internal static class TaskLists
{
    /// <summary>One alert level's tasks (Level null: tasks without an alert), by lead unit.</summary>
    internal sealed record AlertGroup(string? Level, IReadOnlyList<UnitGroup> Units)
    {
        public int Count => Units.Sum(u => u.Tasks.Count);
    }

    /// <summary>The tasks of one lead unit (its canonical names, joined when a task has several).</summary>
    internal sealed record UnitGroup(string Unit, IReadOnlyList<TaskAssessment> Tasks);

    /// <summary>What one lead unit owes: tasks without any figure, and tasks whose figures are out of date.</summary>
    internal sealed record Owing(string Unit, IReadOnlyList<TaskAssessment> NoData, IReadOnlyList<TaskAssessment> Stale);

    public static IReadOnlyList<AlertGroup> Behind(Ledger ledger, IEnumerable<TaskAssessment> tasks) =>
    [
        .. tasks.Where(t => t.Status is Status.Lagging or Status.Missed)
            .GroupBy(t => t.Alert?.Level)
            .OrderBy(g => g.Key is null ? int.MaxValue : AlertLabels.Rank(g.Key))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AlertGroup(g.Key, ByUnit(ledger, g))),
    ];

    public static IReadOnlyList<Owing> Unreported(Ledger ledger, IEnumerable<TaskAssessment> tasks) =>
    [
        .. OwedByLead(ledger, tasks.Where(t => t.Status == Status.NoData || t.Stale), t => t.Task)
            .Select(g => new Owing(
                g.Unit,
                [.. g.Owed.Where(t => t.Status == Status.NoData)],
                [.. g.Owed.Where(t => t.Status != Status.NoData && t.Stale)])),
    ];

    /// <summary>One figure a lead unit owes: a target 待报送 (no figure) or 未按期报送 (its figure older than the report owed).</summary>
    /// <param name="Due">The date the owed figure is for: the report owed by the as-of date, or the as-of date itself when the ledger has no cycle (or none is owed yet).</param>
    internal sealed record OwedTarget(TaskAssessment Task, TargetAssessment Target, DateOnly Due)
    {
        public bool Stale => Target.Status != Status.NoData;
    }

    /// <summary>What one lead unit owes, target by target.</summary>
    internal sealed record UnitOwes(string Unit, IReadOnlyList<OwedTarget> Owed);

    /// <summary>
    /// The 未报送单位 target by target: a unit owes a figure for each target of its tasks, as lead, that is 待报送 or
    /// stale at the assessed date; a unit owing none is not listed. Most owed first, then by name.
    /// </summary>
    public static IReadOnlyList<UnitOwes> UnreportedTargets(Ledger ledger, IEnumerable<TaskAssessment> tasks) =>
    [
        .. OwedByLead(
                ledger,
                tasks.SelectMany(task => task.Targets
                    .Where(t => t.Status == Status.NoData || t.Stale)
                    .Select(t => new OwedTarget(task, t, t.Observation.ReportDue ?? t.AsOf))),
                o => o.Task.Task)
            .Select(g => new UnitOwes(g.Unit, g.Owed)),
    ];

    /// <summary>Who owes what, by canonical lead unit (a task with two leads is owed by both): most owed first, then by name.</summary>
    private static IEnumerable<(string Unit, IReadOnlyList<T> Owed)> OwedByLead<T>(Ledger ledger, IEnumerable<T> owed, Func<T, LedgerTask> task) =>
        owed.SelectMany(o => ledger.Units.CanonicalDistinct(task(o).Lead).Select(unit => (Unit: unit, Owed: o)))
            .GroupBy(p => p.Unit, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<T>)[.. g.Select(p => p.Owed)]))
            .OrderByDescending(g => g.Item2.Count)
            .ThenBy(g => g.Key, StringComparer.Ordinal);

    private static IReadOnlyList<UnitGroup> ByUnit(Ledger ledger, IEnumerable<TaskAssessment> tasks) =>
    [
        .. tasks.GroupBy(t => string.Join("、", ledger.Units.CanonicalDistinct(t.Task.Lead)), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new UnitGroup(g.Key, [.. g.OrderByDescending(t => Statuses.SeverityOf(t.Status)).ThenBy(t => t.Task.No)])),
    ];
}
