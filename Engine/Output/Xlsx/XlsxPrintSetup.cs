using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;

namespace Engine.Output.Xlsx;

/// <summary>
/// How a sheet prints: on A4, one page wide (as many pages down as it takes), with narrow margins and a footer that
/// numbers the pages and says what the sheet is and as of when, so a printed page read alone still says both.
/// </summary>
internal sealed record XlsxPrintSetup(bool Landscape, string Footer)
{
    /// <summary>The paper-size code of A4 in SpreadsheetML.</summary>
    public const uint A4 = 9;

    /// <summary>Margins in inches, as the format stores them: narrow at the sides so the wide text columns keep their width.</summary>
    public static readonly (double Left, double Right, double Top, double Bottom, double Header, double Footer) Margins = (0.4, 0.4, 0.5, 0.6, 0.3, 0.3);

    /// <summary>A footer with <paramref name="left"/> at the left, "page P of N" in the middle and the as-of date at the right.</summary>
    public static string FooterFor(string left, DateOnly asOf, Language lang)
    {
        var pages = lang == Language.Zh ? "第 &P 页，共 &N 页" : "Page &P of &N";
        var date = lang == Language.Zh ? $"截至{TargetPhrases.Date(asOf, lang)}" : $"As of {TargetPhrases.Date(asOf, lang)}";
        // Excel refuses a header or footer longer than 255 characters; a ledger or entity name is far shorter.
        var name = left.Length > MaxLeft ? left[..MaxLeft] + "…" : left;
        return $"&L{Escape(name)}&C{pages}&R{Escape(date)}";
    }

    private const int MaxLeft = 100;

    /// <summary>An ampersand starts a code in header and footer text; a literal one is doubled.</summary>
    private static string Escape(string text) => text.Replace("&", "&&", StringComparison.Ordinal);
}
