using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using NRules.Extensibility;

namespace Engine.Rules.Compilation;

/// <summary>
/// Compiles rule expressions once per distinct shape. Hundreds of target rules share the same action
/// and the same dispatch tests, and compiling each copy again dominated the rule-set build time.
/// Only expressions whose constants are plain values are cached, keyed by delegate type and full debug text,
/// so two expressions share a delegate only when they are the same code.
/// </summary>
internal sealed class CachingExpressionCompiler : IExpressionCompiler
{
    // Expression.ToString elides block bodies ("{var o; ... }"), which NRules' wrappers use; the debug view prints every node and constant.
    private static readonly PropertyInfo DebugView = typeof(Expression).GetProperty("DebugView", BindingFlags.NonPublic | BindingFlags.Instance)
        ?? throw new InvalidOperationException("Expression.DebugView is not available on this runtime.");

    private readonly ConcurrentDictionary<(Type, string), Delegate> _cache = new();

    public int Compiled { get; private set; }

    public int Reused { get; private set; }

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate
    {
        if (!PlainConstants.Check(expression))
        {
            Compiled++;
            return expression.Compile();
        }

        var key = (typeof(TDelegate), (string)DebugView.GetValue(expression)!);
        if (_cache.TryGetValue(key, out var cached))
        {
            Reused++;
            return (TDelegate)cached;
        }

        Compiled++;
        var compiled = expression.Compile();
        _cache[key] = compiled;
        return compiled;
    }

    private sealed class PlainConstants : ExpressionVisitor
    {
        private bool _plain = true;

        public static bool Check(Expression expression)
        {
            var visitor = new PlainConstants();
            visitor.Visit(expression);
            return visitor._plain;
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            var type = Nullable.GetUnderlyingType(node.Type) ?? node.Type;
            _plain &= node.Value is null || type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type == typeof(string);
            return node;
        }
    }
}
