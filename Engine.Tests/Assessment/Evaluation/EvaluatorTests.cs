using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Assessment;

public class EvaluatorTests
{
    [Fact]
    public void Evaluate_SessionsOnSeveralCoresOrOne_GiveTheSameAssessmentsInTheSameOrder()
    {
        var ledger = LedgerReader.Read(BundledPaths.Targets);
        var set = GeneratedFigures.For(ledger, entities: 70, rowsPerTargetAndEntity: 2, seed: 7);
        DateOnly[] dates = [new(2023, 3, 31), new(2023, 6, 30)];
        static string Fingerprint(EvaluationResult r) => string.Join("\n", r.Assessments.SelectMany(a => a.Tasks.Select(t =>
            $"{a.Entity}|{a.AsOf}|{t.Task.No}|{t.Status}|{t.Progress}|{t.Rule}|{t.Alert?.Level}|{string.Join(",", t.Targets.Select(g => $"{g.Status}:{g.Progress}:{g.Rule}"))}")));
        var one = Fingerprint(new Evaluator(ledger) { Parallelism = 1 }.Evaluate(set, dates));
        var four = Fingerprint(new Evaluator(ledger) { Parallelism = 4 }.Evaluate(set, dates));
        var single = Fingerprint(new Evaluator(ledger) { Parallelism = 3 }.Evaluate(set, dates[1]));
        Assert.Equal(70 * 2 * ledger.Tasks.Count, one.Split('\n').Length);
        Assert.Equal(one, four);
        Assert.Equal(string.Join("\n", one.Split('\n').Where(l => l.Contains($"|{dates[1]}|", StringComparison.Ordinal))), single);
    }

    [Fact]
    public void Evaluate_WithoutProjections_GivesTheSameStatusesAndNoTrends()
    {
        var ledger = LedgerReader.Read(BundledPaths.Targets);
        var set = GeneratedFigures.For(ledger, entities: 3, rowsPerTargetAndEntity: 6, seed: 11);
        DateOnly[] dates = [new(2023, 6, 30), new(2023, 9, 30)];
        var with = new Evaluator(ledger).Evaluate(set, dates).Assessments.SelectMany(a => a.Tasks).SelectMany(t => t.Targets).ToList();
        var without = new Evaluator(ledger) { Projections = false }.Evaluate(set, dates).Assessments.SelectMany(a => a.Tasks).SelectMany(t => t.Targets).ToList();
        Assert.Contains(with, t => t.Projection is not null);
        Assert.All(without, t => Assert.Null(t.Projection));
        Assert.Equal(with.Select(t => (t.Target.Id, t.Entity, t.AsOf, t.Status, t.Progress)), without.Select(t => (t.Target.Id, t.Entity, t.AsOf, t.Status, t.Progress)));
    }
}
