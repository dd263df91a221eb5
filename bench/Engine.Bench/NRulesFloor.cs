using System.Linq.Expressions;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace Engine.Bench;

/// <summary>
/// The least work NRules can do per assessment: two rules (met, not met) over a plain fact whose threshold is data,
/// one alpha test and one firing per fact, the action adding to a list. Whatever the engine's rules do, a Rete
/// session pays at least this per target; the ratio to the hand-written evaluator bounds what any NRules design reaches.
/// </summary>
internal sealed class NRulesFloor
{
    private readonly ISessionFactory _factory;

    public NRulesFloor()
    {
        _factory = new RuleCompiler().Compile([Rule("met", r => r.Value >= r.Threshold, true), Rule("not met", r => r.Value < r.Threshold, false)]);
    }

    /// <summary>Judges the readings in one session and returns how many were met.</summary>
    public int Judge(IReadOnlyList<Reading> readings)
    {
        var verdicts = new Verdicts();
        var session = _factory.CreateSession();
        session.DependencyResolver = verdicts;
        session.InsertAll(readings);
        session.Fire();
        return verdicts.Met;
    }

    private static IRuleDefinition Rule(string name, Expression<Func<Reading, bool>> when, bool met)
    {
        var builder = new RuleBuilder();
        builder.Name(name);
        builder.LeftHandSide().Pattern(typeof(Reading), "r").Condition(when);
        builder.Dependencies().Dependency(typeof(Verdicts), "verdicts");
        Expression<Action<IContext, Verdicts, Reading>> then = met ? (ctx, verdicts, r) => verdicts.Add(r, true) : (ctx, verdicts, r) => verdicts.Add(r, false);
        builder.RightHandSide().Action(then);
        return builder.Build();
    }

    /// <summary>A class, not a record: the session tells facts apart by identity, as it does the engine's.</summary>
    internal sealed class Reading(int target, decimal value, decimal threshold)
    {
        public int Target { get; } = target;

        public decimal Value { get; } = value;

        public decimal Threshold { get; } = threshold;
    }

    internal sealed class Verdicts : NRules.Extensibility.IDependencyResolver
    {
        public int Met { get; private set; }

        public List<(Reading, bool)> All { get; } = [];

        public void Add(Reading r, bool met)
        {
            All.Add((r, met));
            Met += met ? 1 : 0;
        }

        public object Resolve(NRules.Extensibility.IResolutionContext context, Type serviceType) => this;
    }
}
