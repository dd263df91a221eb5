using System.Text.RegularExpressions;

namespace Engine.Rules.Ledgers;

/// <summary>The date spellings offices write, as the lenient date reader (<see cref="IsoDate"/>) knows them.</summary>
internal static partial class WrittenForms
{
    // ASCII digits only: NFKC has already made full-width digits ASCII, and other scripts' digits are not dates here.
    [GeneratedRegex(@"^(?:(?<y>[0-9]{4})(?<s>[-/.])(?<m>[0-9]{1,2})\k<s>(?<d>[0-9]{1,2})|(?<y>[0-9]{4}) *年 *(?<m>[0-9]{1,2}) *月 *(?<d>[0-9]{1,2}) *日|(?<y>[0-9]{4})(?<m>[0-9]{2})(?<d>[0-9]{2}))(?: +0?0:00(?::00)?)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex Ymd();

    [GeneratedRegex(@"^[0-9]{5}$", RegexOptions.CultureInvariant)]
    public static partial Regex Serial();

    [GeneratedRegex(@"^[0-9]{1,2}(?<s>[-/.])[0-9]{1,2}\k<s>[0-9]{4}$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex DayMonthYear();
}
