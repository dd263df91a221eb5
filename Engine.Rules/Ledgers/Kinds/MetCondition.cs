using System.Linq.Expressions;

namespace Engine.Rules.Ledgers;

/// <summary>
/// A kind's met test written out for one target: the figure parameter becomes the given expression and the target's
/// numbers become constants, with choices on them decided (<c>t.Exclusive ? v &gt; t.Value : v &gt;= t.Value</c> becomes
/// <c>o.Value &gt;= 12</c>), so the rule network tests exactly what the kind defines and nothing more.
/// </summary>
internal static class MetCondition
{
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
}
