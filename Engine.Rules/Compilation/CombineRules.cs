using System.Linq.Expressions;
using Engine.Rules.Assessment;
using Engine.Rules.Model;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace Engine.Rules.Compilation;

/// <summary>
/// The task rules: target assessments are grouped by task in the Rete network (a hash-keyed aggregate, not a join),
/// and once every target of a task is assessed, the task's combine mode decides how they make the task's status.
/// </summary>
internal static class CombineRules
{
    public static IEnumerable<IRuleDefinition> Build()
    {
        yield return Combine(
            "combine all: most severe status, mean progress",
            g => g.Key.Task.Combine == Model.Combine.All && g.Count() == g.Key.Task.Targets.Count,
            (ctx, g) => ctx.Insert(TaskAssessment.CombineAll(g.Key.Task, g, ctx.Rule.Name)));
        yield return Combine(
            "combine any: least severe status, largest progress",
            g => g.Key.Task.Combine == Model.Combine.Any && g.Count() == g.Key.Task.Targets.Count,
            (ctx, g) => ctx.Insert(TaskAssessment.CombineAny(g.Key.Task, g, ctx.Rule.Name)));
    }

    private static IRuleDefinition Combine(string name, Expression<Func<IGrouping<TaskGroup, TargetAssessment>, bool>> when, Expression<Action<IContext, IGrouping<TaskGroup, TargetAssessment>>> then)
    {
        var builder = new RuleBuilder();
        builder.Name(name);
        builder.Tag("task");
        builder.Priority(RulePriorities.Combination);
        var g = when.Parameters[0].Name!;
        var group = builder.LeftHandSide().Pattern(typeof(IGrouping<TaskGroup, TargetAssessment>), g);
        var aggregate = group.Aggregate();
        Expression<Func<TargetAssessment, TaskGroup>> key = a => a.Group;
        Expression<Func<TargetAssessment, TargetAssessment>> element = a => a;
        aggregate.GroupBy(key, element);
        aggregate.Pattern(typeof(TargetAssessment), "a");
        group.Condition(when);
        builder.RightHandSide().Action(then);
        return builder.Build();
    }
}
