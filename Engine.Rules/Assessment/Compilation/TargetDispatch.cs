using System.Linq.Expressions;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Assessment;

/// <summary>
/// How a rule finds the facts of one target: by the octal digits of the target's position in the ledger, which
/// observations and target assessments both carry. NRules shares these tests between rules as a tree of about
/// 10 × 8 × 8 branches and tests every branch of a node (it has no hashed dispatch), so a fact meets about 26 tests
/// rather than one per target.
/// </summary>
internal static class TargetDispatch
{
    // Observations and target assessments both have these properties.
    private const string High = nameof(TargetObservation.DispatchHigh);
    private const string Middle = nameof(TargetObservation.DispatchMiddle);
    private const string Low = nameof(TargetObservation.DispatchLow);

    public static int HighOf(int ledgerOrdinal) => ledgerOrdinal >> 6;

    public static int MiddleOf(int ledgerOrdinal) => (ledgerOrdinal >> 3) & 7;

    public static int LowOf(int ledgerOrdinal) => ledgerOrdinal & 7;

    /// <summary>The three tests, in tree order, over a fact parameter whose type has the three digit properties.</summary>
    public static IEnumerable<LambdaExpression> Tests(ParameterExpression fact, int ledgerOrdinal)
    {
        yield return Is(fact, High, HighOf(ledgerOrdinal));
        yield return Is(fact, Middle, MiddleOf(ledgerOrdinal));
        yield return Is(fact, Low, LowOf(ledgerOrdinal));
    }

    private static LambdaExpression Is(ParameterExpression fact, string property, int value) =>
        Expression.Lambda(Expression.Equal(Expression.Property(fact, property), Expression.Constant(value)), fact);
}
