using Engine.Rules.Ledgers;

namespace Engine.Rules.Assessment;

/// <summary>
/// How a warning level reads to people: 红色预警 for red. A level the ledger names in its own words (一级) is shown as
/// the ledger wrote it, so a ledger in Chinese never shows an English level.
/// </summary>
internal static class AlertLabels
{
    private static readonly Dictionary<string, (string Zh, string En)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["red"] = ("红色预警", "red alert"),
        ["orange"] = ("橙色预警", "orange alert"),
        ["yellow"] = ("黄色预警", "yellow alert"),
        ["blue"] = ("蓝色预警", "blue alert"),
    };

    public static string For(string level, Language lang) =>
        Known.TryGetValue(level, out var label) ? (lang == Language.Zh ? label.Zh : label.En) : level;

    /// <summary>The levels in order of urgency (red first); a level the table does not know comes after them.</summary>
    public static int Rank(string level) => level.ToLowerInvariant() switch
    {
        "red" => 0,
        "orange" => 1,
        "yellow" => 2,
        "blue" => 3,
        _ => 4,
    };
}
