using Engine.Rules.Ledgers;

namespace Engine.Tests.Ledgers;

public class ReportingCycleTests
{
    private static readonly Period Year2023 = new(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31));

    [Theory]
    [InlineData(3, 10, "2023-04-10", "2023-03-31")]
    [InlineData(3, 10, "2023-04-09", null)]         // the first quarter's report is not owed yet
    [InlineData(3, 10, "2023-07-09", "2023-03-31")]
    [InlineData(3, 10, "2023-07-10", "2023-06-30")]
    [InlineData(3, 0, "2023-12-31", "2023-12-31")]
    [InlineData(1, 5, "2023-03-05", "2023-02-28")]
    [InlineData(6, 15, "2023-07-15", "2023-06-30")]
    [InlineData(12, 30, "2024-01-30", "2023-12-31")]
    [InlineData(12, 30, "2023-12-31", null)]
    public void ReportDueBy_LatestCycleEndPastItsGrace(int months, int grace, string asOf, string? expected)
    {
        var due = new ReportingCycle(months, grace).ReportDueBy(Year2023, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Fact]
    public void ReportDueBy_PeriodStartingMidQuarter_FirstEndIsThatQuarters()
    {
        var period = new Period(new DateOnly(2023, 2, 15), new DateOnly(2023, 12, 31));
        Assert.Equal(new DateOnly(2023, 3, 31), new ReportingCycle(3, 0).ReportDueBy(period, new DateOnly(2023, 4, 1)));
    }
}
