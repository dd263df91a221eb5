using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Engine.Rules.Ledgers;

namespace Engine.Http;

/// <summary>
/// Holds a request body to strict JSON (RFC 8259) before it is parsed: valid UTF-8, no comments, no single quotes,
/// no trailing commas, no NaN, no key twice in one object. The parser that follows (Newtonsoft, kept for exact decimals and line numbers)
/// accepts all of those, and a caller relying on them would find another JSON reader refusing what this one took.
/// </summary>
internal static class StrictJson
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The body as text, or the problem naming the line and column (in characters) where it stops being strict JSON.</summary>
    public static (string? Text, Problem? Problem) Check(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith(Bom))
        {
            body = body[Bom.Length..];
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(body.Length, 1));
        try
        {
            if (Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                // Replacing the bytes would store text nobody sent; the caller must fix its encoding.
                var (line, column) = Locate(body, read);
                return (null, new Problem("request", line, column, "", $"the body is not valid UTF-8 (byte 0x{body[read]:X2} at offset {read}); send JSON encoded as UTF-8") { Code = ProblemCodes.BadEncoding });
            }

            var problem = Grammar(body);
            return problem is null ? (new string(chars, 0, written), null) : (null, problem);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static Problem? Grammar(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = 64 });
        var keys = new Stack<HashSet<string>>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        keys.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.EndObject:
                        keys.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        // Readers differ on which of two equal keys wins; the body is refused instead of one being dropped.
                        var name = reader.GetString()!;
                        if (!keys.Peek().Add(name))
                        {
                            var (line, column) = Locate(body, (int)reader.TokenStartIndex);
                            return new Problem("request", line, column, name, $"malformed JSON: the key \"{name}\" is given twice in one object; send it once") { Code = ProblemCodes.MalformedJson };
                        }

                        break;
                }
            }

            return null;
        }
        catch (InvalidOperationException e)
        {
            // A key whose escapes make no text (a lone surrogate, \ud800).
            var (line, column) = Locate(body, (int)reader.TokenStartIndex);
            return new Problem("request", line, column, "", $"malformed JSON: {e.Message}") { Code = ProblemCodes.MalformedJson };
        }
        catch (JsonException e)
        {
            var (lineIndex, byteInLine) = ((int)(e.LineNumber ?? 0), (int)(e.BytePositionInLine ?? 0));
            var offset = LineStart(body, lineIndex) + byteInLine;
            var (line, column) = Locate(body, Math.Min(offset, body.Length));
            return new Problem("request", line, column, "", Reason(body, offset, e.Message)) { Code = ProblemCodes.MalformedJson };
        }
    }

    /// <summary>The two relaxations callers most often rely on get their own words; the rest keep the reader's, without its 0-based position.</summary>
    private static string Reason(ReadOnlySpan<byte> body, int offset, string message)
    {
        var at = offset < body.Length ? body[offset] : (byte)0;
        if (at == (byte)'/')
        {
            return "malformed JSON: comments are not allowed";
        }

        if (at == (byte)'\'')
        {
            return "malformed JSON: strings and keys take double quotes, not single quotes";
        }

        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return "malformed JSON: " + (cut > 0 ? message[..cut] : message);
    }

    private static int LineStart(ReadOnlySpan<byte> body, int lineIndex)
    {
        var start = 0;
        for (var i = 0; i < lineIndex; i++)
        {
            var next = body[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            start += next + 1;
        }

        return start;
    }

    /// <summary>1-based line and column of a byte offset; the column counts characters, as an editor shows them.</summary>
    private static (int Line, int Column) Locate(ReadOnlySpan<byte> body, int offset)
    {
        var before = body[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return (line, column);
    }
}
