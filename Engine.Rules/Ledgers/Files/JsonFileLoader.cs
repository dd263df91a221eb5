using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Engine.Rules.Ledgers;

/// <summary>Loads a rule file as a token tree with line information, turning syntax errors into problems.</summary>
internal static class JsonFileLoader
{
    private static readonly JsonLoadSettings LoadSettings = new()
    {
        LineInfoHandling = LineInfoHandling.Load,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
        CommentHandling = CommentHandling.Ignore,
    };

    public static JObject? Load(string path, string displayName, List<Problem> problems)
    {
        try
        {
            // Rule and test files are UTF-8 only: analysts' editors save it, and a file in another encoding would
            // otherwise pass with garbled names.
            if (TextDecoding.Utf8Only(path, displayName, out var refused) is not { } encoding)
            {
                problems.Add(refused!);
                return null;
            }

            using var text = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
            return Parse(text, displayName, problems);
        }
        catch (IOException e)
        {
            problems.Add(new Problem(displayName, 0, 0, "", $"cannot read the file: {e.Message}") { Code = ProblemCodes.UnreadableFile });
            return null;
        }
    }

    public static JObject? Parse(TextReader text, string displayName, List<Problem> problems)
    {
        // Decimal, not double: 0.1 in a rule file must stay exactly 0.1.
        using var reader = new JsonTextReader(text) { FloatParseHandling = FloatParseHandling.Decimal, DateParseHandling = DateParseHandling.None, Culture = CultureInfo.InvariantCulture };
        try
        {
            var token = JToken.ReadFrom(reader, LoadSettings);
            if (reader.Read() && reader.TokenType != JsonToken.Comment)
            {
                problems.Add(new Problem(displayName, reader.LineNumber, reader.LinePosition, reader.Path, "unexpected content after the end of the JSON document") { Code = ProblemCodes.MalformedJson });
                return null;
            }

            if (token is JObject obj)
            {
                var before = problems.Count;
                Normalize(obj, displayName, problems);
                return problems.Count == before ? obj : null;
            }

            var info = (IJsonLineInfo)token;
            problems.Add(new Problem(displayName, info.LineNumber, info.LinePosition, "", $"the file must hold a JSON object, not {Describe(token)}") { Code = ProblemCodes.WrongType });
            return null;
        }
        catch (JsonReaderException e)
        {
            problems.Add(new Problem(displayName, e.LineNumber, e.LinePosition, e.Path ?? "", $"malformed JSON: {TrimLocation(e.Message)}") { Code = ProblemCodes.MalformedJson });
            return null;
        }
    }

    /// <summary>
    /// Puts every string value through the one input normalisation (<see cref="InputText"/>), so a full-width id
    /// (２１.１) is the id 21.1 and a full-width date or unit reads as its ASCII form; a control character other
    /// than tab, CR and LF refuses the field.
    /// </summary>
    private static void Normalize(JContainer token, string displayName, List<Problem> problems)
    {
        foreach (var value in token.DescendantsAndSelf().OfType<JValue>().Where(v => v.Type == JTokenType.String).ToList())
        {
            var text = (string)value.Value!;
            if (InputText.HasControl(text))
            {
                var info = (IJsonLineInfo)value;
                problems.Add(new Problem(displayName, info.LineNumber, info.LinePosition, value.Path, $"the text holds a control character ({InputText.FirstControl(text)}); remove it") { Code = ProblemCodes.Invalid });
                continue;
            }

            var normalized = InputText.Field(text);
            if (!ReferenceEquals(normalized, text) && normalized != text)
            {
                value.Value = normalized;
            }
        }
    }

    internal static string Describe(JToken token) => token.Type switch
    {
        JTokenType.Object => "an object",
        JTokenType.Array => "an array",
        JTokenType.Integer or JTokenType.Float => $"the number {token.ToString(Formatting.None)}",
        JTokenType.String => $"the string {token.ToString(Formatting.None)}",
        JTokenType.Boolean => $"the boolean {token.ToString(Formatting.None)}",
        JTokenType.Null => "null",
        _ => token.Type.ToString().ToLowerInvariant(),
    };

    // Newtonsoft appends "Path 'x', line 1, position 2." which the problem already carries.
    private static string TrimLocation(string message)
    {
        var at = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (at < 0)
        {
            at = message.IndexOf(", line ", StringComparison.Ordinal);
        }

        return (at > 0 ? message[..at] : message).TrimEnd('.', ',', ' ');
    }
}
