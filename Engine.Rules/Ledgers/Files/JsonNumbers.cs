using System.Globalization;
using Newtonsoft.Json;

namespace Engine.Rules.Ledgers;

/// <summary>
/// Writes decimals as people write them: Newtonsoft writes every decimal with a point (12.0), so a whole number
/// is written as one (12) and any other exactly, with no trailing zeros.
/// </summary>
internal static class JsonNumbers
{
    public static void Write(JsonWriter w, decimal value)
    {
        if (value == decimal.Truncate(value) && value is >= long.MinValue and <= long.MaxValue)
        {
            w.WriteValue((long)value);
        }
        else
        {
            w.WriteRawValue(Text(value));
        }
    }

    /// <summary>The exact decimal without trailing zeros: 12.50 → "12.5".</summary>
    public static string Text(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>
    /// What <see cref="Text"/> gives for a value other than zero, into <paramref name="buffer"/> (32 chars) without parsing a
    /// format: a decimal's invariant text has no exponent and no separators, so trimming its trailing zeros (and a point
    /// left last) is the same text. Writers that word thousands of numbers an answer use it.
    /// </summary>
    public static ReadOnlySpan<char> Trimmed(decimal value, Span<char> buffer)
    {
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        var text = buffer[..written];
        if (value.Scale > 0)
        {
            text = text.TrimEnd('0');
        }

        return text[^1] == '.' ? text[..^1] : text;
    }
}
