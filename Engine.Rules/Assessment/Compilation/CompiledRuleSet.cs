using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using NRules;

namespace Engine.Rules.Assessment;

/// <summary>A ledger's targets compiled into Rete networks (one per part of its tasks), ready to assess batches of observations.</summary>
internal sealed class CompiledRuleSet
{
    private readonly IReadOnlyList<RuleNetwork> _networks;

    internal CompiledRuleSet(Ledger ledger, IReadOnlyList<RuleNetwork> networks, IReadOnlyList<TargetTerms> terms, int ruleCount, TimeSpan compileTime, int expressionsCompiled, int expressionsReused)
    {
        Ledger = ledger;
        Terms = terms;
        _networks = networks;
        RuleCount = ruleCount;
        CompileTime = compileTime;
        ExpressionsCompiled = expressionsCompiled;
        ExpressionsReused = expressionsReused;
    }

    public Ledger Ledger { get; }

    /// <summary>Each target's terms as its rules read them, by ledger position: an observation carries its target's.</summary>
    public IReadOnlyList<TargetTerms> Terms { get; }

    public int RuleCount { get; }

    public TimeSpan CompileTime { get; }

    public int ExpressionsCompiled { get; }

    public int ExpressionsReused { get; }

    /// <summary>How many Rete networks the ledger's tasks were split into.</summary>
    public int Parts => _networks.Count;

    internal IReadOnlyList<RuleNetwork> Networks => _networks;

    /// <summary>
    /// Runs a session per network over the observations of its part, which may hold many (entity, as-of) slots,
    /// and returns the task assessments the rules made. A session works in layers: the target rules judge every
    /// observation, the combination rules take the judged targets of tasks with several targets, the alert rules
    /// take the tasks. A rule that throws, or a target or task the rules leave unassessed, is an engine error,
    /// never a result.
    /// </summary>
    /// <param name="observations">The observations to assess.</param>
    /// <param name="concurrently">Whether the parts' sessions may run on several cores at once.</param>
    public IReadOnlyList<TaskAssessment> Assess(IReadOnlyCollection<TargetObservation> observations, bool concurrently = false)
    {
        if (_networks.Count == 1)
        {
            return Checked(observations, Fire(_networks[0], observations));
        }

        var byPart = _networks.Select(_ => new List<TargetObservation>(observations.Count / _networks.Count + 1)).ToArray();
        foreach (var observation in observations)
        {
            var part = 0;
            while (part < _networks.Count - 1 && !_networks[part].Holds(observation.LedgerOrdinal))
            {
                part++;
            }

            byPart[part].Add(observation);
        }

        var outcomes = new RuleOutcomes[_networks.Count];
        PartSteps.Run(_networks.Count, concurrently, i => outcomes[i] = Fire(_networks[i], byPart[i]));
        var merged = new RuleOutcomes();
        foreach (var part in outcomes)
        {
            merged.Tasks.AddRange(part.Tasks);
            merged.Alerts.AddRange(part.Alerts);
        }

        return Checked(observations, merged);
    }

    private RuleOutcomes Fire(RuleNetwork network, IReadOnlyCollection<TargetObservation> observations)
    {
        var outcomes = new RuleOutcomes();
        if (observations.Count == 0)
        {
            return outcomes;
        }

        var session = network.Rent();
        var keep = observations.Count <= KeepSessionsUpTo;
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

            // A small session is emptied to be kept: the rules act when facts match, never when they leave, and nothing
            // their leaving might have put on the agenda is kept. A batch session is dropped instead: retracting its
            // thousands of facts costs more than a new session, and its memories would keep their capacity.
            if (keep)
            {
                if (HasAlerts)
                {
                    session.RetractAll(outcomes.Tasks);
                }

                if (outcomes.Combining.Count > 0)
                {
                    session.RetractAll(outcomes.Combining);
                }

                session.RetractAll(observations);
                session.Agenda.Clear();
            }
        }
        catch (Exception e) when (e is RuleExecutionException or RuleExpressionEvaluationException or AgendaExpressionEvaluationException)
        {
            throw new AssessmentException($"a rule failed while assessing ledger {Ledger.Id}: {e.Message}", e);
        }

        if (keep)
        {
            network.Return(session);
        }

        return outcomes;
    }

    private static List<TaskAssessment> Checked(IReadOnlyCollection<TargetObservation> observations, RuleOutcomes outcomes)
    {
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

    /// <summary>The most observations an assessment may have had for its session to be kept for the next (a few entities' worth).</summary>
    internal const int KeepSessionsUpTo = 4096;
}
