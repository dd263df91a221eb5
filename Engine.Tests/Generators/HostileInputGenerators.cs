using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;
using FsCheck;
using FsCheck.Fluent;

namespace Engine.Tests.Generators;

/// <summary>
/// Hostile file contents (issue 14, point 9), made from a valid file so that most cases get past the first check
/// and reach the deeper readers: random bytes, an empty file, one very long line or cell, NUL and control
/// characters, deeply nested JSON, 400-digit numbers and 1e999, the text in GB18030 or UTF-16 (with and without
/// a byte order mark), full-width forms, mixed line endings, a file cut at a random byte, flipped bytes and a
/// stray quote. Sizes stay small except where the size is the point (the long line).
/// </summary>
internal static class HostileInputGenerators
{
    static HostileInputGenerators() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>One line longer than any reader takes (its bound is 1,048,576 characters).</summary>
    public const int OverlongLine = (1 << 20) + 10;

    /// <summary>A file's bytes and how they were made (what a failing case prints).</summary>
    public sealed record HostileFile(string Kind, byte[] Bytes)
    {
        public override string ToString() => $"{Kind}, {Bytes.Length} bytes: {Preview(Bytes)}";

        private static string Preview(byte[] bytes) => Convert.ToHexString(bytes, 0, Math.Min(bytes.Length, 48));
    }

    /// <summary>Hostile variants of a valid text file (CSV, TSV, rule or test JSON, drafting text).</summary>
    public static Gen<HostileFile> Text(string valid) =>
        Gen.OneOf(
            RandomBytes,
            Gen.Constant(new HostileFile("empty", [])),
            LongLine(valid),
            Controls(valid),
            HugeNumbers(valid),
            Encoded(valid),
            FullWidth(valid),
            MixedLineEndings(valid),
            Truncated(Encoding.UTF8.GetBytes(valid)),
            Flipped(Encoding.UTF8.GetBytes(valid)),
            StrayQuote(valid));

    /// <summary>Hostile variants of a valid JSON file: the text ones and deep nesting.</summary>
    public static Gen<HostileFile> Json(string valid) => Gen.OneOf(Text(valid), Nested, NestedInside(valid));

    /// <summary>Hostile variants of a valid workbook's bytes: random bytes, empty, cut, flipped.</summary>
    public static Gen<HostileFile> Binary(byte[] valid) =>
        Gen.OneOf(RandomBytes, Gen.Constant(new HostileFile("empty", [])), Truncated(valid), Flipped(valid));

    private static Gen<HostileFile> RandomBytes =>
        from length in Gen.Choose(1, 600)
        from bytes in Gen.ArrayOf(ArbMap.Default.GeneratorFor<byte>(), length)
        select new HostileFile("random bytes", bytes);

    // The first line kept (a header), then one line of a repeated cell, longer or shorter than the bound.
    private static Gen<HostileFile> LongLine(string valid) =>
        from length in Gen.Elements(40_000, OverlongLine)
        from cell in Gen.Elements("a", "1,", "汉", "\"", " ")
        let header = FirstLine(valid)
        let line = string.Concat(Enumerable.Repeat(cell, (length / cell.Length) + 1))
        select new HostileFile($"one line of {length}×'{cell}'", Encoding.UTF8.GetBytes(header + "\n" + line + "\n"));

    private static Gen<HostileFile> Controls(string valid) =>
        from edits in Gen.ListOf(Gen.Zip(Gen.Choose(0, Math.Max(0, valid.Length)), Gen.Elements('\0', '\u0001', '\u0007', '\b', '\u000b', '\f', '\u001b', '\u007f', '\u0085', '\u2028', '\ufeff', '\ufffd')))
        select new HostileFile("control characters", Encoding.UTF8.GetBytes(Insert(valid, edits.Take(6))));

    private static Gen<HostileFile> HugeNumbers(string valid) =>
        from number in Gen.Elements(new string('9', 400), "1" + new string('0', 399), "1e999", "-1e999", "1e-999", "79228162514264337593543950336", "0." + new string('1', 400), "NaN", "Infinity", "-0")
        from at in Gen.Choose(0, Math.Max(0, Digits(valid).Count - 1))
        let digits = Digits(valid)
        let text = digits.Count == 0 ? number + valid : valid[..digits[at].Start] + number + valid[digits[at].End..]
        select new HostileFile($"the number {Clip(number)}", Encoding.UTF8.GetBytes(text));

