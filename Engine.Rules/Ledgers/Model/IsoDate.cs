using System.Globalization;
using System.Text.RegularExpressions;

namespace Engine.Rules.Ledgers;

/// <summary>
/// The one date syntax of the engine, ISO 8601's YYYY-MM-DD (NodaTime's LocalDatePattern.Iso is the model): rule
/// files, figures, command-line options and HTTP parameters all read and write dates through here, so a date is
/// accepted, written and refused in one way, and a refusal says what is wrong ("2023-02-30: February 2023 has 28 days").
/// </summary>
public static class IsoDate
{
    /// <summary>The .NET custom format string of the syntax, for APIs that take one.</summary>
    public const string Pattern = "yyyy-MM-dd";

    /// <summary>The syntax as people read it in messages and help texts.</summary>
    public const string Form = "YYYY-MM-DD";

    /// <summary>The shape as a JSON-schema regular expression; the schema cannot say which days exist, the reader does.</summary>
    public const string ShapeRegex = "^\\d{4}-\\d{2}-\\d{2}$";

    /// <summary>Characters of a formatted date.</summary>
    public const int Length = 10;

    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The date as YYYY-MM-DD, whatever the current culture's calendar.</summary>
    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>The date as YYYY-MM-DD into a buffer, for readers that hand rows over as spans without allocating.</summary>
    public static bool TryFormat(DateOnly date, Span<char> destination, out int written) =>
        date.TryFormat(destination, out written, Pattern, CultureInfo.InvariantCulture);

    /// <summary>Reads exactly YYYY-MM-DD (ASCII digits, no spaces) naming a real day; allocates nothing.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date) =>
        Read(text, out date, out _, out _, out _) == Fault.None;

    /// <summary>Reads exactly YYYY-MM-DD naming a real day, or says why not (see <see cref="WhyNot"/>).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? whyNot)
    {
        var fault = Read(text, out date, out var year, out var month, out var day);
        whyNot = fault == Fault.None ? null : Explain(text, fault, year, month, day);
        return whyNot is null;
    }

    /// <summary>The date, or a <see cref="FormatException"/> whose message says what is wrong with the text.</summary>
    public static DateOnly Parse(string text) =>
        TryParse(text, out var date, out var whyNot) ? date : throw new FormatException(whyNot);

    /// <summary>
    /// What is wrong with text that is not a date: "2023-13-01: there is no month 13", "2023-04-31: April has 30 days",
    /// "\"2023/6/30\" is not a date in the form YYYY-MM-DD"; null when it is one.
    /// </summary>
    public static string? WhyNot(ReadOnlySpan<char> text) => TryParse(text, out _, out var whyNot) ? null : whyNot;

    /// <summary>
    /// The refusal for a value that is not text at all (a JSON number, say), shown as the caller describes it, worded
    /// as the refusal of text in another form.
    /// </summary>
    public static string NotADate(string shown) => $"{shown} is not a date in the form {Form}";

    /// <summary>
    /// Reads a date as people write it in figure files, <c>--as-of</c> and HTTP <c>as_of</c> (the one lenient date
    /// parser): YYYY-MM-DD, YYYY-M-D, YYYY/M/D, YYYY.M.D, YYYY年M月D日 and YYYYMMDD, full-width digits included (after
    /// <see cref="InputText"/>), with a midnight time as spreadsheets export it (2023/6/30 0:00) passed over. A refusal
    /// says what is wrong: an impossible day, an Excel serial number, or a day and month that could be either way round.
    /// </summary>
    internal static bool TryRead(ReadOnlySpan<char> text, out DateOnly date, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? whyNot) =>
        TryRead(text, out date, out whyNot, out _);

