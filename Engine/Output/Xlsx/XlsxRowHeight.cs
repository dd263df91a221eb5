namespace Engine.Output.Xlsx;

/// <summary>
/// A row's height from its longest wrapped text. Excel grows rows to fit when it opens a file, but LibreOffice and WPS
/// keep the stored height, which without one is a single line: 落实情况 and 存在问题 would print cut off. The number
/// of lines is estimated from the column width in characters, a CJK character taking two units as it does in Excel
/// (LibreOffice's units are wider, fitting about 33 CJK characters on a line of 48, so it shows some space to spare).
/// </summary>
internal static class XlsxRowHeight
{
    /// <summary>
    /// One line of 11-point text: Excel's and WPS's single-line row in 等线 is 14.25 points; LibreOffice with Noto Sans CJK
    /// needs about 13 (measured by printing rows of ten lines at heights of 11 to 15.6 points a line).
    /// </summary>
    public const double LinePoints = 14.5;

    /// <summary>Room above and below the text inside the cell's borders.</summary>
    private const double PaddingPoints = 3;

    /// <summary>The width units a cell loses to its margins before text.</summary>
    private const double MarginUnits = 1;

    /// <summary>Points for a row whose tallest cell shows <paramref name="lines"/> lines.</summary>
    public static double Points(int lines) => (Math.Max(lines, 1) * LinePoints) + PaddingPoints;

    /// <summary>The lines <paramref name="text"/> takes when wrapped in a column <paramref name="columnWidth"/> characters wide.</summary>
    public static int Lines(string text, double columnWidth)
    {
        var room = Math.Max(columnWidth - MarginUnits, 2);
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            lines += Wrap(paragraph.TrimEnd('\r'), room);
        }

        return Math.Max(lines, 1);
    }

    /// <summary>
    /// Fills lines greedily token by token, as the renderers do: a run of Latin letters and digits breaks only at its
    /// spaces; a CJK character may start a line, except closing punctuation, which stays with the character before it
    /// (and opening punctuation with the one after), so those pairs move to the next line together.
    /// </summary>
    private static int Wrap(string paragraph, double room)
    {
        var lines = 1;
        var used = 0.0;
        foreach (var token in Tokens(paragraph))
        {
            if (used > 0 && used + token > room)
            {
                lines++;
                used = 0;
            }

            // A token wider than the column is broken wherever it must.
            for (var rest = token; ; rest -= room, lines++)
            {
                if (used + rest <= room)
                {
                    used += rest;
                    break;
                }

                used = 0;
            }
        }

        return lines;
    }

    private static IEnumerable<double> Tokens(string text)
    {
        var token = 0.0;
        var glue = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLowSurrogate(c))
            {
                continue;
            }

            var wide = Units(c) > 1;
            var closing = IsClosing(c);
            var startsToken = c == ' ' || (wide && !closing && !glue) || (!wide && token > 0 && i > 0 && Units(text[i - 1]) > 1 && !glue && !closing);
            if (startsToken && token > 0)
            {
                yield return token;
                token = 0;
            }

            token += Units(c);
            glue = IsOpening(c);
        }

        if (token > 0)
        {
            yield return token;
        }
    }

    /// <summary>Width units of a character: two for CJK ideographs and full-width punctuation (everything from U+2000 up, to be safe with symbols CJK fonts draw wide), one otherwise.</summary>
    private static double Units(char c) => c >= '\u2000' ? 2 : 1;

    private static bool IsClosing(char c) => "，。、；：！？）》」』】〕”’%".Contains(c, StringComparison.Ordinal);

    private static bool IsOpening(char c) => "（《「『【〔“‘".Contains(c, StringComparison.Ordinal);
}
