using Engine.Bench.Limits;
using Engine.Rules.Assessment;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Assessment;

/// <summary>
/// The benchmark's hand-written evaluator and the engine agree on every status, progress, projection and alert
/// (issue 7, point 4).
/// </summary>
public class HandWrittenAgreementTests
{
    [Theory]
    [InlineData("2023-03-31")]
    [InlineData("2023-06-30")]
    [InlineData("2023-09-30")]
    [InlineData("2023-12-31")]
    public void BundledSamples_EngineAndHandWritten_GiveIdenticalResults(string quarter)
    {
        var ledger = LedgerReader.Read(BundledPaths.Targets);
        var intake = new FigureIntake(ledger, keepRows: false);
        Engine.Rules.Figures.CsvFigureReader.Read(Path.Combine(BundledPaths.Samples, $"figures-{quarter}.csv"), "f.csv", intake);
        var set = FigureSet.From(intake);
        var hand = new HandWrittenEvaluator(ledger);
        var evaluator = new Evaluator(ledger);
        foreach (var asOf in new[] { "2023-01-15", "2023-06-29", "2023-06-30", "2023-07-01", quarter, "2024-01-01" }.Select(d => DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture)))
        {
            var targets = new Dictionary<string, HandWrittenEvaluator.TargetResult>();
            var handTasks = hand.Assess(set, "", asOf, targets);
            var engine = evaluator.Assess(set, "", asOf);
            Assert.Equal(handTasks.Count, engine.Tasks.Count);
            foreach (var (h, e) in handTasks.Zip(engine.Tasks))
            {
                Assert.Equal((h.TaskNo, h.Status, h.Progress, h.Alert), (e.Task.No, e.Status, e.Progress, e.Alert?.Level));
                foreach (var t in e.Targets)
                {
                    Assert.Equal(targets[t.Target.Id], Result(t));
                }
            }
        }
    }

    /// <summary>
    /// The benchmark's own figures: 40 entities × 12 month ends go through the batch path, where one rule session holds
    /// many (entity, as-of) pairs and the combination rules must keep them apart. Every pair agrees with the hand-written
    /// evaluator of that pair alone.
    /// </summary>
    [Fact]
    public void BenchmarkFigures_BatchedSessionsOfManyEntitiesAndDates_AgreeWithHandWrittenPerPair()
    {
        var ledger = LedgerReader.Read(BundledPaths.Targets);
        var set = GeneratedFigures.For(ledger, entities: 40, rowsPerTargetAndEntity: 4, seed: 2023);
        var evaluator = new Evaluator(ledger);
        var dates = Enumerable.Range(1, 12).Select(m => new DateOnly(2023, m, 1).AddMonths(1).AddDays(-1)).ToList();
        var result = evaluator.Evaluate(set, dates);
        Assert.True(result.Assessments.Count > Evaluator.SlotsPerSession * 10, "the run spans many sessions");
        var hand = new HandWrittenEvaluator(ledger);
        int differences = 0, combined = 0, alerts = 0, projections = 0;
        foreach (var engine in result.Assessments)
        {
            var targets = new Dictionary<string, HandWrittenEvaluator.TargetResult>();
            var handTasks = hand.Assess(set, engine.Entity, engine.AsOf, targets);
            Assert.Equal(handTasks.Count, engine.Tasks.Count);
            foreach (var (h, e) in handTasks.Zip(engine.Tasks))
            {
                differences += (h.TaskNo, h.Status, h.Progress, h.Alert) == (e.Task.No, e.Status, e.Progress, e.Alert?.Level) ? 0 : 1;
                combined += e.Targets.Count > 1 ? 1 : 0;
                alerts += e.Alert is null ? 0 : 1;
                projections += e.Targets.Count(t => t.Projection is not null);
                differences += e.Targets.Count(t => targets[t.Target.Id] != Result(t));
                differences += e.Targets.Count(t => t.Entity != engine.Entity || t.AsOf != engine.AsOf);
            }
        }

        Assert.Equal(0, differences);
        Assert.True(combined > 0 && alerts > 0 && projections > 0, $"combined {combined}, alerts {alerts}, projections {projections}");
    }

    private static HandWrittenEvaluator.TargetResult Result(TargetAssessment t) => new(t.Status, t.Progress, t.Projection?.Value, t.Projection?.Likely);
}
