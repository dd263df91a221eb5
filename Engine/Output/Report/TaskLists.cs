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
        .. tasks.Where(t => t.Status == Status.NoData || t.Stale)
            .SelectMany(t => ledger.Units.CanonicalDistinct(t.Task.Lead).Select(unit => (Unit: unit, Task: t)))
            .GroupBy(p => p.Unit, StringComparer.Ordinal)
            .Select(g => new Owing(
                g.Key,
                [.. g.Where(p => p.Task.Status == Status.NoData).Select(p => p.Task)],
                [.. g.Where(p => p.Task.Status != Status.NoData && p.Task.Stale).Select(p => p.Task)]))
            .OrderByDescending(o => o.NoData.Count + o.Stale.Count)
            .ThenBy(o => o.Unit, StringComparer.Ordinal),
    ];

    private static IReadOnlyList<UnitGroup> ByUnit(Ledger ledger, IEnumerable<TaskAssessment> tasks) =>
    [
        .. tasks.GroupBy(t => string.Join("、", ledger.Units.CanonicalDistinct(t.Task.Lead)), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new UnitGroup(g.Key, [.. g.OrderByDescending(t => Statuses.SeverityOf(t.Status)).ThenBy(t => t.Task.No)])),
    ];
}
