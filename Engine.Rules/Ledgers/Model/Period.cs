namespace Engine.Rules.Ledgers;

/// <summary>The ledger's working period, both ends inclusive.</summary>
public sealed record Period
{
    /// <summary>A period from <paramref name="start"/> to <paramref name="end"/>, both inclusive; throws <see cref="ArgumentOutOfRangeException"/> when the end is before the start.</summary>
    public Period(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"The period end {IsoDate.Format(end)} is before its start {IsoDate.Format(start)}.");
        }

        Start = start;
        End = end;
    }

    /// <summary>The first day of the period; time-proportional progress (τ) counts from it.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day of the period, and the deadline of every target that names none.</summary>
    public DateOnly End { get; }
}
