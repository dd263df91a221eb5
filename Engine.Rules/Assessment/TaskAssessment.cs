using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Assessment;

/// <summary>The status of one task for one entity as of one date, combined from its targets by the rules.</summary>
public sealed class TaskAssessment
{
    /// <summary>A task's assessment as the combination rules make it from its targets' assessments.</summary>
    public TaskAssessment(LedgerTask task, TaskKey key, Status status, decimal progress, IReadOnlyList<TargetAssessment> targets, string rule, TaskAlert? alert = null)
    {
        Alert = alert;
        Stale = targets.Any(t => t.Stale);
        Task = task;
        Key = key;
        Status = status;
        Progress = progress;
        Targets = targets;
        Rule = rule;
        Expected = targets.Average(t => t.Expected);
        DaysToOpenDeadline = OpenDeadline(targets);
    }

    /// <summary>The task assessed.</summary>
    public LedgerTask Task { get; }

    /// <summary>Which assessment this is: the entity, the as-of date and the task number.</summary>
    public TaskKey Key { get; }

    /// <summary>The task's status, combined from its targets' by the task's combine mode.</summary>
    public Status Status { get; }

    /// <summary>Progress in [0, 1], unrounded (mean or largest of the targets').</summary>
    public decimal Progress { get; }

    /// <summary>The task's targets in ledger order.</summary>
    public IReadOnlyList<TargetAssessment> Targets { get; }

    /// <summary>The rule that gave the status: the task's combination rule, or for a one-target task that target's status rule.</summary>
    public string Rule { get; }

    /// <summary>The expected share of time for the task: the mean of its targets' τ.</summary>
    public decimal Expected { get; }

    /// <summary>Percentage points the task's progress is below its expected progress (negative when ahead).</summary>
    public decimal BehindBy => (Expected - Progress) * 100m;

    /// <summary>Days from the as-of date to the nearest deadline of a target not yet achieved that is not past (null: none).</summary>
    public int? DaysToOpenDeadline { get; }

    /// <summary>The warning level the alert rules gave the task, and the rule; null when none matched.</summary>
    public TaskAlert? Alert { get; }

    /// <summary>Any of the task's targets is stale (未按期报送).</summary>
    public bool Stale { get; }

    internal TaskAssessment With(TaskAlert alert) => new(Task, Key, Status, Progress, Targets, Rule, alert);

    /// <summary>A task with one target has that target's status and progress, by the rule that judged it.</summary>
    internal static TaskAssessment Alone(TargetAssessment target) =>
        new(target.Task, target.TaskKey, target.Status, target.Progress, [target], target.Rule);

    /// <summary>All targets must hold: the most severe status, the mean progress.</summary>
    internal static TaskAssessment CombineAll(LedgerTask task, TargetAssessment[] targets, string rule) =>
        new(task, new TaskKey(targets[0].Entity, targets[0].AsOf, task.No), targets.Select(t => t.Status).Aggregate(Statuses.MoreSevere), targets.Average(t => t.Progress), targets, rule);

    /// <summary>Either-or targets: the least severe status, the largest progress.</summary>
    internal static TaskAssessment CombineAny(LedgerTask task, TargetAssessment[] targets, string rule) =>
        new(task, new TaskKey(targets[0].Entity, targets[0].AsOf, task.No), targets.Select(t => t.Status).Aggregate(Statuses.LessSevere), targets.Max(t => t.Progress), targets, rule);

    private static int? OpenDeadline(IEnumerable<TargetAssessment> targets) =>
        targets.Where(t => t.Status is not (Status.Achieved or Status.AchievedLate) && t.Target.Deadline >= t.AsOf).Select(t => (int?)(t.Target.Deadline.DayNumber - t.AsOf.DayNumber)).Min();

    /// <summary>The hash of its first target's observation (a task assessment has at least one target): an assessment is a rule session's fact, and the runtime's identity hash cost each fact a call into the runtime.</summary>
    /// <returns>A hash consistent with <see cref="Equals(object?)"/>.</returns>
    public override int GetHashCode() => Targets[0].Observation.GetHashCode();

    /// <summary>Reference equality, as without the override: an assessment is equal only to itself.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>Whether <paramref name="obj"/> is this assessment.</returns>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);
}
