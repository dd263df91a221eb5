using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;
using Microsoft.ML;

namespace Engine.Tests.Figures;

public class DataViewFigureReaderTests
{
    private static readonly Rules.Ledgers.Ledger Ledger = TempLedger.WithTarget("""
        { "id": "1.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 12, "unit": "%" },
        { "id": "1.2", "metric": "工作", "kind": "milestone", "unit": "%" }
        """);

    [Fact]
    public void Read_NumberValueColumn_TakesTheShortestDecimalTheSenderMeant()
    {
        var view = new MLContext().Data.LoadFromEnumerable(new[]
        {
            new NumberRow { target = "1.1", as_of = "2023-06-30", value = 0.1, entity = "区县01" },
            new NumberRow { target = "1.2", as_of = "2023-06-30", value = 37.5, entity = "区县01" },
            new NumberRow { target = "1.1", as_of = "2023-09-30", value = 12, entity = "区县02" },
        });
        var intake = new FigureIntake(Ledger);
        DataViewFigureReader.Read(view, "feed", intake);
        Assert.Empty(intake.Rejected);
        Assert.Equal([0.1m, 37.5m, 12m], intake.Accepted.Select(f => f.Value));
        Assert.Equal(["区县01", "区县01", "区县02"], intake.Accepted.Select(f => f.Entity));
        Assert.Equal([1, 2, 3], intake.Accepted.Select(f => f.Line));
    }

    [Fact]
    public void Read_BadRows_AreRejectedWithTheirRowAndField()
    {
        var view = new MLContext().Data.LoadFromEnumerable(new[]
        {
            new NumberRow { target = "1.1", as_of = "2023-06-30", value = double.NaN },
            new NumberRow { target = "9.9", as_of = "2023-06-30", value = 1 },
            new NumberRow { target = "1.2", as_of = "2023-06-30", value = 120 },
            new NumberRow { target = "1.1", as_of = "30/06/2023", value = 1 },
            new NumberRow { target = "1.1", as_of = "2023-06-30", value = 5 },
        });
        var intake = new FigureIntake(Ledger);
        DataViewFigureReader.Read(view, "feed", intake, firstLine: 2);
        Assert.Equal(5, intake.Read);
        Assert.Single(intake.Accepted);
        Assert.Equal([(2, "value"), (3, "target"), (4, "value"), (5, "as_of")], intake.Rejected.Select(p => (p.Line, p.Field)));
    }

    [Fact]
    public void Read_ChineseHeaders_AreTheSameFields()
    {
        var view = new MLContext().Data.LoadFromEnumerable(new[] { new ChineseRow { 目标编号 = "1.1", 截至日期 = "2023-06-30", 报送值 = "12.5", 填报主体 = "市本级" } });
        var intake = new FigureIntake(Ledger);
        DataViewFigureReader.Read(view, "feed", intake);
        var figure = Assert.Single(intake.Accepted);
        Assert.Equal(("1.1", 12.5m, "市本级"), (figure.TargetId, figure.Value, figure.Entity));
    }

    [Fact]
    public void Read_NoValueColumn_ThrowsNamingIt()
    {
        var view = new MLContext().Data.LoadFromEnumerable(new[] { new NoValueRow { target = "1.1", as_of = "2023-06-30" } });
        var e = Assert.Throws<FigureFileException>(() => DataViewFigureReader.Read(view, "feed", new FigureIntake(Ledger)));
        Assert.Equal(("feed", "value"), (e.Problem.Source, e.Problem.Field));
        Assert.Contains("no column \"value\"", e.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TargetAsANumberColumn_ThrowsNamingTheColumnAndType()
    {
        var view = new MLContext().Data.LoadFromEnumerable(new[] { new NumberTargetRow { target = 1.1f, as_of = "2023-06-30", value = "1" } });
        var e = Assert.Throws<FigureFileException>(() => DataViewFigureReader.Read(view, "feed", new FigureIntake(Ledger)));
        Assert.Equal("target", e.Problem.Field);
        Assert.Contains("column \"target\" holds Single; target must be text", e.Problem.Message, StringComparison.Ordinal);
    }

    // Column names are the figure format's own, lower case as in a file header.
#pragma warning disable SA1300, IDE1006, CA1707
    private sealed class NumberRow
    {
        public string target { get; set; } = "";

        public string as_of { get; set; } = "";

        public double value { get; set; }

        public string entity { get; set; } = "";
    }

    private sealed class ChineseRow
    {
        public string 目标编号 { get; set; } = "";

        public string 截至日期 { get; set; } = "";

        public string 报送值 { get; set; } = "";

        public string 填报主体 { get; set; } = "";
    }

    private sealed class NoValueRow
    {
        public string target { get; set; } = "";

        public string as_of { get; set; } = "";
    }

    private sealed class NumberTargetRow
    {
        public float target { get; set; }

        public string as_of { get; set; } = "";

        public string value { get; set; } = "";
    }
#pragma warning restore SA1300, IDE1006, CA1707
}