    /// <summary>As <see cref="TryRead(ReadOnlySpan{char}, out DateOnly, out string?)"/>, with the refusal in Chinese as well.</summary>
    internal static bool TryRead(ReadOnlySpan<char> text, out DateOnly date, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? whyNot, out string? whyNotZh)
    {
        whyNotZh = null;
        // Bulk files write YYYY-MM-DD: that shape costs no normalisation and no regular expression.
        if (text.Length == Length && Read(text, out date, out var y0, out var m0, out var d0) is var fault0 && fault0 != Fault.Form)
        {
            whyNot = fault0 == Fault.None ? null : Explain(text, fault0, y0, m0, d0);
            whyNotZh = fault0 == Fault.None ? null : ExplainZh(text, fault0, y0, m0, d0);
            return whyNot is null;
        }

        var written = InputText.Field(text).ToString();
        date = default;
        if (WrittenForms.Ymd().Match(written) is { Success: true } ymd)
        {
            return Make(written, ymd, out date, out whyNot, out whyNotZh);
        }

        if (WrittenForms.Serial().IsMatch(written) && int.Parse(written, CultureInfo.InvariantCulture) is >= 20000 and <= 80000)
        {
            whyNot = $"\"{written}\" looks like an Excel serial date; format the column as a date (or write {Form})";
            whyNotZh = $"“{written}”像是电子表格的日期序号，请把该列设为日期格式（或写成{Example}）";
            return false;
        }

        whyNot = WrittenForms.DayMonthYear().IsMatch(written)
            ? $"\"{written}\" is ambiguous (M/D/YYYY or D/M/YYYY); write the year first: {Form}"
            : $"\"{written}\" is not a date: write {Form} (or YYYY/M/D, YYYY.M.D, YYYY年M月D日, YYYYMMDD)";
        whyNotZh = WrittenForms.DayMonthYear().IsMatch(written)
            ? $"“{written}”无法确定月、日的先后，请把年份写在前面，如{Example}"
            : $"“{written}”不是日期，请按年月日填写，如{Example}、2023/6/30或2023年6月30日";
        return false;
    }

    private static bool Make(string written, Match match, out DateOnly date, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? whyNot, out string? whyNotZh)
    {
        whyNotZh = null;
        date = default;
        int.TryParse(match.Groups["y"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var year);
        int.TryParse(match.Groups["m"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var month);
        int.TryParse(match.Groups["d"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var day);
        var fault = year == 0 ? Fault.Year : month is < 1 or > 12 ? Fault.Month : day < 1 || day > DateTime.DaysInMonth(year, month) ? Fault.Day : Fault.None;
        if (fault != Fault.None)
        {
            whyNot = Explain(written, fault, year, month, day);
            whyNotZh = ExplainZh(written, fault, year, month, day);
            return false;
        }

        date = new DateOnly(year, month, day);
        whyNot = null;
        return true;
    }

    private enum Fault
    {
        None,
        Form,
        Year,
        Month,
        Day,
    }

    // The shape and the digits are checked by hand: bulk figure files write every date this way, and this is several
    // times faster than the general format parser while accepting exactly what DateOnly.TryParseExact(Pattern) does.
    private static Fault Read(ReadOnlySpan<char> text, out DateOnly date, out int year, out int month, out int day)
    {
        date = default;
        month = day = 0;
        year = 0;
        if (text.Length != Length || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out year) || !TryDigits(text.Slice(5, 2), out month) || !TryDigits(text.Slice(8, 2), out day))
        {
            return Fault.Form;
        }

        if (year == 0)
        {
            return Fault.Year;
        }

        if (month is < 1 or > 12)
        {
            return Fault.Month;
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return Fault.Day;
        }

        date = new DateOnly(year, month, day);
        return Fault.None;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            var digit = c - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    /// <summary>A date written out as Chinese documents write it: 2023年6月30日.</summary>
    internal static string Written(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    private const string Example = "2023-06-30";

    private static string ExplainZh(ReadOnlySpan<char> text, Fault fault, int year, int month, int day) => fault switch
    {
        Fault.Year => $"{text}：没有0年",
        Fault.Month => $"{text}：没有{month}月",
        Fault.Day when day == 0 => $"{text}：没有0日",
        Fault.Day => $"{text}：{year}年{month}月只有{DateTime.DaysInMonth(year, month)}天",
        _ => $"“{text}”不是日期，请写成{Example}的形式",
    };

    private static string Explain(ReadOnlySpan<char> text, Fault fault, int year, int month, int day) => fault switch
    {
        Fault.Year => $"{text}: there is no year 0",
        Fault.Month => $"{text}: there is no month {month}",
        Fault.Day when day == 0 => $"{text}: there is no day 0",
        Fault.Day when month == 2 => $"{text}: February {year} has {DateTime.DaysInMonth(year, month)} days",
        Fault.Day => $"{text}: {MonthNames[month - 1]} has {DateTime.DaysInMonth(year, month)} days",
        _ => NotADate($"\"{text}\""),
    };
}
