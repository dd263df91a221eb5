using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Engine.Tests.Generators;

/// <summary>
/// A valid figure and one way of writing it in a file, as offices do (issue 14): the date in any accepted spelling,
/// the number with or without thousands separators or a percent sign, full-width or not, in any accepted encoding
/// and line ending. Targets are those of <c>Support.FigureLedger</c>.
/// </summary>
internal static class FigureTextGenerators
{
    static FigureTextGenerators() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public sealed record WrittenFigure(string Target, DateOnly AsOf, decimal Value, string DateText, string ValueText, string EncodingName, string LineEnd)
    {
        /// <summary>The file's bytes: a header and the one row, in the encoding (with its byte order mark where it has one).</summary>
        public byte[] Bytes()
        {
            var text = $"target,as_of,value{LineEnd}{Target},{DateText},{Csv(ValueText)}{LineEnd}";
            return EncodingName switch
            {
                "UTF-8 BOM" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
                "UTF-16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
                "UTF-16BE" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
                "GB18030" => Encoding.GetEncoding("GB18030").GetBytes(text),
                _ => Encoding.UTF8.GetBytes(text),
            };
        }

        private static string Csv(string cell) => cell.Contains(',', StringComparison.Ordinal) ? $"\"{cell}\"" : cell;
    }

    public static Gen<WrittenFigure> Figure =>
        from target in Gen.Elements("20.1", "101.1", "47.2")
        from day in Gen.Choose(0, 364)
        from value in Value(target)
        let asOf = new DateOnly(2023, 1, 1).AddDays(day)
        from dateText in DateSpelling(asOf)
        from valueText in NumberSpelling(value, target == "20.1")
        from encoding in Gen.Elements("UTF-8", "UTF-8 BOM", "UTF-16", "UTF-16BE", "GB18030")
        from lineEnd in Gen.Elements("\n", "\r\n")
        select new WrittenFigure(target, asOf, value, dateText, valueText, encoding, lineEnd);

    // 20.1 is a percentage (0–100, two decimals), 101.1 a count in whole numbers, 47.2 hours that may be large.
    private static Gen<decimal> Value(string target) => target switch
    {
        "20.1" => Gen.Choose(0, 10000).Select(v => v / 100m),
        "101.1" => Gen.Choose(0, 3000000).Select(v => (decimal)v),
        _ => Gen.Choose(-100000, 100000000).Select(v => v / 1000m),
    };

    private static Gen<string> DateSpelling(DateOnly date) =>
        from form in Gen.Elements("yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd")
        from fullWidth in Gen.Elements(false, true)
        from padded in Gen.Elements("", " ", "\u3000")
        let text = date.ToString(form, CultureInfo.InvariantCulture)
        select padded + (fullWidth ? FullWidth(text) : text) + padded;

    private static Gen<string> NumberSpelling(decimal value, bool percent) =>
        from grouped in Gen.Elements(false, true)
        from fullWidth in Gen.Elements(false, true)
        from sign in percent ? Gen.Elements("", "%", "％", " %") : Gen.Constant("")
        let text = value.ToString(grouped ? "#,##0.###" : "0.###", CultureInfo.InvariantCulture)
        select (fullWidth ? FullWidth(text) : text) + sign;

    private static string FullWidth(string text) => string.Concat(text.Select(c => char.IsAsciiDigit(c) ? (char)(c - '0' + '０') : c));
}
