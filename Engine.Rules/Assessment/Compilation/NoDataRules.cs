using System.Linq.Expressions;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace Engine.Rules.Assessment;

/// <summary>
/// The one status no target rule gives: a target without a figure in force is <c>no_data</c>, whatever its numbers.
/// Two rules, as the target rules have two endings: a target that is its task's only one makes the task's assessment.
/// </summary>
internal static class NoDataRules
{
    public const string Name = "no figure → no_data";

    public static IEnumerable<IRuleDefinition> Build()
    {
        yield return Rule(Name, o => !o.HasFigure && !o.Alone, (ctx, outcomes, o) => outcomes.Add(TargetAssessment.NoData(o, ctx.Rule.Name)));
        yield return Rule(Name, o => !o.HasFigure && o.Alone, (ctx, outcomes, o) => outcomes.Add(TaskAssessment.Alone(TargetAssessment.NoData(o, ctx.Rule.Name))));
    }

    private static IRuleDefinition Rule(string name, Expression<Func<TargetObservation, bool>> when, Expression<Action<IContext, RuleOutcomes, TargetObservation>> then)
    {
        var builder = new RuleBuilder();
        builder.Name(name);
        builder.Tag("target");
        builder.Priority(RulePriorities.Target);
        var pattern = builder.LeftHandSide().Pattern(typeof(TargetObservation), when.Parameters[0].Name!);
        pattern.Condition(when);
        builder.Dependencies().Dependency(typeof(RuleOutcomes), RuleOutcomes.Name);
        builder.RightHandSide().Action(then);
        return builder.Build();
    }
}
