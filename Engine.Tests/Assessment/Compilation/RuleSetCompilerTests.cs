using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Assessment;

public class RuleSetCompilerTests
{
    private static readonly Ledger Bundled = LedgerReader.Read(BundledPaths.Targets);

    [Fact]
    public void Compile_InParts_AssessesAsOneNetworkDoes()
    {
        var whole = RuleSetCompiler.Compile(Bundled, parts: 1);
        var split = RuleSetCompiler.Compile(Bundled, parts: 3);
        Assert.Equal((1, 3), (whole.Parts, split.Parts));
        Assert.Equal(whole.RuleCount, split.RuleCount);

        // Several entities and dates in one session, every task and alert rule in play; sessions of the parts run at once.
        var figures = GeneratedFigures.For(Bundled, entities: 3, rowsPerTargetAndEntity: 4, seed: 7);
        DateOnly[] dates = [new(2023, 3, 31), new(2023, 9, 30), new(2023, 12, 31)];
        string Json(CompiledRuleSet rules, int parallelism)
        {
            var text = new StringWriter();
            AssessmentJsonWriter.Write(new Evaluator(rules) { Parallelism = parallelism }.Evaluate(figures, dates), text);
            return text.ToString();
        }

        var expected = Json(whole, 1);
        Assert.Contains("\"alert\"", expected, StringComparison.Ordinal);
        Assert.Equal(expected, Json(split, 1));
        Assert.Equal(expected, Json(split, 2));
    }

    [Fact]
    public void Compile_SmallLedger_KeepsOneNetwork()
    {
        var ledger = TempLedger.WithTarget("""{ "id": "1.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 10, "unit": "%" }""");
        Assert.Equal(1, RuleSetCompiler.Compile(ledger, parts: 4).Parts);
    }

    [Fact]
    public void Compile_BundledLedger_IsSplitInPartsOfTheGivenNumber()
    {
        Assert.Equal(2, RuleSetCompiler.Compile(Bundled, parts: 2).Parts);
    }
}
