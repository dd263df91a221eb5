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

    public void Add(Figure figure)
    {
        var key = (figure.Entity, figure.TargetId);
        if (!ByKey.TryGetValue(key, out var dates))
        {
            ByKey[key] = dates = [];
        }

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
