using System.Text;
using System.Xml;

namespace Engine.Output.Xlsx;

/// <summary>
/// Text as a workbook can hold it. XML 1.0 has no way to write most control characters or a lone surrogate, and one of
/// them in a stored entity or note would make the whole workbook unwritable; each becomes U+FFFD, which a reader sees
/// as a mark where something unprintable was, instead of the export failing for everyone.
/// </summary>
internal static class XlsxText
{
    public const char Unprintable = '\uFFFD';

    public static string Writable(string text)
    {
        var first = FirstUnwritable(text);
        if (first < 0)
        {
            return text;
        }

        var written = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                written.Append(text, i, 2);
                i++;
            }
            else
            {
                written.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : Unprintable);
            }
        }

        return written.ToString();
    }

    private static int FirstUnwritable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
