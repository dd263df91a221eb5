using System.Linq.Expressions;
using System.Reflection;
using Engine.Rules.Assessment;
using Engine.Rules.Model;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace Engine.Rules.Compilation;

/// <summary>
/// Compiles one target of a rule file into its two NRules rules, "met" and "not met", with the target's
/// numbers written into the conditions as constants (e.g. <c>o.Value &gt;= 12</c>).
/// The conditions start with the target's place in the ledger (area, task, position), which the Rete network
/// shares between rules as a tree, so a fact meets a few dozen tests rather than one per target.
/// </summary>
internal static class TargetRules
{
    private static readonly ParameterExpression O = Expression.Parameter(typeof(TargetObservation), "o");
    private static readonly ParameterExpression Ctx = Expression.Parameter(typeof(IContext), "ctx");
    private static readonly MemberExpression Value = Expression.Property(O, nameof(TargetObservation.Value));
    private static readonly MethodInfo Abs = typeof(Math).GetMethod(nameof(Math.Abs), [typeof(decimal)])!;
    private static readonly MethodInfo Insert = typeof(IContext).GetMethod(nameof(IContext.Insert), [typeof(object)])!;
    private static readonly PropertyInfo DefinitionName = typeof(IRuleDefinition).GetProperty(nameof(IRuleDefinition.Name))!;
    private static readonly PropertyInfo ContextRule = typeof(IContext).GetProperty(nameof(IContext.Rule))!;

    public const string MetSuffix = "met";
    public const string NotMetSuffix = "not met";

    public static IEnumerable<IRuleDefinition> Build(Target target, int areaOrdinal, int targetOrdinal)
    {
        var met = MetCondition(target);
        yield return Rule(target, areaOrdinal, targetOrdinal, MetSuffix, met, nameof(TargetReading.MetBy));
        yield return Rule(target, areaOrdinal, targetOrdinal, NotMetSuffix, Expression.Not(met), nameof(TargetReading.NotMetBy));
    }

    public static string RuleName(Target target, string suffix) => $"target {target.Id} {suffix}";

    /// <summary>The met test of format v1 as an expression over the observation's value, constants inlined.</summary>
    internal static Expression MetCondition(Target t)
    {
        Expression C(decimal d) => Expression.Constant(d, typeof(decimal));
        return t.Kind switch
        {
            TargetKind.AtLeast => t.Exclusive ? Expression.GreaterThan(Value, C(t.Value!.Value)) : Expression.GreaterThanOrEqual(Value, C(t.Value!.Value)),
            TargetKind.AtMost => t.Exclusive ? Expression.LessThan(Value, C(t.Value!.Value)) : Expression.LessThanOrEqual(Value, C(t.Value!.Value)),
            TargetKind.Equal => Expression.Equal(Value, C(t.Value!.Value)),
            TargetKind.About => Expression.LessThanOrEqual(Expression.Call(Abs, Expression.Subtract(Value, C(t.Value!.Value))), C(t.EffectiveTolerance)),
            TargetKind.Between => Expression.AndAlso(Expression.GreaterThanOrEqual(Value, C(t.Value!.Value)), Expression.LessThanOrEqual(Value, C(t.Value2!.Value))),
            TargetKind.Milestone => Expression.GreaterThanOrEqual(Value, C(100m)),
            _ => throw new ArgumentOutOfRangeException(nameof(t), t.Kind, "Unknown target kind."),
        };
    }

    private static IRuleDefinition Rule(Target target, int areaOrdinal, int targetOrdinal, string suffix, Expression condition, string factory)
    {
        var builder = new RuleBuilder();
        builder.Name(RuleName(target, suffix));
        builder.Description(target.Source ?? target.Metric);
        builder.Tag("target");
        builder.Property("target", target.Id);
        builder.Priority(RulePriorities.Reading);

        var pattern = builder.LeftHandSide().Pattern(typeof(TargetObservation), O.Name!);
        pattern.Condition(Equals(nameof(TargetObservation.AreaOrdinal), areaOrdinal));
        pattern.Condition(Equals(nameof(TargetObservation.TaskNo), target.TaskNo));
        pattern.Condition(Equals(nameof(TargetObservation.TargetOrdinal), targetOrdinal));
        pattern.Condition(Expression.Lambda(Expression.Property(O, nameof(TargetObservation.HasFigure)), O));
        pattern.Condition(Expression.Lambda(condition, O));

        // ctx.Insert(TargetReading.MetBy(o, ctx.Rule.Name)): the same shape for every target, so it compiles once.
        var make = typeof(TargetReading).GetMethod(factory)!;
        var reading = Expression.Call(make, O, Expression.Property(Expression.Property(Ctx, ContextRule), DefinitionName));
        builder.RightHandSide().Action(Expression.Lambda(Expression.Call(Ctx, Insert, reading), Ctx, O));
        return builder.Build();
    }

    private static LambdaExpression Equals(string property, int value) =>
        Expression.Lambda(Expression.Equal(Expression.Property(O, property), Expression.Constant(value)), O);
}
