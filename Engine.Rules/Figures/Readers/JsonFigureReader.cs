using System.Globalization;
using Engine.Rules.Ledgers;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Engine.Rules.Figures;

/// <summary>
/// Reads figures JSON: an array of objects with the CSV's keys (English or the template's Chinese names), bare or
/// as <c>{"figures": [...]}</c>, from a file (streamed, each object read as it passes) or an HTTP body. A key the
/// format does not know refuses its figure, with the key it was probably meant to be (<c>valeu</c> → <c>value</c>):
/// ignoring it would report a misspelt value as missing. Each figure is located by the line and column where it
/// starts, and in a one-line array also by its index (<c>figures[12]</c>), since there the line says nothing.
/// </summary>
internal static class JsonFigureReader
{
    private const string FiguresKey = "figures";

    private static readonly JsonLoadSettings Load = new() { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error };

    public static void Read(string path, string displayName, IFigureSink intake)
    {
        var (encoding, name) = TextDecoding.ForInput(path, displayName);
        (intake as FigureIntake)?.ReadAs(displayName, name);
        using var text = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
        Read(text, displayName, intake);
    }

    public static void Read(TextReader text, string displayName, IFigureSink intake)
    {
        using var reader = new JsonTextReader(text) { FloatParseHandling = FloatParseHandling.Decimal, DateParseHandling = DateParseHandling.None, Culture = CultureInfo.InvariantCulture, MaxDepth = 64 };
        try
        {
            if (!reader.Read() || reader.TokenType is not (JsonToken.StartArray or JsonToken.StartObject))
            {
                throw Refuse(displayName, reader, "", "a figures JSON file must hold an array of figures, or an object {\"figures\": [...]}", ProblemCodes.WrongType);
            }

            if (reader.TokenType == JsonToken.StartArray)
            {
                ReadArray(reader, displayName, intake);
            }
            else
            {
                var found = false;
                while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
                {
                    var key = (string)reader.Value!;
                    if (key != FiguresKey)
                    {
                        throw Refuse(displayName, reader, key, $"unknown key \"{key}\"{Suggest(key, [FiguresKey])}; the object holds only \"figures\"", ProblemCodes.UnknownField);
                    }

                    if (!reader.Read() || reader.TokenType != JsonToken.StartArray)
                    {
                        throw Refuse(displayName, reader, FiguresKey, "\"figures\" must be an array of figures", ProblemCodes.WrongType);
                    }

                    ReadArray(reader, displayName, intake);
                    found = true;
                }

                if (!found)
                {
                    throw Refuse(displayName, reader, FiguresKey, "the object has no \"figures\" array", ProblemCodes.MissingField);
                }
            }

            if (reader.Read())
            {
                throw Refuse(displayName, reader, "", "unexpected content after the figures", ProblemCodes.MalformedJson);
            }
        }
        catch (JsonReaderException e)
        {
            throw new FigureFileException(new Problem(displayName, e.LineNumber, e.LinePosition, e.Path ?? "", $"malformed JSON: {e.Message}") { Code = ProblemCodes.MalformedJson });
        }
    }

    private static void ReadArray(JsonTextReader reader, string displayName, IFigureSink intake)
    {
        var arrayLine = reader.LineNumber;
        while (reader.Read() && reader.TokenType != JsonToken.EndArray)
        {
            var path = reader.Path;
            var token = JToken.ReadFrom(reader, Load);
            Take(token, path, displayName, arrayLine, intake);
        }
    }

    /// <summary>
    /// Feeds an already-parsed array (an HTTP body's "figures") to the intake; lines are the body's lines, and every
    /// row is also named by its index (<c>figures[2]</c>), which the client program can map back to its own list.
    /// </summary>
    public static void Read(JArray figures, string source, IFigureSink intake)
    {
        foreach (var token in figures)
        {
            Take(token, token.Path, source, Indexed, intake);
        }
    }

    // An array line no row can be on: every row is named by its index.
    private const int Indexed = -1;

    private static void Take(JToken token, string tokenPath, string source, int arrayLine, IFigureSink intake)
    {
        var info = (IJsonLineInfo)token;
        var (line, column) = info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);

