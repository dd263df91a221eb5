using System.Linq.Expressions;

namespace Engine.Rules.Ledgers;

/// <summary>
/// A kind's met test written out as a condition: for the rules, over an observation that carries its target's numbers
/// (<see cref="Over"/>); for one target, with its numbers as constants and choices on them decided
/// (<c>t.Exclusive ? v &gt; t.Value : v &gt;= t.Value</c> becomes <c>o.Value &gt;= 12</c>, <see cref="For"/>).
/// Either way the condition tests exactly what the kind defines and nothing more.
/// </summary>
internal static class MetCondition
{
    /// <summary>
    /// The kind's met test over a figure and the target's numbers read from <paramref name="bounds"/> (an expression of type
    /// <see cref="TargetBounds"/>): one condition for all targets of the kind, which carry their numbers as data.
    /// </summary>
    public static Expression Over(TargetKind kind, Expression figure, Expression bounds)
    {
        var met = kind.Met;
        return new Substitution(met.Parameters[0], figure, met.Parameters[1], bounds).Visit(met.Body);
    }

    public static Expression For(Target target, Expression figure)
    {
        var met = target.Kind.Met;
        return new Inliner(met.Parameters[0], figure, met.Parameters[1], TargetBounds.Of(target)).Visit(met.Body);
    }

    private sealed class Inliner(ParameterExpression figureParameter, Expression figure, ParameterExpression boundsParameter, TargetBounds bounds) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == figureParameter ? figure
            : node == boundsParameter ? throw new InvalidOperationException("A met test may read the target's numbers, not pass the target on.")
            : node;

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression == boundsParameter)
            {
                var value = node.Member.Name switch
                {
                    nameof(TargetBounds.Value) => (object)bounds.Value,
                    nameof(TargetBounds.Value2) => bounds.Value2,
                    nameof(TargetBounds.Tolerance) => bounds.Tolerance,
                    nameof(TargetBounds.Exclusive) => bounds.Exclusive,
                    _ => throw new InvalidOperationException($"A met test reads {node.Member.Name}, which is not one of the target's numbers."),
                };
                return Expression.Constant(value, node.Type);
            }

            return base.VisitMember(node);
        }

        protected override Expression VisitConditional(ConditionalExpression node)
        {
            var test = Visit(node.Test);
            return test is ConstantExpression { Value: bool decided }
                ? Visit(decided ? node.IfTrue : node.IfFalse)
                : node.Update(test, Visit(node.IfTrue), Visit(node.IfFalse));
        }
    }

    private sealed class Substitution(ParameterExpression figureParameter, Expression figure, ParameterExpression boundsParameter, Expression bounds) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == figureParameter ? figure
            : node == boundsParameter ? bounds
            : node;
    }
}
