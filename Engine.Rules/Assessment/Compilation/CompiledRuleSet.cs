using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using NRules;

namespace Engine.Rules.Assessment;

/// <summary>A ledger's targets compiled into a Rete network, ready to assess batches of observations.</summary>
internal sealed class CompiledRuleSet
{
    private readonly ISessionFactory _factory;

    internal CompiledRuleSet(Ledger ledger, ISessionFactory factory, int ruleCount, TimeSpan compileTime, int expressionsCompiled, int expressionsReused)
    {
        Ledger = ledger;
        _factory = factory;
        RuleCount = ruleCount;
        CompileTime = compileTime;
        ExpressionsCompiled = expressionsCompiled;
        ExpressionsReused = expressionsReused;
    }

    public Ledger Ledger { get; }

    public int RuleCount { get; }

    public TimeSpan CompileTime { get; }

    public int ExpressionsCompiled { get; }

    public int ExpressionsReused { get; }

    /// <summary>
    /// Runs one session over the observations, which may hold many (entity, as-of) slots, and returns the task
    /// assessments the rules made. The session works in layers: the target rules judge every observation, the
    /// combination rules take the judged targets of tasks with several targets, the alert rules take the tasks.
    /// A rule that throws, or a target or task the rules leave unassessed, is an engine error, never a result.
    /// </summary>
    public IReadOnlyList<TaskAssessment> Assess(IReadOnlyCollection<TargetObservation> observations)
    {
        var outcomes = new RuleOutcomes();
        var session = _factory.CreateSession();
        session.DependencyResolver = outcomes;
        try
        {
            session.InsertAll(observations);
            session.Fire();
            if (outcomes.Combining.Count > 0)
            {
                session.InsertAll(outcomes.Combining);
                session.Fire();
            }

            if (HasAlerts)
            {
                session.InsertAll(outcomes.Tasks);
                session.Fire();
            }
        }
        catch (Exception e) when (e is RuleExecutionException or RuleExpressionEvaluationException or AgendaExpressionEvaluationException)
        {
            throw new AssessmentException($"a rule failed while assessing ledger {Ledger.Id}: {e.Message}", e);
        }

        var tasks = outcomes.Tasks;
        var expected = new HashSet<(int Slot, int TaskNo)>(observations.Select(o => (o.Slot, o.TaskNo))).Count;
        if (tasks.Count != expected)
        {
            var missing = observations.Select(o => new TaskKey(o.Entity, o.AsOf, o.TaskNo)).Distinct().Except(tasks.Select(t => t.Key)).Take(5);
            throw new AssessmentException($"the rules assessed {tasks.Count} of {expected} tasks; unassessed: {string.Join(", ", missing)}");
        }

        if (outcomes.Alerts.Count == 0)
        {
            return tasks;
        }

        // A task the alert rules warned about is made again, whole, with its alert: results are never patched.
        var alerts = new Dictionary<TaskAssessment, TaskAlert>(ReferenceEqualityComparer.Instance);
        foreach (var decision in outcomes.Alerts)
        {
            alerts[decision.Task] = decision.Alert; // the last decision stands, as the rules' order gives it
        }

        return [.. tasks.Select(t => alerts.TryGetValue(t, out var alert) ? t.With(alert) : t)];
    }

    private bool HasAlerts => Ledger.Alerts.Count > 0;
}
