using System.Linq.Expressions;
using System.Reflection;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace Engine.Rules.Assessment;

/// <summary>
/// Compiles the ledger's ordered alert rules into NRules rules over task assessments (facts inferred from facts).
/// "First match wins" is written into the conditions: rule i holds when its own test holds and none before it does,
/// so each task gets at most one alert without a join between facts.
/// </summary>
internal static class AlertRules
{
    private static readonly ParameterExpression T = Expression.Parameter(typeof(TaskAssessment), "t");
    private static readonly ParameterExpression Ctx = Expression.Parameter(typeof(IContext), "ctx");
    private static readonly ParameterExpression Outcomes = Expression.Parameter(typeof(RuleOutcomes), RuleOutcomes.Name);
    private static readonly MethodInfo Add = typeof(RuleOutcomes).GetMethod(nameof(RuleOutcomes.Add), [typeof(AlertDecision)])!;
    private static readonly MethodInfo Raise = typeof(AlertRules).GetMethod(nameof(Make), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static IEnumerable<IRuleDefinition> Build(IReadOnlyList<AlertRule> alerts)
    {
        for (var i = 0; i < alerts.Count; i++)
        {
            Expression condition = Test(alerts[i]);
            for (var j = 0; j < i; j++)
            {
                condition = Expression.AndAlso(condition, Expression.Not(Test(alerts[j])));
            }

            var name = $"alert {i + 1}: {alerts[i].Level}";
            var builder = new RuleBuilder();
            builder.Name(name);
            builder.Tag("alert");
            builder.Priority(RulePriorities.Alert);
            var pattern = builder.LeftHandSide().Pattern(typeof(TaskAssessment), T.Name!);
            pattern.Condition(Expression.Lambda(condition, T));
            var make = Expression.Call(Raise, T, Expression.Constant(alerts[i].Level), Expression.Constant(name));
            builder.Dependencies().Dependency(typeof(RuleOutcomes), RuleOutcomes.Name);
            builder.RightHandSide().Action(Expression.Lambda(Expression.Call(Outcomes, Add, make), Ctx, Outcomes, T));
            yield return builder.Build();
        }
    }

    /// <summary>The alert's conditions as one expression over the task assessment; no condition means always.</summary>
    internal static Expression Test(AlertRule alert)
    {
        Expression test = Expression.Constant(true);
        var status = Expression.Property(T, nameof(TaskAssessment.Status));
        if (alert.Status is { } any)
        {
            test = Expression.AndAlso(test, AnyOf(status, any));
        }

        if (alert.NotStatus is { } none)
        {
            test = Expression.AndAlso(test, Expression.Not(AnyOf(status, none)));
        }

        if (alert.BehindBy is { } points)
        {
            test = Expression.AndAlso(test, Expression.GreaterThanOrEqual(Expression.Property(T, nameof(TaskAssessment.BehindBy)), Expression.Constant(points)));
        }

        if (alert.DueWithinDays is { } days)
        {
            var due = Expression.Property(T, nameof(TaskAssessment.DaysToOpenDeadline));
            test = Expression.AndAlso(test, Expression.LessThanOrEqual(due, Expression.Constant((int?)days, typeof(int?))));
        }

        if (alert.Stale is { } stale)
        {
            test = Expression.AndAlso(test, Expression.Equal(Expression.Property(T, nameof(TaskAssessment.Stale)), Expression.Constant(stale)));
        }

        return test;
    }

    private static Expression AnyOf(Expression status, IEnumerable<Status> statuses) =>
        statuses.Select(s => (Expression)Expression.Equal(status, Expression.Constant(s))).Aggregate(Expression.OrElse);

    private static AlertDecision Make(TaskAssessment task, string level, string rule) => new(task, new TaskAlert(level, rule));
}
