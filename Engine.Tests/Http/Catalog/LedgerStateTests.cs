using Engine.Http.Catalog;
using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Http.Catalog;

public class LedgerStateTests
{
    private static readonly DateTimeOffset Then = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Problem Broken = new("01-a.json", 1, 2, "", "malformed JSON") { Code = ProblemCodes.MalformedJson };

    private static ServedRevision Revision()
    {
        var ledger = TempLedger.WithTarget("""{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "cumulative", "value": 5, "unit": "项" }""");
        return new ServedRevision(ledger, new Evaluator(RuleSetCompiler.For(ledger)));
    }

    [Fact]
    public void Failed_WhileServing_KeepsServingTheRevisionWithTheProblems()
    {
        var revision = Revision();
        var state = new LedgerState.Serving(revision, Then).Failed([Broken], Then.AddMinutes(1));
        var broken = Assert.IsType<LedgerState.ServingDespiteBrokenFiles>(state);
        Assert.Same(revision, broken.Served);
        Assert.False(broken.Valid);
        Assert.Equal([Broken], broken.FileProblems);
    }

    [Fact]
    public void Failed_NeverValid_StaysNeverValidWithTheNewProblems()
    {
        var state = new LedgerState.NeverValid([], Then).Failed([Broken], Then.AddMinutes(1));
        var never = Assert.IsType<LedgerState.NeverValid>(state);
        Assert.Null(never.Served);
        Assert.Equal([Broken], never.FileProblems);
    }

    [Fact]
    public void Serving_IsValidWithNoProblems()
    {
        var state = new LedgerState.Serving(Revision(), Then);
        Assert.True(state.Valid);
        Assert.Empty(state.FileProblems);
        Assert.NotNull(state.Served);
    }
}
