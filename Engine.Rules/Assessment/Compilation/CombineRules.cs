using System.Linq.Expressions;
using System.Reflection;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace Engine.Rules.Assessment;

/// <summary>
/// The task rules of tasks with several targets: one rule per task joins its target assessments of the same
/// (entity, as-of) in the session, so it fires once every target of the task is judged, and the task's combine
/// mode decides how they make the task's status. A task with one target is assessed by that target's rules.
/// </summary>
internal static class CombineRules
{
    private static readonly MethodInfo Add = typeof(RuleOutcomes).GetMethod(nameof(RuleOutcomes.Add), [typeof(TaskAssessment)])!;
    private static readonly PropertyInfo DefinitionName = typeof(IRuleDefinition).GetProperty(nameof(IRuleDefinition.Name))!;
    private static readonly PropertyInfo ContextRule = typeof(IContext).GetProperty(nameof(IContext.Rule))!;

    public static string RuleName(LedgerTask task) => task.Combine == Combine.Any
        ? $"task {task.No} combine any: least severe status, largest progress"
        : $"task {task.No} combine all: most severe status, mean progress";

    /// <param name="task">The task with several targets whose combination rule this is.</param>
    /// <param name="firstOrdinal">The ledger position of the task's first target; the others follow it.</param>
    public static IRuleDefinition Build(LedgerTask task, int firstOrdinal)
    {
        var builder = new RuleBuilder();
        builder.Name(RuleName(task));
        builder.Tag("task");
        builder.Property("task", task.No);
        builder.Priority(RulePriorities.Combination);

        var lhs = builder.LeftHandSide();
        var parameters = new List<ParameterExpression>();
        for (var i = 0; i < task.Targets.Count; i++)
        {
            var a = Expression.Parameter(typeof(TargetAssessment), $"a{i + 1}");
            var pattern = lhs.Pattern(typeof(TargetAssessment), a.Name!);
            foreach (var test in TargetDispatch.Tests(a, firstOrdinal + i))
            {
                pattern.Condition(test);
            }

            if (parameters.Count > 0)
            {
                // The same (entity, as-of): sessions assess many at once.
                var first = parameters[0];
                pattern.Condition(Expression.Lambda(Expression.Equal(Expression.Property(a, nameof(TargetAssessment.Slot)), Expression.Property(first, nameof(TargetAssessment.Slot))), first, a));
            }

            parameters.Add(a);
        }

        // outcomes.Add(TaskAssessment.CombineAll(a1.Task, [a1, …, ak], ctx.Rule.Name))
        var ctx = Expression.Parameter(typeof(IContext), "ctx");
        var outcomes = Expression.Parameter(typeof(RuleOutcomes), RuleOutcomes.Name);
        builder.Dependencies().Dependency(typeof(RuleOutcomes), RuleOutcomes.Name);
        var combine = typeof(TaskAssessment).GetMethod(task.Combine == Combine.Any ? nameof(TaskAssessment.CombineAny) : nameof(TaskAssessment.CombineAll), BindingFlags.NonPublic | BindingFlags.Static)!;
        var targets = Expression.NewArrayInit(typeof(TargetAssessment), parameters);
        var made = Expression.Call(combine, Expression.Property(parameters[0], nameof(TargetAssessment.Task)), targets, Expression.Property(Expression.Property(ctx, ContextRule), DefinitionName));
        builder.RightHandSide().Action(Expression.Lambda(Expression.Call(outcomes, Add, made), [ctx, outcomes, .. parameters]));
        return builder.Build();
    }
}
