using System.Text;

namespace Engine.Rules.Ledgers;

/// <summary>
/// Which text encoding a file is in, decided from the whole file before any of it is read: UTF-8 (with or without
/// a byte order mark) for every input; for figure files and drafting inputs also UTF-16 with a byte order mark,
/// and GB18030 (what Excel and WPS on Chinese Windows save), taken only when the whole file decodes as GB18030
/// with no invalid byte and no control character other than tab, CR and LF. Guessing on less would turn a file
/// in some other encoding into plausible-looking garbage (a new entity named in mojibake); so anything else is
/// refused whole. The check streams the file once, so a file of a million rows costs one quick pass.
/// </summary>
internal static class TextDecoding
{
    public const string Utf8 = "UTF-8";
    public const string Utf16 = "UTF-16";
    public const string Gb18030 = "GB18030";

    private const int Chunk = 1 << 16;

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>GB18030 that throws on bytes it cannot decode, instead of putting in replacement characters.</summary>
    private static Encoding StrictGb18030 => Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    /// <summary>The encoding to read a UTF-8-only file (rule file, test file) in, or why it cannot be read.</summary>
    public static Encoding? Utf8Only(string path, string displayName, out Problem? refused)
    {
        var (encoding, name) = Detect(path, legacy: false);
        refused = encoding is null
            ? new Problem(displayName, 0, 0, "", $"{displayName} is not UTF-8 text{(name is null ? "" : $" (it looks like {name})")}: save it as UTF-8") { Code = ProblemCodes.BadEncoding }
            : null;
        return encoding;
    }

    /// <summary>The encoding to read a figure file or drafting input in and its name, or a problem refusing the whole file.</summary>
    public static (Encoding Encoding, string Name) ForInput(string path, string displayName)
    {
        var (encoding, name) = Detect(path, legacy: true);
        return encoding is null
            ? throw new FigureFileException(new Problem(displayName, 0, 0, "", "encoding not recognised: save as UTF-8 (UTF-8, UTF-16 with a byte order mark and GB18030 are read)") { Code = ProblemCodes.BadEncoding })
            : (encoding, name!);
    }

    /// <summary>The encoding of the bytes (null when none fits) and its name; a refused UTF-16 file still gets its name.</summary>
    internal static (Encoding? Encoding, string? Name) Detect(string path, bool legacy)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, Chunk, FileOptions.SequentialScan);
        Span<byte> bom = stackalloc byte[3];
        var got = stream.ReadAtLeast(bom, 3, throwOnEndOfStream: false);
        if (got >= 2 && ((bom[0] == 0xFF && bom[1] == 0xFE) || (bom[0] == 0xFE && bom[1] == 0xFF)))
        {
            var utf16 = new UnicodeEncoding(bigEndian: bom[0] == 0xFE, byteOrderMark: true, throwOnInvalidBytes: true);
            return legacy && Decodes(stream, 2, utf16, controls: false) ? (utf16, Utf16) : (null, Utf16);
        }

        var utf8BomLength = got == 3 && bom[0] == 0xEF && bom[1] == 0xBB && bom[2] == 0xBF ? 3 : 0;
        if (Decodes(stream, utf8BomLength, new UTF8Encoding(false, throwOnInvalidBytes: true), controls: false))
        {
            return (new UTF8Encoding(false), Utf8);
        }

        return legacy && utf8BomLength == 0 && Decodes(stream, 0, StrictGb18030, controls: true) ? (Encoding.GetEncoding("GB18030"), Gb18030) : (null, null);
    }

    /// <summary>The text of a whole file in its detected encoding (drafting inputs: small files).</summary>
    public static (string Text, string Name) ReadAllText(string path, string displayName)
    {
        var (encoding, name) = ForInput(path, displayName);
        using var reader = new BoundedLineReader(new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true), displayName);
        return (reader.ReadToEnd(), name);
    }

    private static bool Decodes(FileStream stream, int from, Encoding encoding, bool controls)
    {
        stream.Position = from;
        var decoder = encoding.GetDecoder();
        var bytes = new byte[Chunk];
        var chars = new char[encoding.GetMaxCharCount(Chunk)];
        try
        {
            int read;
            do
            {
                read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
                var count = decoder.GetChars(bytes, 0, read, chars, 0, flush: read == 0);
                if (controls && InputText.HasControl(chars.AsSpan(0, count)))
                {
                    return false;
                }
            }
            while (read > 0);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
