using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using NRules.Extensibility;

namespace Engine.Rules.Assessment;

/// <summary>
/// Compiles rule expressions once per distinct shape. Many rules differ only in their numbers (the class and dispatch
/// tests, <c>o.Terms.Class == 3</c>, the alert thresholds), and compiling each copy again dominated the rule-set build time.
/// Constants are lifted out of the expression into an array, the shape with the array as its parameter is compiled
/// once, keyed by delegate type and full debug text, and each expression gets a delegate of that shape bound to its
/// own constants.
/// </summary>
internal sealed class CachingExpressionCompiler : IExpressionCompiler
{
    // Expression.ToString elides block bodies ("{var o; ... }"), which NRules' wrappers use; the debug view prints every node and constant.
    private static readonly PropertyInfo DebugView = typeof(Expression).GetProperty("DebugView", BindingFlags.NonPublic | BindingFlags.Instance)
        ?? throw new InvalidOperationException("Expression.DebugView is not available on this runtime.");

    private readonly ConcurrentDictionary<(Type, object), Delegate> _shapes = new();

    private int _compiled;
    private int _reused;

    /// <summary>Shapes compiled (a shape two threads met at once may count twice).</summary>
    public int Compiled => _compiled;

    /// <summary>Expressions that took an already compiled shape.</summary>
    public int Reused => _reused;

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate
    {
        var constants = Expression.Parameter(typeof(object[]), "constants");
        var lifter = new ConstantLifter(constants);
        var shape = (Expression<TDelegate>)lifter.Visit(expression)!;
        // A shape with a node kind ExpressionShape does not describe is keyed by its debug view, which prints every node.
        var key = (typeof(TDelegate), lifter.Shape.Complete ? (object)lifter.Shape : (string)DebugView.GetValue(shape)!);
        if (_shapes.TryGetValue(key, out var cached))
        {
            Interlocked.Increment(ref _reused);
        }
        else
        {
            Interlocked.Increment(ref _compiled);
            cached = Expression.Lambda<Func<object?[], TDelegate>>(shape, constants).Compile();
            _shapes[key] = cached;
        }

        return ((Func<object?[], TDelegate>)cached)([.. lifter.Values]);
    }

    /// <summary>
    /// Replaces each constant but null by <c>(T)constants[i]</c>, small integers and enums too: each shape compiled is a dynamic
    /// method the JIT compiles fully at once (about 2 ms cold), and a class or dispatch test per value made most of the shapes,
    /// while reading the value from the array costs a fact a load and an unbox. The shape keeps every node and type, so two
    /// expressions share a compiled shape only when they are the same code; the values are bound per expression.
    /// </summary>
    private sealed class ConstantLifter(ParameterExpression constants) : ExpressionVisitor
    {
        public List<object?> Values { get; } = [];

        public ExpressionShape Shape { get; } = new();

        public override Expression? Visit(Expression? node)
        {
            Shape.Node(node);
            return base.Visit(node);
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value is null)
            {
                Shape.Kept(node.Value);
                return node;
            }

            Shape.Lifted(node.Type);
            Values.Add(node.Value);
            return Expression.Convert(Expression.ArrayIndex(constants, Expression.Constant(Values.Count - 1)), node.Type);
        }
    }
}
