using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Assessment;

public class RuleNetworkTests
{
    private static readonly Ledger Bundled = LedgerReader.Read(BundledPaths.Targets);

    [Fact]
    public void Evaluate_SessionsKeptFromOtherFigures_AssessAsNewSessionsDo()
    {
        // Other entities, dates and figures first, alerts and combinations in play, so the kept sessions held facts.
        var earlier = GeneratedFigures.For(Bundled, entities: 3, rowsPerTargetAndEntity: 4, seed: 11);
        var figures = GeneratedFigures.For(Bundled, entities: 2, rowsPerTargetAndEntity: 3, seed: 5);
        DateOnly[] dates = [new(2023, 6, 30), new(2023, 12, 31)];
        string Json(Evaluator evaluator)
        {
            var text = new StringWriter();
            AssessmentJsonWriter.Write(evaluator.Evaluate(figures, dates), text);
            return text.ToString();
        }

        var rules = RuleSetCompiler.Compile(Bundled, parts: 2);
        var used = new Evaluator(rules) { Parallelism = 2 };
        used.Evaluate(earlier, [new(2023, 3, 31), new(2023, 9, 30), new(2023, 12, 31)]);
        used.Evaluate(figures, [new(2023, 9, 30)]);

        var expected = Json(new Evaluator(RuleSetCompiler.Compile(Bundled, parts: 2)) { Parallelism = 2 });
        Assert.Contains("\"alert\": \"", expected, StringComparison.Ordinal);
        Assert.Equal(expected, Json(used));
        Assert.Equal(expected, Json(used));

        // What is kept holds nothing: a session left with an assessment's facts would grow with every request.
        foreach (var network in rules.Networks)
        {
            var kept = network.Rent();
            Assert.Empty(kept.Query<object>());
            network.Return(kept);
        }
    }

    [Fact]
    public void Rent_AfterReturn_GivesTheKeptSessionBack()
    {
        var network = RuleSetCompiler.Compile(TempLedger.WithTarget("""{ "id": "1.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 10, "unit": "%" }"""), parts: 1).Networks[0];
        var session = network.Rent();
        network.Return(session);

        Assert.Same(session, network.Rent());
        Assert.NotSame(session, network.Rent());
    }
}
