using System.Globalization;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using Engine.Tests.Generators;
using Engine.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Engine.Tests.Figures;

public class FigureIntakeTests
{
    private static readonly Rules.Ledgers.Ledger Ledger = TempLedger.WithTarget("""
        { "id": "1.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 12, "unit": "%" },
        { "id": "1.2", "metric": "工作", "kind": "milestone", "unit": "%" }
        """);

    /// <summary>A ledger with a counted target, a percent and a milestone due after the period.</summary>
    private static readonly Rules.Ledgers.Ledger Counted = TempLedger.WithTarget("""
        { "id": "101.1", "metric": "新增上市企业", "kind": "at_least", "nature": "cumulative", "value": 2, "unit": "家" },
        { "id": "20.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 12, "unit": "%" },
        { "id": "30.1", "metric": "工程", "kind": "milestone", "unit": "%", "deadline": "2024-06-30" }
        """);

    /// <summary>Reads CSV text through the real CSV reader into an intake of the ledger.</summary>
    private static FigureIntake ReadCsv(Rules.Ledgers.Ledger ledger, string csv)
    {
        var intake = new FigureIntake(ledger);
        using var folder = new TempFolder();
        CsvFigureReader.Read(folder.File("f.csv", csv), "f.csv", intake);
        return intake;
    }

    private static FigureIntake Take(params RawFigure[] rows)
    {
        var intake = new FigureIntake(Ledger);
        foreach (var row in rows)
        {
            intake.Add(row);
        }

        return intake;
    }

