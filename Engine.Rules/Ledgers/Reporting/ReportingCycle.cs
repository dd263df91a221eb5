namespace Engine.Rules.Ledgers;

/// <summary>How often units must report, and how long after a cycle's end its report is due.</summary>
/// <param name="Months">The cycle's length in months: 1 (month), 3 (quarter), 6 (half year) or 12 (year); cycles end at calendar month, quarter, half-year or year ends.</param>
/// <param name="GraceDays">Days after a cycle's end before its report is owed.</param>
public sealed record ReportingCycle(int Months, int GraceDays)
{
    /// <summary>
    /// R, the report date owed by <paramref name="asOf"/>: the latest cycle end E on or after the period start with
    /// E + grace ≤ as-of; null before the first report is due.
    /// </summary>
    public DateOnly? ReportDueBy(Period period, DateOnly asOf)
    {
        DateOnly? due = null;
        for (var end = FirstEndFrom(period.Start); end.AddDays(GraceDays) <= asOf; end = EndAfter(end))
        {
            due = end;
        }

        return due;
    }

    private DateOnly FirstEndFrom(DateOnly start)
    {
        // The cycle containing the start ends at the last day of the month that closes its block of Months.
        var monthIndex = start.Month - 1;
        var lastMonth = (monthIndex / Months * Months) + Months;
        return new DateOnly(start.Year, 1, 1).AddMonths(lastMonth).AddDays(-1);
    }

    private DateOnly EndAfter(DateOnly end) => end.AddDays(1).AddMonths(Months).AddDays(-1);
}
