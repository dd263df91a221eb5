namespace Engine.Rules.Ledgers;

/// <summary>The ledger's working period, both ends inclusive.</summary>
public sealed record Period
{
    public Period(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"The period end {IsoDate.Format(end)} is before its start {IsoDate.Format(start)}.");
        }

        Start = start;
        End = end;
    }

    public DateOnly Start { get; }

    public DateOnly End { get; }
}
