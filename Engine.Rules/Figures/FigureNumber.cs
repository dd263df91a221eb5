using System.Globalization;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Figures;

/// <summary>
/// A figure's value as people write it: an invariant-culture decimal after <see cref="InputText"/> (full-width
/// digits read as ASCII), with thousands separators in their places (1,234.5) and a trailing percent sign, which
/// the intake accepts only on a target whose unit is %. Anything that is not one number is refused with a reason:
/// an approximation (约10, 10左右) is not a figure the engine can judge, and NaN or infinity is no number at all.
/// </summary>
internal static class FigureNumber
{
    internal const NumberStyles Plain = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    private static readonly string[] Approximations = ["约", "左右", "近", "余", "多", "以上", "以下", "超过", "不到", "~", "≈"];

    public static bool TryParse(ReadOnlySpan<char> cell, out decimal value, out bool percent, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? whyNot) =>
        TryParse(cell, out value, out percent, out whyNot, out _);

    /// <summary>As the overload without it, with the refusal in Chinese as well.</summary>
    public static bool TryParse(ReadOnlySpan<char> cell, out decimal value, out bool percent, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? whyNot, out string? whyNotZh)
    {
        percent = false;
        whyNot = null;
        whyNotZh = null;

        // Bulk files write plain numbers: they cost no normalisation, most of them not even the general parser.
        if (PlainDecimal.TryParse(cell, out value) || decimal.TryParse(cell, Plain, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        var text = InputText.Field(cell);
        if (text.EndsWith("%"))
        {
            percent = true;
            text = text[..^1].TrimEnd();
        }

        if (decimal.TryParse(text, Plain, CultureInfo.InvariantCulture, out value) || (Grouped(text) && decimal.TryParse(text, Plain | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value)))
        {
            return true;
        }

        var shown = cell.ToString();
        (whyNot, whyNotZh) = text.ToString() switch
        {
            var t when Approximations.Any(a => t.Contains(a, StringComparison.Ordinal)) => ($"value \"{shown}\" is approximate; give the number alone", $"报送值“{shown}”是约数，请只填数字"),
            var t when t.Contains("NaN", StringComparison.OrdinalIgnoreCase) || t.Contains("Infinity", StringComparison.OrdinalIgnoreCase) || t.Contains('∞', StringComparison.Ordinal) => ($"value \"{shown}\" is not a finite number", $"报送值“{shown}”不是有限的数"),
            var t when t.Length > 0 && t.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or '+') && t.Count(char.IsAsciiDigit) > 28 => ($"value \"{shown}\" has more digits than a figure can hold (28)", $"报送值“{shown}”超过28位数字"),
            _ => ($"value \"{shown}\" is not a number", $"报送值“{shown}”不是数字"),
        };
        return false;
    }

    // Thousands separators only in their places (1,234 and 12,345.6; not 1,2 or 12,34), so a decimal comma is never
    // taken for a separator.
    private static bool Grouped(ReadOnlySpan<char> text)
    {
        if (text.IndexOf(',') < 0)
        {
            return false;
        }

        var digits = text.TrimStart("+-");
        var point = digits.IndexOf('.');
        var whole = point < 0 ? digits : digits[..point];
        var groups = whole.ToString().Split(',');
        return groups[0].Length is >= 1 and <= 3 && groups[0].All(char.IsAsciiDigit)
            && groups.Skip(1).All(g => g.Length == 3 && g.All(char.IsAsciiDigit));
    }
}
