using Engine.Rules.Assessment;
using Engine.Rules.Model;
using NRules;

namespace Engine.Rules.Compilation;

/// <summary>A ledger's targets compiled into a Rete network, ready to assess batches of observations.</summary>
public sealed class CompiledRuleSet
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
    /// Runs one session over the observations and returns the task assessments the rules made.
    /// A rule that throws, or a target or task the rules leave unassessed, is an engine error, never a result.
    /// </summary>
    public IReadOnlyList<TaskAssessment> Assess(IReadOnlyCollection<TargetObservation> observations)
    {
        var session = _factory.CreateSession();
        try
        {
            session.InsertAll(observations);
            session.Fire();
        }
        catch (Exception e) when (e is RuleExecutionException or RuleExpressionEvaluationException or AgendaExpressionEvaluationException)
        {
            throw new AssessmentException($"a rule failed while assessing ledger {Ledger.Id}: {e.Message}", e);
        }

        var tasks = session.Query<TaskAssessment>().ToList();
        var expected = observations.Select(o => new TaskKey(o.Entity, o.AsOf, o.TaskNo)).Distinct().Count();
        if (tasks.Count != expected)
        {
            var missing = observations.Select(o => new TaskKey(o.Entity, o.AsOf, o.TaskNo)).Distinct().Except(tasks.Select(t => t.Key)).Take(5);
            throw new AssessmentException($"the rules assessed {tasks.Count} of {expected} tasks; unassessed: {string.Join(", ", missing)}");
        }

        foreach (var alert in session.Query<TaskAlert>())
        {
            alert.Task.Alert = alert;
        }

        return tasks;
    }
}
