using System.Globalization;
using System.Text;
using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;
using Newtonsoft.Json;

namespace Engine.Tests.Assessment.Writers;

/// <summary>Answers must stay byte for byte what Newtonsoft's indented JsonTextWriter wrote before AnswerJsonText.</summary>
public class AnswerJsonTextTests
{
    public static TheoryData<string> Texts()
    {
        var every = new StringBuilder();
        for (var c = 0; c < 0x3000; c++)
        {
            if (!char.IsSurrogate((char)c))
            {
                every.Append((char)c);
            }
        }

        return ["", "霞山区", "a\"b\\c", "\u0000\u001f\u007f\u0085\u2028\u2029\ufeff", "tab\there\r\nline\fform\bback", "😀 emoji", every.ToString()];
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Strings_AreEscapedAsJsonTextWriterEscapesThem(string text) =>
        Assert.Equal(Newtonsoft(w => Document(w, text)), Ours(w => Document(w, text)));

    [Theory]
    [InlineData("0")]
    [InlineData("12")]
    [InlineData("-12")]
    [InlineData("12.50")]
    [InlineData("-0.05")]
    [InlineData("0.000000000000000000000000001")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("123456789012.345678901234")]
    public void Numbers_AreWrittenAsJsonNumbersWritesThem(string text)
    {
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);
        Assert.Equal(Newtonsoft(w => JsonNumbers.Write(w, value)), Ours(w => w.Number(value)));
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(987, 6, 5)]
    [InlineData(2023, 12, 31)]
    [InlineData(9999, 12, 31)]
    public void Dates_AreWrittenAsIsoDateFormatsThem(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        Assert.Equal(Newtonsoft(w => w.WriteValue(IsoDate.Format(date))), Ours(w => w.Date(date)));
    }

    [Fact]
    public void TheWriterLineEnd_IsUsed()
    {
        Assert.Equal(Newtonsoft(w => Document(w, "x"), "\r\n"), Ours(w => Document(w, "x"), "\r\n"));
    }

    /// <summary>Empty and nested containers, every kind of value, at several depths.</summary>
    private static void Document(JsonWriter w, string text)
    {
        w.WriteStartObject();
        w.WritePropertyName("empty_object");
        w.WriteStartObject();
        w.WriteEndObject();
        w.WritePropertyName("empty_array");
        w.WriteStartArray();
        w.WriteEndArray();
        w.WritePropertyName("text");
        w.WriteValue(text);
        w.WritePropertyName("list");
        w.WriteStartArray();
        w.WriteValue(text);
        w.WriteNull();
        w.WriteValue(true);
        w.WriteValue(false);
        w.WriteValue(42L);
        w.WriteStartObject();
        w.WritePropertyName("deep");
        w.WriteStartArray();
        w.WriteStartArray();
        w.WriteEndArray();
        w.WriteStartObject();
        w.WritePropertyName("n");
        w.WriteNull();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WritePropertyName("last");
        w.WriteValue((string?)null);
        w.WriteEndObject();
    }

    private static void Document(AnswerJsonText w, string text)
    {
        w.StartObject();
        w.Name("empty_object");
        w.StartObject();
        w.EndObject();
        w.Name("empty_array");
        w.StartArray();
        w.EndArray();
        w.Name("text");
        w.String(text);
        w.Name("list");
        w.StartArray();
        w.String(text);
        w.Null();
        w.Bool(true);
        w.Bool(false);
        w.Number(42L);
        w.StartObject();
        w.Name("deep");
        w.StartArray();
        w.StartArray();
        w.EndArray();
        w.StartObject();
        w.Name("n");
        w.Null();
        w.EndObject();
        w.EndArray();
        w.EndObject();
        w.EndArray();
        w.Name("last");
        w.String(null);
        w.EndObject();
    }

    private static string Newtonsoft(Action<JsonTextWriter> write, string newLine = "\n")
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = newLine };
        using (var w = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false, Culture = CultureInfo.InvariantCulture })
        {
            write(w);
            w.Flush();
        }

        return text.ToString();
    }

    private static string Ours(Action<AnswerJsonText> write, string newLine = "\n")
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = newLine };
        write(new AnswerJsonText(text));
        return text.ToString();
    }
}
