namespace Engine.Rules.Ledgers;

/// <summary>The one place for what depends on a target's nature alone: its wire names, the default schedule, and the draft's proposal.</summary>
internal static class Natures
{
    private static readonly Dictionary<string, Nature> ByName = new(StringComparer.Ordinal)
    {
        ["cumulative"] = Nature.Cumulative,
        ["level"] = Nature.Level,
    };

    /// <summary>Units whose figures are levels by their nature: shares, scores and their differences.</summary>
    private static readonly HashSet<string> LevelUnits = new(StringComparer.Ordinal) { "%", "％", "‰", "分", "个百分点" };

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static string Name(Nature nature) => nature switch
    {
        Nature.Cumulative => "cumulative",
        Nature.Level => "level",
        _ => throw new ArgumentOutOfRangeException(nameof(nature), nature, "Unknown nature."),
    };

    public static bool TryParse(string name, out Nature nature) => ByName.TryGetValue(name, out nature);

    /// <summary>
    /// The schedule a target gets when its rule file names none: a total builds up along the year (linear); a level with a
    /// starting point moves along the way from it (linear); a level without one is a state to hold.
    /// </summary>
    public static Schedule DefaultSchedule(Nature nature, decimal? baseline) =>
        nature == Nature.Cumulative || baseline is not null ? Schedule.Linear : Schedule.Hold;

    /// <summary>
    /// What <c>engine draft</c> proposes when the text does not say: a level for shares, scores and values at or below 0
    /// (a rate of change), else a total; with how sure the proposal is.
    /// </summary>
    public static (Nature Nature, decimal Confidence) Propose(TargetKind kind, string unit, decimal? value)
    {
        if (kind.MeasuresCompletion)
        {
            return (Nature.Cumulative, 1m);
        }

        return LevelUnits.Contains(unit.Trim()) ? (Nature.Level, 0.8m)
            : value is <= 0m ? (Nature.Level, 0.7m)
            : (Nature.Cumulative, 0.6m);
    }
}
