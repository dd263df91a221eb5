namespace Engine.Rules.Model;

/// <summary>The ledger's working period, both ends inclusive.</summary>
public sealed record Period
{
    public Period(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"The period end {end:yyyy-MM-dd} is before its start {start:yyyy-MM-dd}.");
        }

        Start = start;
        End = end;
    }

    public DateOnly Start { get; }

    public DateOnly End { get; }
}
