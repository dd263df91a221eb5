using Engine.Rules.Assessment;
using Engine.Rules.Authoring;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using Engine.Tests.Generators;
using Engine.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Engine.Tests.Assessment;

public class ProjectionTests
{
    private static TargetAssessment Assess(string asOf, params (string, string, string)[] rows) =>
        Run.Target(Run.Evaluate(TempLedger.WithTarget("""{ "id": "1.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 12, "unit": "%" }"""), asOf, rows));

    [Fact]
    public void ThreeFigures_LeastSquaresLineAtTheDeadline()
    {
        // x = days since 2023-01-01: 30, 89, 180; y = 1, 3, 5.4 → 10.82 at day 364.
        var a = Assess("2023-06-30", ("1.1", "2023-01-31", "1"), ("1.1", "2023-03-31", "3"), ("1.1", "2023-06-30", "5.4"));
        Assert.NotNull(a.Projection);
        Assert.Equal(10.82m, Math.Round(a.Projection.Value, 2));
        Assert.Equal("at_risk", a.Projection.Outlook);
        Assert.Contains("按目前趋势，年底预计为10.82%，难以达到目标", TaskExplainer.Problems(Run.Task(Run.Evaluate(TempLedger.WithTarget("""{ "id": "1.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 12, "unit": "%" }"""), "2023-06-30", ("1.1", "2023-01-31", "1"), ("1.1", "2023-03-31", "3"), ("1.1", "2023-06-30", "5.4"))), Language.Zh), StringComparison.Ordinal);
    }

    [Fact]
    public void SteepTrend_IsLikely()
    {
        var a = Assess("2023-06-30", ("1.1", "2023-02-28", "2"), ("1.1", "2023-04-30", "4"), ("1.1", "2023-06-30", "6.1"));
        Assert.Equal("likely", a.Projection!.Outlook);
    }

    /// <summary>The line goes through one point per date, the later row on a tie, whatever order the figures come in.</summary>
    [Property(MaxTest = 100)]
    public Property Of_FiguresInAnyOrder_GivesTheSameLine() =>
        Prop.ForAll(
            Arb.From(
                from points in Gen.ListOf(from d in TargetGenerators.Date from v in TargetGenerators.Percent select (d, v)).Select(l => l.Take(10).ToList())
                from seed in Gen.Choose(0, 10_000)
                select (points, seed)),
            x =>
            {
                var ledger = TempLedger.WithTarget("""{ "id": "1.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 12, "unit": "%" }""");
                var figures = x.points.Select((p, i) => new Figure("1.1", "", p.d, p.v, "f.csv", i + 2, i)).ToList();
                var shuffled = figures.OrderBy(_ => new Random(x.seed).Next()).ToList();
                var asOf = new DateOnly(2023, 9, 30);
                var inOrder = Projection.Of(ledger.Targets[0], figures, asOf, ledger.Period);
                var expectedPoints = figures.Where(f => f.AsOf <= asOf && f.AsOf >= ledger.Period.Start).Select(f => f.AsOf).Distinct().Count();
                return inOrder == Projection.Of(ledger.Targets[0], shuffled, asOf, ledger.Period)
                    && (inOrder is null || inOrder.Points == expectedPoints);
            });

    [Fact]
    public void Of_TwoRowsOnADate_TakesTheLaterRow()
    {
        var ledger = TempLedger.WithTarget("""{ "id": "1.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 12, "unit": "%" }""");
        Figure F(string date, decimal v, int sequence) => new("1.1", "", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), v, "f.csv", sequence + 2, sequence);
        var p = Projection.Of(ledger.Targets[0], [F("2023-06-30", 5.4m, 3), F("2023-01-31", 1m, 0), F("2023-06-30", 99m, 1), F("2023-03-31", 3m, 2)], new DateOnly(2023, 6, 30), ledger.Period);
        Assert.Equal((10.82m, 3), (Math.Round(p!.Value, 2), p.Points));
    }

    [Fact]
    public void TwoDates_NoProjection_EvenWithRepeatedRows()
    {
        var a = Assess("2023-06-30", ("1.1", "2023-03-31", "2"), ("1.1", "2023-06-30", "5"), ("1.1", "2023-06-30", "6"));
        Assert.Null(a.Projection);
    }

    [Fact]
    public void FiguresAfterAsOf_AreNotUsed_AndAtTheDeadlineThereIsNoProjection()
    {
        Assert.Null(Assess("2023-03-31", ("1.1", "2023-01-31", "1"), ("1.1", "2023-03-31", "3"), ("1.1", "2023-06-30", "5.4")).Projection);
        Assert.Null(Assess("2023-12-31", ("1.1", "2023-01-31", "1"), ("1.1", "2023-03-31", "3"), ("1.1", "2023-06-30", "5.4")).Projection);
    }

    [Fact]
    public void Json_CarriesProjectedAndOutlook_OrNulls()
    {
        using var folder = new TempFolder();
        var figures = folder.File("f.csv", "target,as_of,value\n20.1,2023-01-31,1\n20.1,2023-03-31,3\n20.1,2023-06-30,5.4\n");
        var json = Newtonsoft.Json.Linq.JObject.Parse(Support.Cli.Run("evaluate", "--figures", figures).Out);
        var tasks = json["assessments"]![0]!["tasks"]!;
        var t20 = tasks.Single(t => (int)t["no"]! == 20)["targets"]![0]!;
        Assert.Equal(10.82m, (decimal)t20["projected"]!);
        Assert.Equal("at_risk", (string?)t20["outlook"]);
        var t1 = tasks.Single(t => (int)t["no"]! == 1)["targets"]![0]!;
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, t1["projected"]!.Type);
    }
}
