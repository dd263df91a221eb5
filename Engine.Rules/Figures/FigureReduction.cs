namespace Engine.Rules.Figures;

/// <summary>
/// Accepted figures reduced as they arrive: for each (entity, target) and date, the latest row and how many rows
/// there were. Enough to give the figure in force as of any date and to count every row, in memory bounded by
/// the distinct dates reported.
/// </summary>
internal sealed class FigureReduction
{
    public Dictionary<(string Entity, string Target), SortedList<DateOnly, Slot>> ByKey { get; } = [];

    /// <summary>
    /// The latest row of a date and how many rows the date had; its <see cref="Figure"/> once made. A class, so a
    /// later row of the date updates it in place instead of copying it out of the list and back.
    /// </summary>
    public sealed class Slot
    {
        public AcceptedRow Row;
        public Figure? Figure;
        public int Rows;

        /// <summary>The latest row as a figure; only after <see cref="Complete"/>.</summary>
        public Figure Latest => Figure ?? throw new InvalidOperationException("The reduction was read before it was completed.");
    }

    // Bulk files give one entity's rows together: its targets' date lists are kept at hand by position in the
    // ledger, so most rows find theirs without hashing two strings. Entities come interned from the intake.
    private readonly Dictionary<string, SortedList<DateOnly, Slot>?[]> _byEntity = new(ReferenceEqualityComparer.Instance);
    private string? _entity;
    private SortedList<DateOnly, Slot>?[] _entityDates = [];

    // Dates whose latest row is not yet a Figure; Complete makes them.
    private bool _incomplete;

    /// <summary>
    /// An accepted row of an interned entity for the target at <paramref name="targetOrdinal"/> of
    /// <paramref name="targetCount"/> in the ledger; <paramref name="figure"/> when the caller made one already
    /// (an intake that keeps rows), so both hold the same instance.
    /// </summary>
    public void Add(in AcceptedRow row, Figure? figure, int targetOrdinal, int targetCount)
    {
        if (!ReferenceEquals(row.Entity, _entity))
        {
            if (!_byEntity.TryGetValue(row.Entity, out var lists))
            {
                _byEntity[row.Entity] = lists = new SortedList<DateOnly, Slot>?[targetCount];
            }

            (_entity, _entityDates) = (row.Entity, lists);
        }

        var dates = _entityDates[targetOrdinal] ??= Dates(row);

        // Rows arrive in input order, so a row on a date already seen is the later one and wins. Dates mostly come
        // in order, so the last date is tried before a search.
        var last = dates.Count - 1;
        var index = last >= 0 && dates.Keys[last] == row.AsOf ? last : dates.IndexOfKey(row.AsOf);
        if (index < 0)
        {
            dates.Add(row.AsOf, new Slot { Row = row, Figure = figure, Rows = 1 });
        }
        else
        {
            var slot = dates.Values[index];
            slot.Row = row;
            slot.Figure = figure;
            slot.Rows++;
        }

        _incomplete |= figure is null;
    }

    /// <summary>Makes the figure of every date's latest row that has none yet; the reduction can be read after.</summary>
    public void Complete()
    {
        if (!_incomplete)
        {
            return;
        }

        foreach (var dates in ByKey.Values)
        {
            foreach (var slot in dates.Values)
            {
                slot.Figure ??= slot.Row.ToFigure();
            }
        }

        _incomplete = false;
    }

    private SortedList<DateOnly, Slot> Dates(in AcceptedRow row)
    {
        var key = (row.Entity, row.TargetId);
        if (!ByKey.TryGetValue(key, out var dates))
        {
            ByKey[key] = dates = [];
        }

        return dates;
    }
}