    private static Gen<HostileFile> Encoded(string valid) =>
        from name in Gen.Elements("GB18030", "UTF-16LE BOM", "UTF-16BE BOM", "UTF-16LE", "UTF-32 BOM", "UTF-8 BOM twice")
        select new HostileFile(name, name switch
        {
            "GB18030" => Encoding.GetEncoding("GB18030").GetBytes(valid),
            "UTF-16LE BOM" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(valid)],
            "UTF-16BE BOM" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(valid)],
            "UTF-16LE" => Encoding.Unicode.GetBytes(valid),
            "UTF-32 BOM" => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(valid)],
            _ => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(valid)],
        });

    private static Gen<HostileFile> FullWidth(string valid) =>
        Gen.Constant(new HostileFile("full-width", Encoding.UTF8.GetBytes(string.Concat(valid.Select(c => c is > ' ' and < '\u007f' ? (char)(c - '!' + '！') : c == ' ' ? '\u3000' : c)))));

    private static Gen<HostileFile> MixedLineEndings(string valid) =>
        from ends in Gen.ArrayOf(Gen.Elements("\n", "\r\n", "\r", "\n\r", "\u2028"), valid.Count(c => c == '\n') + 1)
        select new HostileFile("mixed line endings", Encoding.UTF8.GetBytes(string.Concat(valid.ReplaceLineEndings("\n").Split('\n').Select((line, i) => line + ends[i]))));

    private static Gen<HostileFile> Truncated(byte[] valid) =>
        from at in Gen.Choose(0, Math.Max(0, valid.Length - 1))
        select new HostileFile($"cut at byte {at}", valid[..at]);

    private static Gen<HostileFile> Flipped(byte[] valid) =>
        from flips in Gen.ListOf(Gen.Zip(Gen.Choose(0, Math.Max(0, valid.Length - 1)), ArbMap.Default.GeneratorFor<byte>()))
        select new HostileFile("flipped bytes", Flip(valid, flips.Take(8)));

    private static Gen<HostileFile> StrayQuote(string valid) =>
        from at in Gen.Choose(0, valid.Length)
        select new HostileFile($"a quote at {at}", Encoding.UTF8.GetBytes(valid[..at] + "\"" + valid[at..]));

    private static Gen<HostileFile> Nested =>
        from depth in Gen.Elements(63, 65, 200, 10_000)
        from open in Gen.Elements("[", "{\"a\":", "{\"figures\":")
        select new HostileFile($"{depth} levels of {open}", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(open[0] == '[' ? "]" : "}", depth))));

    // Deep nesting where a value belongs, so the outer structure is right.
    private static Gen<HostileFile> NestedInside(string valid) =>
        from depth in Gen.Elements(70, 5_000)
        let colon = valid.IndexOf(':', StringComparison.Ordinal)
        let nested = new string('[', depth) + new string(']', depth) + ","
        select new HostileFile($"{depth} brackets inside", Encoding.UTF8.GetBytes(colon < 0 ? nested + valid : valid[..(colon + 1)] + nested + valid[(colon + 1)..]));

    /// <summary>A hostile cell of a workbook: text (controls, long, odd dates) or a raw number of any size, in a plain, date or percent style.</summary>
    public static Gen<Cell> WorkbookCell =>
        Gen.OneOf(
            from text in Gen.Elements("", "20.1", "2023-06-30", "2023/6/30", "_x0000_", "a_x0001_b", "a\u0085b", new string('x', 40_000), new string('9', 400), "1e999", "12%", "２０.１", "45107", "NaN")
            select new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)) },
            from raw in Gen.Elements("1e999", "-1e999", "1e308", "1e27", "-1e28", "7.9e28", new string('9', 400), "NaN", "45107", "2958466", "-1", "0.1234", "abc", "")
            from style in Gen.Elements(0u, 1u, 2u, 3u, 4u, 5u, 99u)
            select new Cell { CellValue = new CellValue(raw), StyleIndex = style },
            from raw in Gen.Elements("5", "-1", "99999999999", "x", "")
            select new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(raw) },
            from raw in Gen.Elements("2023-06-30T00:00:00", "x", "", "99999-01-01")
            select new Cell { DataType = CellValues.Date, CellValue = new CellValue(raw) });

    private static string FirstLine(string text) => text.ReplaceLineEndings("\n").Split('\n')[0];

    private static string Insert(string text, IEnumerable<(int At, char C)> edits)
    {
        var builder = new StringBuilder(text);
        foreach (var (at, c) in edits.OrderByDescending(e => e.At))
        {
            builder.Insert(Math.Min(at, builder.Length), c);
        }

        return builder.ToString();
    }

    private static byte[] Flip(byte[] valid, IEnumerable<(int At, byte B)> flips)
    {
        var bytes = (byte[])valid.Clone();
        foreach (var (at, b) in flips)
        {
            if (at < bytes.Length)
            {
                bytes[at] = b;
            }
        }

        return bytes;
    }

    private static List<(int Start, int End)> Digits(string text)
    {
        var runs = new List<(int, int)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                runs.Add((start, i));
            }
        }

        return runs;
    }

    private static string Clip(string text) => text.Length > 12 ? text[..12] + "…" : text;
}
