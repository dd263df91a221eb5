using System.Text;

namespace Engine.Output;

/// <summary>
/// The encodings the assessed ledger's CSV is written in: UTF-8 with a byte-order mark, which Excel on Chinese Windows
/// needs to open it without mojibake, or GB18030 for systems that want the national encoding.
/// </summary>
internal sealed record CsvEncoding(string Name, bool ByteOrderMark)
{
    public static readonly CsvEncoding Utf8 = new("utf-8", ByteOrderMark: true);

    public static readonly CsvEncoding Gb18030 = new("gb18030", ByteOrderMark: false);

    public static IReadOnlyList<string> Names => [Utf8.Name, Gb18030.Name];

    public static CsvEncoding? Parse(string name) =>
        string.Equals(name, Utf8.Name, StringComparison.OrdinalIgnoreCase) || string.Equals(name, "utf8", StringComparison.OrdinalIgnoreCase) ? Utf8
        : string.Equals(name, Gb18030.Name, StringComparison.OrdinalIgnoreCase) ? Gb18030
        : null;

    /// <summary>The encoder for a file; the byte-order mark is written as text by the CSV writer, so it is never doubled.</summary>
    public Encoding Encoding()
    {
        if (ReferenceEquals(this, Utf8) || Name == Utf8.Name)
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }

        // GB18030 is a code page .NET ships but does not register by default.
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return System.Text.Encoding.GetEncoding("GB18030");
    }
}
