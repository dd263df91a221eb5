using Engine.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Cli;

public class BatchEvaluateTests
{
    [Fact]
    public void Evaluate_DateList_OneAssessmentPerEntityAndDate_CountsAddUpPerDate()
    {
        using var folder = new TempFolder();
        var figures = folder.File("f.csv", "target,as_of,value,entity\n20.1,2023-03-31,3,甲\n20.1,2023-06-30,10,甲\n20.1,2023-06-30,1,乙\n");
        var r = Support.Cli.Run("evaluate", "--figures", figures, "--as-of", "2023-06-30,2023-03-31");
        Assert.Equal(0, r.Exit);
        var json = JObject.Parse(r.Out);
        Assert.Equal("2023-06-30", (string?)json["as_of"]);
        Assert.Equal(["2023-03-31", "2023-06-30"], json["as_of_dates"]!.Select(d => (string?)d));
        var assessments = (JArray)json["assessments"]!;
        // Entities in ordinal order (乙 U+4E59 before 甲 U+7532), dates ascending.
        Assert.Equal([("乙", "2023-03-31"), ("甲", "2023-03-31"), ("乙", "2023-06-30"), ("甲", "2023-06-30")], assessments.Select(a => ((string)a["entity"]!, (string)a["as_of"]!)));
        foreach (var a in assessments)
        {
            var f = a["figures"]!;
            Assert.Equal(3, (int)f["read"]!);
            Assert.Equal(3, (int)f["used"]! + (int)f["superseded"]! + (int)f["after_as_of"]! + (int)f["rejected"]!);
        }

        Assert.Equal(2, (int)assessments[0]["figures"]!["after_as_of"]!);
        var march = assessments[1]["tasks"]!.Single(t => (int)t["no"]! == 20);
        Assert.Equal(3m, (decimal)march["targets"]![0]!["value"]!);
    }

    [Fact]
    public void Evaluate_Monthly_EveryMonthEndUpToTheLatestFigure()
    {
        using var folder = new TempFolder();
        var figures = folder.File("f.csv", "target,as_of,value\n20.1,2023-02-15,1\n20.1,2023-06-30,10\n");
        var json = JObject.Parse(Support.Cli.Run("evaluate", "--figures", figures, "--as-of", "monthly").Out);
        Assert.Equal(["2023-01-31", "2023-02-28", "2023-03-31", "2023-04-30", "2023-05-31", "2023-06-30"], json["as_of_dates"]!.Select(d => (string?)d));
        Assert.Equal(6, ((JArray)json["assessments"]!).Count);
    }

    [Fact]
    public void Evaluate_DateListCsv_CarriesTheDateOnEveryRow()
    {
        using var folder = new TempFolder();
        var figures = folder.File("f.csv", "target,as_of,value\n20.1,2023-06-30,10\n");
        var lines = Support.Cli.Run("evaluate", "--figures", figures, "--as-of", "2023-03-31,2023-06-30", "--format", "csv").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",as_of", lines[0], StringComparison.Ordinal);
        Assert.Equal(1 + (2 * 472), lines.Count(l => l.EndsWith(",2023-03-31", StringComparison.Ordinal) || l.EndsWith(",2023-06-30", StringComparison.Ordinal)) + 1);
    }

    [Fact]
    public void Evaluate_BadDateInList_IsAUsageError() =>
        Assert.Equal(2, Support.Cli.Run("evaluate", "--as-of", "2023-03-31,2023-13-01").Exit);

    [Fact]
    public void Batch_AssessmentsAreMadeAsTheyAreRead()
    {
        var ledger = Rules.Ledgers.LedgerReader.Read(BundledPaths.Targets);
        var evaluator = new Rules.Assessment.Evaluator(ledger);
        var intake = new Rules.Figures.FigureIntake(ledger);
        intake.Add(new Rules.Figures.RawFigure("t", 2, "20.1", "2023-06-30", "10"));
        var made = 0;
        var result = evaluator.Evaluate(Rules.Figures.FigureSet.From(intake), [new DateOnly(2023, 3, 31), new DateOnly(2023, 6, 30)], new SyncProgressProbe(() => made++));
        Assert.Equal(0, made);
        Assert.Equal(2, result.Assessments.Count);
        _ = result.Assessments[1];
        Assert.Equal(1, made);
    }
}

internal sealed class SyncProgressProbe(Action onReport) : IProgress<(int Done, int Total)>
{
    public void Report((int Done, int Total) value) => onReport();
}
