using System.Text;

namespace Engine.Rules.Ledgers;

/// <summary>
/// A text reader that refuses a line longer than <see cref="InputBounds.LineLength"/>, naming the file and line,
/// before a parser buffers it: a file with no line ends (a binary file, a stray opening quote swallowing the rest)
/// would otherwise be held whole in memory as one row. It streams, and the check is a vectorised search for the
/// next line end per buffer, so the normal path costs little. CR, LF and CRLF end a line, as for the parsers.
/// </summary>
internal sealed class BoundedLineReader(TextReader inner, string source) : TextReader
{
    private readonly char[] _buffer = new char[1 << 16];
    private int _start;
    private int _end;
    private int _line = 1;
    private int _length;
    private bool _afterCr;

    public override int Peek() => Fill() ? _buffer[_start] : -1;

    public override int Read() => Fill() ? _buffer[_start++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (!Fill())
        {
            return 0;
        }

        var n = Math.Min(buffer.Length, _end - _start);
        _buffer.AsSpan(_start, n).CopyTo(buffer);
        _start += n;
        return n;
    }

    public override string? ReadLine()
    {
        StringBuilder? line = null;
        while (Fill())
        {
            var span = _buffer.AsSpan(_start, _end - _start);
            var at = span.IndexOfAny('\r', '\n');
            if (at < 0)
            {
                (line ??= new StringBuilder()).Append(span);
                _start = _end;
                continue;
            }

            var text = line is null ? new string(span[..at]) : line.Append(span[..at]).ToString();
            _start += at + 1;
            if (span[at] == '\r' && Fill() && _buffer[_start] == '\n')
            {
                _start++;
            }

            return text;
        }

        return line?.ToString();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool Fill()
    {
        if (_start < _end)
        {
            return true;
        }

        _start = 0;
        _end = inner.Read(_buffer, 0, _buffer.Length);
        Count(_buffer.AsSpan(0, _end));
        return _end > 0;
    }

    // Counts as the characters arrive from the file, so a line is refused before any parser holds it.
    private void Count(ReadOnlySpan<char> chars)
    {
        while (true)
        {
            var at = chars.IndexOfAny('\r', '\n');
            _length += at < 0 ? chars.Length : at;
            if (_length > InputBounds.LineLength)
            {
                throw new FigureFileException(new Problem(source, _line, 0, "", $"line {_line} is longer than {InputBounds.LineLength:N0} characters, the most a line may hold: is this a text file with line ends?") { Code = ProblemCodes.TooLong });
            }

            if (at < 0)
            {
                _afterCr &= chars.IsEmpty;
                return;
            }

            // The LF of a CRLF split across two reads ends no second line.
            if (!(chars[at] == '\n' && at == 0 && _afterCr))
            {
                _line++;
            }

            _afterCr = chars[at] == '\r';
            _length = 0;
            chars = chars[(at + 1)..];
        }
    }
}
