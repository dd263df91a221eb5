using System.Globalization;
using Engine.Rules.Ledgers;
using Humanizer;

namespace Engine.Rules.Assessment;

/// <summary>
/// A number of days in words ("184天", "184 days"), as Humanizer writes it. Humanizer looks its words up in a
/// ResourceManager under a lock on every call, which was a quarter of the CPU of writing an answer (one call per
/// lagging target) and made concurrent answers queue on that lock; each count is asked of Humanizer once and kept.
/// </summary>
internal static class DaySpans
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-Hans");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    /// <summary>Spans up to ten years are kept (deadlines lie within a ledger's few years); longer ones are worded each time.</summary>
    private const int Kept = 3660;

    private static readonly string?[] ZhWords = new string?[Kept + 1];
    private static readonly string?[] EnWords = new string?[Kept + 1];

    /// <summary>The span of |<paramref name="days"/>| days; in Chinese without Humanizer's space, as Chinese prose runs numbers and measure words together.</summary>
    public static string Words(int days, Language lang)
    {
        days = Math.Abs(days);
        if (days > Kept)
        {
            return Humanized(days, lang);
        }

        var kept = lang == Language.Zh ? ZhWords : EnWords;
        // A race only words the same count twice and stores the same text: no lock needed.
        return kept[days] ??= Humanized(days, lang);
    }

    private static string Humanized(int days, Language lang)
    {
        var span = TimeSpan.FromDays(days).Humanize(precision: 1, culture: lang == Language.Zh ? Zh : En, maxUnit: TimeUnit.Day, minUnit: TimeUnit.Day);
        return lang == Language.Zh ? span.Replace(" ", "", StringComparison.Ordinal) : span;
    }
}
