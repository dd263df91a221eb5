using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using NRules.Extensibility;

namespace Engine.Rules.Assessment;

/// <summary>
/// What the rules of one session decided, recorded by their actions. Rules hand their conclusions here rather
/// than inserting them one by one: the session then takes each layer's conclusions in as one batch for the next
/// layer (a task's targets for its combination rule, the task assessments for the alert rules), which costs the
/// Rete network a fraction of single inserts from actions.
/// Given to the actions as an NRules dependency named <see cref="Name"/>, one per session.
/// </summary>
internal sealed class RuleOutcomes : IDependencyResolver
{
    public const string Name = "outcomes";

    public List<TargetAssessment> Combining { get; } = [];

    public List<TaskAssessment> Tasks { get; } = [];

    public List<AlertDecision> Alerts { get; } = [];

    /// <summary>A target of a task with several targets: its task's combination rule takes it.</summary>
    public void Add(TargetAssessment target) => Combining.Add(target);

    public void Add(TaskAssessment task) => Tasks.Add(task);

    public void Add(AlertDecision alert) => Alerts.Add(alert);

    public object Resolve(IResolutionContext context, Type serviceType) =>
        serviceType == typeof(RuleOutcomes) ? this : throw new InvalidOperationException($"no rule dependency of type {serviceType}");
}
