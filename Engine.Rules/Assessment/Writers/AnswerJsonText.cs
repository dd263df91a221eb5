using System.Buffers;
using System.Globalization;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Assessment;

/// <summary>
/// The JSON text of an answer, laid out byte for byte as Newtonsoft's <c>JsonTextWriter</c> lays it out indented by
/// two (the layout answers have always had, and the golden files hold): <c>"name": value</c>, each member and
/// element on a line of its own, <c>{}</c> and <c>[]</c> when empty, and the same escapes (\" \\ \b \f \n \r \t,
/// other control characters and U+0085, U+2028, U+2029 as lowercase \u escapes; everything else as it is).
/// Written here rather than through Newtonsoft because an answer is hundreds of thousands of tokens, and its
/// per-token state machine and checks were a large part of the CPU of writing one.
/// </summary>
internal sealed class AnswerJsonText(TextWriter output)
{
    private static readonly SearchValues<char> Escaped = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\"\\\u0085\u2028\u2029");

    /// <summary>The writer's own line end, as Newtonsoft takes it.</summary>
    private readonly string _newLine = output.NewLine;

    /// <summary>Per open container (index = depth − 1): whether it holds nothing yet.</summary>
    private bool[] _empty = new bool[16];

    private string?[] _indents = new string?[16];

    private int _depth;
    private bool _afterName;

    public void StartObject()
    {
        BeforeValue();
        output.Write('{');
        Open();
    }

    public void EndObject() => Close('}');

    public void StartArray()
    {
        BeforeValue();
        output.Write('[');
        Open();
    }

    public void EndArray() => Close(']');

    /// <summary>A member's name: the contract's keys and status names, plain ASCII words written as they are (never escaped).</summary>
    public void Name(string name)
    {
        if (!_empty[_depth - 1])
        {
            output.Write(',');
        }

        _empty[_depth - 1] = false;
        Indent(_depth);
        output.Write('"');
        output.Write(name);
        output.Write("\":");
        _afterName = true;
    }

    /// <summary>A string, or null for none.</summary>
    public void String(string? value)
    {
        BeforeValue();
        if (value is null)
        {
            output.Write("null");
        }
        else
        {
            Quoted(value);
        }
    }

    public void Number(long value)
    {
        BeforeValue();
        Span<char> digits = stackalloc char[20];
        value.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
        output.Write(digits[..written]);
    }

    /// <summary>
    /// A decimal as people write it (as <see cref="JsonNumbers.Write"/> does): a whole number as one (12), any other exactly,
    /// with no trailing zeros (12.50 → 12.5).
    /// </summary>
    public void Number(decimal value)
    {
        if (value == decimal.Truncate(value) && value is >= long.MinValue and <= long.MaxValue)
        {
            Number((long)value);
            return;
        }

        BeforeValue();
        output.Write(JsonNumbers.Trimmed(value, stackalloc char[32]));
    }

    /// <summary>A date as a string, YYYY-MM-DD (<see cref="IsoDate.TryFormat"/>), without a string made for it.</summary>
    public void Date(DateOnly date)
    {
        BeforeValue();
        Span<char> text = stackalloc char[12];
        text[0] = '"';
        IsoDate.TryFormat(date, text[1..], out var written);
        text[written + 1] = '"';
        output.Write(text[..(written + 2)]);
    }

    /// <summary>Hands what is written so far to the output's own destination.</summary>
    public void Flush() => output.Flush();

    public void Bool(bool value)
    {
        BeforeValue();
        output.Write(value ? "true" : "false");
    }

    public void Null()
    {
        BeforeValue();
        output.Write("null");
    }

    private void Open()
    {
        if (_depth == _empty.Length)
        {
            Array.Resize(ref _empty, _depth * 2);
        }

        _empty[_depth++] = true;
    }

    private void Close(char end)
    {
        if (!_empty[--_depth])
        {
            Indent(_depth);
        }

        output.Write(end);
    }

    /// <summary>After a name, one space; in an array, the comma and a new line; at the top, nothing.</summary>
    private void BeforeValue()
    {
        if (_afterName)
        {
            output.Write(' ');
            _afterName = false;
            return;
        }

        if (_depth == 0)
        {
            return;
        }

        if (!_empty[_depth - 1])
        {
            output.Write(',');
        }

        _empty[_depth - 1] = false;
        Indent(_depth);
    }

    /// <summary>A new line and two spaces per level; each level's text made once per answer.</summary>
    private void Indent(int level)
    {
        if (level >= _indents.Length)
        {
            Array.Resize(ref _indents, level * 2);
        }

        output.Write(_indents[level] ??= _newLine + new string(' ', level * 2));
    }

    private void Quoted(string value)
    {
        output.Write('"');
        var rest = value.AsSpan();
        int at;
        while ((at = rest.IndexOfAny(Escaped)) >= 0)
        {
            output.Write(rest[..at]);
            Escape(rest[at]);
            rest = rest[(at + 1)..];
        }

        output.Write(rest);
        output.Write('"');
    }

    private void Escape(char c)
    {
        switch (c)
        {
            case '"': output.Write("\\\""); break;
            case '\\': output.Write("\\\\"); break;
            case '\b': output.Write("\\b"); break;
            case '\f': output.Write("\\f"); break;
            case '\n': output.Write("\\n"); break;
            case '\r': output.Write("\\r"); break;
            case '\t': output.Write("\\t"); break;
            default:
                Span<char> escape = ['\\', 'u', Hex(c >> 12), Hex(c >> 8), Hex(c >> 4), Hex(c)];
                output.Write(escape);
                break;
        }
    }

    private static char Hex(int nibble)
    {
        nibble &= 0xf;
        return (char)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
    }
}
