using System.Linq.Expressions;

namespace Engine.Rules.Assessment;

/// <summary>
/// What makes two expressions the same code: every node's kind, type and member (method, property, constructor),
/// the kept constants' values, the lifted constants' types, and which parameter each use refers to. Built in the
/// same walk that lifts the constants: printing each expression's debug view for a key cost more than
/// compiling all of the ledger's shapes (about 10,000 expressions for the bundled ledger).
/// </summary>
internal sealed class ExpressionShape : IEquatable<ExpressionShape>
{
    private readonly List<object?> _parts = [];
    private readonly Dictionary<ParameterExpression, int> _parameters = new(ReferenceEqualityComparer.Instance);
    private int _hash;

    /// <summary>False when a node kind the shape does not describe was met; the caller then keys by the debug view.</summary>
    public bool Complete { get; private set; } = true;

    public void Node(Expression? node)
    {
        if (node is null)
        {
            Add(null);
            return;
        }

        Add(node.NodeType);
        Add(node.Type);
        switch (node)
        {
            case ParameterExpression p:
                if (!_parameters.TryGetValue(p, out var index))
                {
                    index = _parameters.Count;
                    _parameters[p] = index;
                }

                Add(index);
                Add(p.IsByRef);
                break;
            case MemberExpression m:
                Add(m.Member);
                break;
            case MethodCallExpression c:
                Add(c.Method);
                Add(c.Arguments.Count);
                break;
            case BinaryExpression b:
                Add(b.Method);
                Add(b.IsLiftedToNull);
                Complete &= b.Conversion is null;
                break;
            case UnaryExpression u:
                Add(u.Method);
                break;
            case NewExpression n:
                Add(n.Constructor);
                Add(n.Arguments.Count);
                Complete &= n.Members is null;
                break;
            case LambdaExpression l:
                Add(l.Parameters.Count);
                Add(l.TailCall);
                break;
            case BlockExpression k:
                Add(k.Variables.Count);
                Add(k.Expressions.Count);
                break;
            case TypeBinaryExpression t:
                Add(t.TypeOperand);
                break;
            case InvocationExpression i:
                Add(i.Arguments.Count);
                break;
            case NewArrayExpression a:
                Add(a.Expressions.Count);
                break;
            case IndexExpression x:
                Add(x.Indexer);
                Add(x.Arguments.Count);
                break;
            case ConditionalExpression or ConstantExpression or DefaultExpression:
                break;
            default:
                Complete = false;
                break;
        }
    }

    /// <summary>A constant left in the code: its value is part of the shape.</summary>
    public void Kept(object? value) => Add(value);

    /// <summary>A constant lifted out of the code: only its place and type are.</summary>
    public void Lifted(Type type)
    {
        Add("lifted");
        Add(type);
    }

    private void Add(object? part)
    {
        _parts.Add(part);
        _hash = HashCode.Combine(_hash, part);
    }

    public bool Equals(ExpressionShape? other) =>
        other is not null && other._hash == _hash && other._parts.Count == _parts.Count && _parts.SequenceEqual(other._parts);

    public override bool Equals(object? obj) => Equals(obj as ExpressionShape);

    public override int GetHashCode() => _hash;
}