    [Theory]
    [InlineData("9.9", "2023-06-30", "1", null, "target", "unknown target \"9.9\"")]
    [InlineData("1.1", "2023-06-30", "约12", null, "value", "value \"约12\" is approximate; give the number alone")]
    [InlineData("1.1", "2023/06/31", "12", null, "as_of", "2023/06/31: June has 30 days")]
    [InlineData("1.1", "2023-06-31", "12", null, "as_of", "2023-06-31: June has 30 days")]
    [InlineData("1.1", "2023-06-30", "12", "个", "unit", "unit \"个\" differs from target 1.1's unit \"%\"")]
    [InlineData("1.2", "2023-06-30", "120", null, "value", "0–100; got 120")]
    [InlineData("1.2", "2023-06-30", "-1", null, "value", "0–100; got -1")]
    [InlineData("", "2023-06-30", "1", null, "target", "the target id is empty")]
    public void Add_BadRow_IsRejectedWithLineFieldAndReason(string target, string asOf, string value, string? unit, string field, string reason)
    {
        var intake = Take(new RawFigure("f.csv", 7, target, asOf, value) { Unit = unit });
        var problem = Assert.Single(intake.Rejected);
        Assert.Empty(intake.Accepted);
        Assert.Equal(("f.csv", 7, field), (problem.Source, problem.Line, problem.Field));
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_ImpossibleAsOf_ReasonIsTheDateReasonAfterTheLocation()
    {
        var intake = Take(new RawFigure("f.csv", 7, "1.1", " 2023-02-30 ", "12"));
        Assert.Equal("f.csv:7 [as_of]: 2023-02-30: February 2023 has 28 days", Assert.Single(intake.Rejected).ToString());
    }

    [Fact]
    public void Add_GoodRow_IsAcceptedWithExactDecimal()
    {
        var intake = Take(new RawFigure("f.csv", 2, "1.1", "2023-06-30", "0.1") { Unit = "%", Entity = " 赤坎区 " });
        var figure = Assert.Single(intake.Accepted);
        Assert.Equal(0.1m, figure.Value);
        Assert.Equal("赤坎区", figure.Entity);
    }

    [Fact]
    public void Counts_AddUp_ForEveryAsOf()
    {
        var intake = Take(
            new RawFigure("f", 2, "1.1", "2023-03-31", "3"),
            new RawFigure("f", 3, "1.1", "2023-06-30", "6"),
            new RawFigure("f", 4, "1.1", "2023-06-30", "7"),
            new RawFigure("f", 5, "1.1", "2023-09-30", "9"),
            new RawFigure("f", 6, "x", "2023-09-30", "9"));
        var set = FigureSet.From(intake);
        foreach (var asOf in new[] { "2023-01-01", "2023-03-31", "2023-06-30", "2023-12-31" })
        {
            var c = set.CountsAsOf(DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(5, c.Read);
            Assert.Equal(c.Read, c.Used + c.Superseded + c.AfterAsOf + c.Rejected);
        }

        Assert.Equal(7m, set.InForce("", "1.1", new DateOnly(2023, 6, 30))!.Value);
    }

    /// <summary>The intake's quick path for YYYY-MM-DD accepts exactly what the exact format parser accepts (within the period), with the same date.</summary>
    [Property(MaxTest = 500)]
    public Property Add_AsOfText_AcceptedExactlyAsTheDateReaderWould() =>
        Prop.ForAll(
            Arb.From(TargetGenerators.DateText),
            text =>
            {
                var intake = Take(new RawFigure("f.csv", 2, "1.1", text, "12"));
                var parsed = IsoDate.TryRead(text, out var expected, out _);

                // In the ISO shape the reader accepts exactly what the format parser does.
                var iso = DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var isoDate);
                if (iso && (!parsed || expected != isoDate))
                {
                    return false;
                }

                // A real date outside the ledger's 2023 (and target 1.1's deadline, the period end) is refused as out of range.
                var inPeriod = expected >= Ledger.Period.Start && expected <= Ledger.Period.End;
                return parsed && inPeriod
                    ? intake.Rejected.Count == 0 && intake.Accepted[0].AsOf == expected
                    : intake.Accepted.Count == 0 && intake.Rejected[0].Field == "as_of"
                        && (intake.Rejected[0].Code == ProblemCodes.OutOfRange) == parsed;
            });

    /// <summary>Rows of several entities and targets in any order: the figure in force is the latest date's last row, as read row by row.</summary>
    [Property(MaxTest = 200)]
    public Property FigureInForce_RowsOfEntitiesAndTargetsInAnyOrder_IsTheLatestDatesLastRow() =>
        Prop.ForAll(
            Arb.From(
                from rows in Gen.ListOf(
                    from entity in Gen.Elements("区县01", "区县02", "")
                    from target in Gen.Elements("1.1", "1.2")
                    from day in Gen.Choose(0, 5)
                    from value in Gen.Choose(0, 100)
                    select (entity, target, day, value))
                from asOfDay in Gen.Choose(0, 5)
                select (rows: rows.Take(30).ToList(), asOfDay)),
            x =>
            {
                DateOnly Day(int d) => new DateOnly(2023, 3, 1).AddDays(d * 10);
                var intake = Take([.. x.rows.Select((r, i) => new RawFigure("f.csv", i + 2, r.target, Day(r.day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.value.ToString(CultureInfo.InvariantCulture)) { Entity = new string(r.entity.ToCharArray()) })]);
                var set = FigureSet.From(intake);
                return x.rows.Select(r => (r.entity, r.target)).Distinct().All(key =>
                {
                    var expected = x.rows.Select((r, i) => (r, i)).Where(p => (p.r.entity, p.r.target) == key && p.r.day <= x.asOfDay)
                        .OrderBy(p => p.r.day).ThenBy(p => p.i).Select(p => (decimal?)p.r.value).LastOrDefault();
                    return set.InForce(key.entity, key.target, Day(x.asOfDay))?.Value == expected;
                });
            });

    [Theory]
    [InlineData("9.9", "2023-06-30", "1", null, "unknown-target")]
    [InlineData("1.1", "2023-06-30", "约12", null, "bad-number")]
    [InlineData("1.1", "2023/06/31", "12", null, "bad-date")]
    [InlineData("1.1", "2023-06-30", "12", "个", "unit-mismatch")]
    [InlineData("1.2", "2023-06-30", "120", null, "out-of-range")]
    [InlineData("", "2023-06-30", "1", null, "missing-field")]
    public void Add_BadRow_CarriesTheCodeOfItsKind(string target, string asOf, string value, string? unit, string code)
    {
        var intake = Take(new RawFigure("f.csv", 7, target, asOf, value) { Unit = unit });
        Assert.Equal(code, Assert.Single(intake.Rejected).Code);
    }

    [Fact]
    public void ReadCsv_FractionalFigureForACountedTarget_IsRefusedNamingTargetAndValue()
    {
        var intake = ReadCsv(Counted, "target,as_of,value\n101.1,2023-06-30,0.5\n101.1,2023-06-30,1\n101.1,2023-06-30,2.0\n20.1,2023-06-30,0.5\n30.1,2023-06-30,12.5\n");
        var problem = Assert.Single(intake.Rejected);
        Assert.Equal("f.csv:2:3 [value]: target 101.1 is counted in whole numbers (家); got 0.5", problem.ToString());
        Assert.Equal(ProblemCodes.OutOfRange, problem.Code);
        Assert.Equal(4, intake.Accepted.Count);
    }

    [Theory]
    [InlineData("20.1,0001-01-01,5", "f.csv:2:2 [as_of]: as_of 0001-01-01 is before the ledger period starts (2023-01-01)")]
    [InlineData("20.1,2022-12-31,5", "f.csv:2:2 [as_of]: as_of 2022-12-31 is before the ledger period starts (2023-01-01)")]
    [InlineData("20.1,2032-06-30,5", "f.csv:2:2 [as_of]: as_of 2032-06-30 is after target 20.1's deadline 2023-12-31 and the period end 2023-12-31")]
    [InlineData("20.1,2024-01-01,5", "f.csv:2:2 [as_of]: as_of 2024-01-01 is after target 20.1's deadline 2023-12-31 and the period end 2023-12-31")]
    [InlineData("30.1,2024-07-01,50", "f.csv:2:2 [as_of]: as_of 2024-07-01 is after target 30.1's deadline 2024-06-30 and the period end 2023-12-31")]
    [InlineData("30.1,9999-12-31,50", "f.csv:2:2 [as_of]: as_of 9999-12-31 is after target 30.1's deadline 2024-06-30 and the period end 2023-12-31")]
    public void ReadCsv_AsOfOutsideThePeriodAndDeadline_IsRefusedNamingTheBound(string row, string expected)
    {
        var intake = ReadCsv(Counted, "target,as_of,value\n" + row + "\n");
        var problem = Assert.Single(intake.Rejected);
        Assert.Equal(expected, problem.ToString());
        Assert.Equal(ProblemCodes.OutOfRange, problem.Code);
        Assert.Empty(intake.Accepted);
    }

    [Theory]
    [InlineData("20.1,2023-01-01,5")]
    [InlineData("20.1,2023-12-31,5")]
    [InlineData("30.1,2024-06-30,50")]
    public void ReadCsv_AsOfOnTheBounds_IsAccepted(string row) =>
        Assert.Single(ReadCsv(Counted, "target,as_of,value\n" + row + "\n").Accepted);

    /// <summary>
    /// A figure for a target due after the period is accepted, but the default as-of date stays at the period end,
    /// and a row that cannot be true moves nothing.
    /// </summary>
    [Fact]
    public void DefaultAsOf_FiguresAfterThePeriodEnd_IsThePeriodEnd()
    {
        var evaluator = new Rules.Assessment.Evaluator(Counted);
        var set = FigureSet.From(ReadCsv(Counted, "target,as_of,value\n20.1,2023-06-30,5\n30.1,2024-03-31,50\n20.1,2032-06-30,5\n"));
        Assert.Equal(new DateOnly(2024, 3, 31), set.LatestAsOf);
        Assert.Equal(new DateOnly(2023, 12, 31), evaluator.DefaultAsOf(set));

        var early = FigureSet.From(ReadCsv(Counted, "target,as_of,value\n20.1,2023-06-30,5\n20.1,2032-06-30,5\n"));
        Assert.Equal(new DateOnly(2023, 6, 30), evaluator.DefaultAsOf(early));
    }

    /// <summary>Whether a row is refused, and why, depends on the row alone: shuffling the rows refuses the same rows for the same reasons.</summary>
    [Property(MaxTest = 100)]
    public Property Refusals_AnyRowOrder_AreTheSame() =>
        Prop.ForAll(
            Arb.From(
                from rows in Gen.ListOf(
                    from target in Gen.Elements("101.1", "20.1", "30.1", "9.9")
                    from date in Gen.Elements("0001-01-01", "2022-12-31", "2023-01-01", "2023-06-30", "2023-12-31", "2024-01-01", "2024-06-30", "2024-07-01", "9999-12-31", "2023-02-30")
                    from value in Gen.Elements("0", "0.5", "2", "12.5", "100", "120", "x")
                    select $"{target},{date},{value}")
                from seed in Gen.Choose(0, int.MaxValue)
                select (rows: rows.Take(25).ToList(), seed)),
            x =>
            {
                static IEnumerable<string> Refusals(IReadOnlyList<string> rows, IReadOnlyList<int> lineOf) =>
                    ReadCsv(Counted, "target,as_of,value\n" + string.Concat(rows.Select(r => r + "\n"))).Rejected
                        .Select(p => $"{lineOf[p.Line - 2]} {p.Field} {p.Code} {p.Message}").Order(StringComparer.Ordinal);

                var order = Enumerable.Range(0, x.rows.Count).ToList();
                new Random(x.seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(order));
                var shuffled = order.Select(i => x.rows[i]).ToList();
                return Refusals(x.rows, Enumerable.Range(0, x.rows.Count).ToList()).SequenceEqual(Refusals(shuffled, order));
            });
}
