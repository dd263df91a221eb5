using System.Text;

namespace Engine.Rules.Ledgers;

/// <summary>
/// The one normalisation every input passes through where it enters (rule files, figure files, test files,
/// drafting inputs, HTTP bodies, command-line options): Unicode NFKC, so full-width digits, letters, signs and
/// spaces (２１.１, ４５, ％, the ideographic space) read as their ASCII forms, then trimmed where a field is meant.
/// The Chinese sentence punctuation ，（）：；！？ and the ellipsis … (……) are kept as written: it is the correct form in Chinese text
/// (GB/T 15834), and NFKC would turn task texts and unit names such as 各县（市、区） into Western punctuation.
/// </summary>
internal static class InputText
{
    // Kept as written; everything else goes through NFKC.
    private const string KeptPunctuation = "，（）：；！？…";

    private static readonly System.Buffers.SearchValues<char> Kept = System.Buffers.SearchValues.Create(KeptPunctuation);

    /// <summary>The text normalised (not trimmed); the same instance when nothing changes, which ASCII text never does.</summary>
    public static string Normalize(string text)
    {
        var normalized = Compose(text);

        // Digits of other scripts (٣, ३) stay digits under NFKC; as ASCII they read as numbers instead of failing
        // a parser that a regular expression's \d let through.
        return Ascii.IsValid(normalized) || !normalized.Any(c => c > '\u007f' && char.IsDigit(c))
            ? normalized
            : string.Concat(normalized.Select(c => c > '\u007f' && char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c));
    }

    private static string Compose(string text)
    {
        if (Ascii.IsValid(text) || (text.AsSpan().IndexOfAny(Kept) < 0 && text.IsNormalized(NormalizationForm.FormKC)))
        {
            return text;
        }

        if (text.AsSpan().IndexOfAny(Kept) < 0)
        {
            return text.Normalize(NormalizationForm.FormKC);
        }

        // Normalise the runs between kept punctuation marks, and keep the marks.
        var result = new StringBuilder(text.Length);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || KeptPunctuation.Contains(text[i], StringComparison.Ordinal))
            {
                if (i > start)
                {
                    result.Append(text.AsSpan(start, i - start).ToString().Normalize(NormalizationForm.FormKC));
                }

                if (i < text.Length)
                {
                    result.Append(text[i]);
                }

                start = i + 1;
            }
        }

        return result.ToString();
    }

    /// <summary>A field's text normalised and trimmed; ASCII spans come back as they are, without allocating.</summary>
    public static ReadOnlySpan<char> Field(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return Ascii.IsValid(text) ? text : Normalize(text.ToString()).AsSpan().Trim();
    }

    /// <summary>A field's text normalised and trimmed.</summary>
    public static string Field(string text) => Normalize(text).Trim();

    /// <summary>Whether the text holds a control character other than tab, carriage return and line feed.</summary>
    public static bool HasControl(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first control character (other than tab, CR, LF) named for a message, e.g. "U+0007".</summary>
    public static string FirstControl(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n'))
            {
                return $"U+{(int)c:X4}";
            }
        }

        return "";
    }
}
