using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Assessment;

public class TargetTermsTests
{
    private static string AtLeast(string id, decimal value, string kind = "at_least") =>
        $$"""{ "id": "{{id}}", "metric": "比例{{id}}", "kind": "{{kind}}", "nature": "level", "value": {{value}}, "unit": "%" }""";

    private static Ledger Ledger(params string[] targets)
    {
        using var temp = new TempLedger(TempLedger.Area(string.Join(", ", targets)));
        return temp.Read();
    }

    [Fact]
    public void Of_TargetsDifferingOnlyInTheirNumbers_FallInOneClassWithTheirOwnNumbers()
    {
        var (terms, classes) = TargetTerms.Of(Ledger(AtLeast("1.1", 10m), AtLeast("1.2", 20m), AtLeast("1.3", 30m)));
        Assert.Single(classes);
        Assert.Equal([10m, 20m, 30m], terms.Select(t => t.Bounds.Value));
        Assert.All(terms, t => Assert.Equal(classes[0].Number, t.Class));
        Assert.StartsWith("target 1.2 met", terms[1].RuleNames[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Of_AnotherKindOrATargetAloneInItsTask_MakesAnotherClass()
    {
        var (_, mixed) = TargetTerms.Of(Ledger(AtLeast("1.1", 10m), AtLeast("1.2", 20m, kind: "at_most")));
        var (_, alone) = TargetTerms.Of(Ledger(AtLeast("1.1", 10m)));
        Assert.Equal(2, mixed.Count);
        Assert.True(alone.Single().Alone);
        Assert.DoesNotContain(mixed, c => c.Alone);
    }

    [Fact]
    public void Compile_MoreTargetsOfTheSameClass_CompilesNoMoreRules()
    {
        var few = RuleSetCompiler.Compile(Ledger(AtLeast("1.1", 10m), AtLeast("1.2", 20m)));
        var many = RuleSetCompiler.Compile(Ledger([.. Enumerable.Range(1, 40).Select(i => AtLeast($"1.{i}", i))]));
        Assert.Equal(few.RuleCount, many.RuleCount);
    }

    [Fact]
    public void Evaluate_TargetsOfOneClass_AreEachJudgedByTheirOwnNumbersAndNamedByTheirOwnRule()
    {
        var ledger = Ledger(AtLeast("1.1", 10m), AtLeast("1.2", 20m));
        var result = Run.Evaluate(ledger, "2023-12-31", ("1.1", "2023-12-31", "15"), ("1.2", "2023-12-31", "15"));
        var (first, second) = (Run.Target(result, "1.1"), Run.Target(result, "1.2"));
        Assert.Equal((true, Status.Achieved), (first.Met, first.Status));
        Assert.Equal((false, Status.Missed), (second.Met, second.Status));
        Assert.StartsWith("target 1.1 met", first.Rule, StringComparison.Ordinal);
        Assert.StartsWith("target 1.2 not met", second.Rule, StringComparison.Ordinal);
    }
}
