namespace Engine.Rules.Figures;

/// <summary>
/// Accepted figures reduced as they arrive: for each (entity, target) and date, the latest row and how many rows
/// there were. Enough to give the figure in force as of any date and to count every row, in memory bounded by
/// the distinct dates reported.
/// </summary>
internal sealed class FigureReduction
{
    public Dictionary<(string Entity, string Target), SortedList<DateOnly, Slot>> ByKey { get; } = [];

    public struct Slot
    {
        public Figure Latest;
        public int Rows;
    }

    // Bulk files give one entity's rows together: its targets' date lists are kept at hand by position in the
    // ledger, so most rows find theirs without hashing two strings. Entities come interned from the intake.
    private readonly Dictionary<string, SortedList<DateOnly, Slot>?[]> _byEntity = new(ReferenceEqualityComparer.Instance);
    private string? _entity;
    private SortedList<DateOnly, Slot>?[] _entityDates = [];

    /// <summary>A figure of an interned entity for the target at <paramref name="targetOrdinal"/> of <paramref name="targetCount"/> in the ledger.</summary>
    public void Add(Figure figure, int targetOrdinal, int targetCount)
    {
        if (!ReferenceEquals(figure.Entity, _entity))
        {
            if (!_byEntity.TryGetValue(figure.Entity, out var lists))
            {
                _byEntity[figure.Entity] = lists = new SortedList<DateOnly, Slot>?[targetCount];
            }

            (_entity, _entityDates) = (figure.Entity, lists);
        }

        Add(figure, _entityDates[targetOrdinal] ??= Dates(figure));
    }

    private SortedList<DateOnly, Slot> Dates(Figure figure)
    {
        var key = (figure.Entity, figure.TargetId);
        if (!ByKey.TryGetValue(key, out var dates))
        {
            ByKey[key] = dates = [];
        }

        return dates;
    }

    private static void Add(Figure figure, SortedList<DateOnly, Slot> dates)
    {
        // Rows arrive in input order, so a row on a date already seen is the later one and wins.
        var index = dates.IndexOfKey(figure.AsOf);
        if (index < 0)
        {
            dates.Add(figure.AsOf, new Slot { Latest = figure, Rows = 1 });
        }
        else
        {
            var slot = dates.Values[index];
            dates[figure.AsOf] = new Slot { Latest = figure, Rows = slot.Rows + 1 };
        }
    }
}
