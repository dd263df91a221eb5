using System.Linq.Expressions;
using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;
using Engine.Tests.Generators;
using Engine.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Engine.Tests.Assessment;

public class CachingExpressionCompilerTests
{
    [Fact]
    public void Compile_ExpressionsDifferingOnlyInDecimals_ShareOneShapeAndKeepTheirOwnValues()
    {
        var compiler = new CachingExpressionCompiler();
        var twelve = compiler.Compile(AtLeast(12m));
        var ninetyFive = compiler.Compile(AtLeast(95m));
        Assert.Equal((1, 1), (compiler.Compiled, compiler.Reused));
        Assert.True(twelve(12m));
        Assert.False(twelve(11.99m));
        Assert.False(ninetyFive(12m));
        Assert.True(ninetyFive(95.0m));
    }

    [Fact]
    public void Compile_DifferentCode_CompilesEachShape()
    {
        var compiler = new CachingExpressionCompiler();
        Expression<Func<decimal, bool>> greater = v => v > 12m;
        var atLeast = compiler.Compile(AtLeast(12m));
        var above = compiler.Compile(greater);
        Assert.Equal((2, 0), (compiler.Compiled, compiler.Reused));
        Assert.True(atLeast(12m));
        Assert.False(above(12m));
    }

    [Fact]
    public void Compile_ParametersUsedInAnotherOrder_CompilesEachShape()
    {
        var compiler = new CachingExpressionCompiler();
        Expression<Func<decimal, decimal, decimal>> aMinusB = (a, b) => a - b;
        Expression<Func<decimal, decimal, decimal>> bMinusA = (a, b) => b - a;
        var first = compiler.Compile(aMinusB);
        var second = compiler.Compile(bMinusA);
        Assert.Equal((2, 0), (compiler.Compiled, compiler.Reused));
        Assert.Equal((2m, -2m), (first(3m, 1m), second(3m, 1m)));
    }

    [Fact]
    public void Compile_NodeKindTheShapeDoesNotDescribe_StillSharesByTheDebugView()
    {
        // A switch is not among the node kinds ExpressionShape describes: the debug view keys it.
        static Expression<Func<int, decimal>> Pick(decimal one)
        {
            var x = Expression.Parameter(typeof(int), "x");
            var body = Expression.Switch(x, Expression.Constant(0m), Expression.SwitchCase(Expression.Constant(one), Expression.Constant(1)));
            return Expression.Lambda<Func<int, decimal>>(body, x);
        }

        var compiler = new CachingExpressionCompiler();
        var five = compiler.Compile(Pick(5m));
        var seven = compiler.Compile(Pick(7m));
        Assert.Equal((1, 1), (compiler.Compiled, compiler.Reused));
        Assert.Equal((5m, 7m, 0m), (five(1), seven(1), seven(2)));
    }

    [Fact]
    public void Compile_IntsDifferingOnlyInValue_ShareOneShape()
    {
        // The class and dispatch tests differ only in their numbers: one shape for all, each bound to its own value.
        var compiler = new CachingExpressionCompiler();
        var three = compiler.Compile(Is(3));
        var four = compiler.Compile(Is(4));
        var threeAgain = compiler.Compile(Is(3));
        Assert.Equal((1, 2), (compiler.Compiled, compiler.Reused));
        Assert.True(three(3) && four(4) && threeAgain(3));
        Assert.False(three(4) || four(3));
    }

    [Fact]
    public void Compile_BundledLedger_CompilesFewerShapesThanItsRulesHaveExpressions()
    {
        // The target rules of a class are few and differ in their tests; what repeats is the combination rules' dispatch and actions.
        var ledger = LedgerReader.Read(BundledPaths.Targets);
        var rules = RuleSetCompiler.Compile(ledger);
        Assert.True(rules.RuleCount < ledger.Targets.Count, $"rules: {rules.RuleCount} for {ledger.Targets.Count} targets");
        Assert.True(rules.ExpressionsCompiled < rules.ExpressionsReused, $"compiled {rules.ExpressionsCompiled}, reused {rules.ExpressionsReused}");
    }

    [Property(MaxTest = 100)]
    public Property Compile_SharedShapes_GiveEveryExpressionItsOwnResult() =>
        Prop.ForAll(
            Arb.From(from thresholds in Gen.ListOf(TargetGenerators.Amount, 1).Select(l => l.Take(6).ToList()).Where(l => l.Count > 0) from v in TargetGenerators.Amount select (thresholds, v)),
            x =>
            {
                var compiler = new CachingExpressionCompiler();
                var compiled = x.thresholds.Select(t => (t, f: compiler.Compile(AtLeast(t)))).ToList();
                return compiler.Compiled == 1 && compiled.All(c => c.f(x.v) == (x.v >= c.t));
            });

    private static Expression<Func<decimal, bool>> AtLeast(decimal threshold)
    {
        var v = Expression.Parameter(typeof(decimal), "v");
        return Expression.Lambda<Func<decimal, bool>>(Expression.GreaterThanOrEqual(v, Expression.Constant(threshold)), v);
    }

    private static Expression<Func<int, bool>> Is(int value)
    {
        var x = Expression.Parameter(typeof(int), "x");
        return Expression.Lambda<Func<int, bool>>(Expression.Equal(x, Expression.Constant(value)), x);
    }
}