        // Where the array is on one line (or the input has no lines), the index is what tells its figures apart.
        var path = line == 0 || line == arrayLine || arrayLine == Indexed ? tokenPath : null;
        if (token is not JObject obj)
        {
            intake.Reject(new Problem(source, line, column, tokenPath, $"each figure must be an object, not {token.Type.ToString().ToLowerInvariant()}") { Code = ProblemCodes.WrongType, MessageZh = "每条数据须为一个对象（以花括号括起的键值）" });
            return;
        }

        var fields = new Dictionary<string, JProperty>(StringComparer.Ordinal);
        foreach (var property in obj.Properties())
        {
            var field = FigureColumns.FieldOf(property.Name);
            var at = (IJsonLineInfo)property;
            var (keyLine, keyColumn) = at.HasLineInfo() ? (at.LineNumber, at.LinePosition) : (line, column);
            if (field is null)
            {
                intake.Reject(new Problem(source, keyLine, keyColumn, Prefixed(path, property.Name), $"unknown key \"{property.Name}\"{Suggest(property.Name, FigureColumns.All)}; a figure's keys are {string.Join(", ", FigureColumns.All)}")
                {
                    Code = ProblemCodes.UnknownField,
                    MessageZh = $"未知的键“{property.Name}”{SuggestZh(property.Name, FigureColumns.All)}；每条数据的键为{string.Join("、", FigureColumns.All)}",
                });
                return;
            }

            if (!fields.TryAdd(field, property))
            {
                intake.Reject(new Problem(source, keyLine, keyColumn, Prefixed(path, field), $"the figure gives {field} twice (\"{fields[field].Name}\" and \"{property.Name}\"); keep one")
                {
                    Code = ProblemCodes.DuplicateColumn,
                    MessageZh = $"该条数据两次给出{field}（“{fields[field].Name}”和“{property.Name}”），请只保留一个",
                });
                return;
            }
        }

        // Text fields take JSON strings only: a number or object where an entity belongs would otherwise be stored
        // as whatever its JSON spelling happens to be. Values may be numbers or numeric strings (the intake checks them).
        foreach (var (field, property) in fields)
        {
            if (field != FigureColumns.Value && property.Value.Type is not (JTokenType.String or JTokenType.Null))
            {
                var at = (IJsonLineInfo)property.Value;
                var (valueLine, valueColumn) = at.HasLineInfo() ? (at.LineNumber, at.LinePosition) : (line, column);
                var given = JsonFileLoader.Describe(property.Value);
                intake.Reject(new Problem(source, valueLine, valueColumn, Prefixed(path, property.Name), $"{property.Name} must be text (a JSON string), not {given}")
                {
                    Code = ProblemCodes.WrongType,
                    MessageZh = $"“{property.Name}”须为文本（带双引号的字符串），而不是{property.Value.ToString(Formatting.None)}",
                });
                return;
            }
        }

        string? Text(string field) => fields.TryGetValue(field, out var p) ? TextOf(p.Value) : null;
        intake.Add(new RawFigure(source, line, Text(FigureColumns.Target), Text(FigureColumns.AsOf), Text(FigureColumns.Value))
        {
            Unit = Text(FigureColumns.Unit),
            Entity = Text(FigureColumns.Entity),
            ReportedBy = Text(FigureColumns.ReportedBy),
            Note = Text(FigureColumns.Note),
            Column = column,
            Path = path,
        });
    }

    private static string Prefixed(string? path, string field) => path is null ? field : $"{path}.{field}";

    private static string Suggest(string unknown, IEnumerable<string> known) =>
        FieldNameSuggestion.Nearest(unknown, known) is { } near ? $" (did you mean \"{near}\"?)" : "";

    private static string SuggestZh(string unknown, IEnumerable<string> known) =>
        FieldNameSuggestion.Nearest(unknown, known) is { } near ? $"（是否应为“{near}”？）" : "";

    private static FigureFileException Refuse(string source, JsonTextReader reader, string field, string message, string code) =>
        new(new Problem(source, reader.LineNumber, reader.LinePosition, field, message) { Code = code });

    private static string? TextOf(JToken token) => token.Type switch
    {
        JTokenType.Null => null,
        JTokenType.String => (string?)token,
        JTokenType.Integer or JTokenType.Float => Convert.ToString(((JValue)token).Value, CultureInfo.InvariantCulture),

        // An object or array where text belongs: keep its JSON so the rejection shows what came.
        _ => token.ToString(Formatting.None),
    };
}
