using System.Globalization;
using Engine.Rules.Ledgers;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Engine.Rules.Figures;

/// <summary>
/// Reads a figures JSON file: an array of objects with the CSV's keys. Each object is read as it streams past;
/// its line is the line where the object starts.
/// </summary>
internal static class JsonFigureReader
{
    public static void Read(TextReader text, string displayName, IFigureSink intake)
    {
        using var reader = new JsonTextReader(text) { FloatParseHandling = FloatParseHandling.Decimal, DateParseHandling = DateParseHandling.None };
        try
        {
            if (!reader.Read() || reader.TokenType != JsonToken.StartArray)
            {
                throw new FigureFileException(new Problem(displayName, reader.LineNumber, reader.LinePosition, "", "a figures JSON file must hold an array of objects") { Code = ProblemCodes.WrongType });
            }

            while (reader.Read() && reader.TokenType != JsonToken.EndArray)
            {
                var line = reader.LineNumber;
                var token = JToken.ReadFrom(reader);
                if (token is not JObject obj)
                {
                    intake.Reject(new Problem(displayName, line, 0, "", $"each figure must be an object, not {token.Type.ToString().ToLowerInvariant()}") { Code = ProblemCodes.WrongType });
                    continue;
                }

                intake.Add(FromObject(obj, displayName, line));
            }
        }
        catch (JsonReaderException e)
        {
            throw new FigureFileException(new Problem(displayName, e.LineNumber, e.LinePosition, e.Path ?? "", $"malformed JSON: {e.Message}") { Code = ProblemCodes.MalformedJson });
        }
    }

    /// <summary>Feeds an already-parsed array (an HTTP body's "figures") to the intake; lines are the body's lines.</summary>
    public static void Read(JArray figures, string source, IFigureSink intake)
    {
        foreach (var token in figures)
        {
            var line = ((IJsonLineInfo)token).HasLineInfo() ? ((IJsonLineInfo)token).LineNumber : 0;
            if (token is not JObject obj)
            {
                intake.Reject(new Problem(source, line, 0, token.Path, $"each figure must be an object, not {token.Type.ToString().ToLowerInvariant()}") { Code = ProblemCodes.WrongType });
                continue;
            }

            intake.Add(FromObject(obj, source, line));
        }
    }

    private static RawFigure FromObject(JObject obj, string source, int line) =>
        new(source, line, Text(obj, "target"), Text(obj, "as_of"), Text(obj, "value"))
        {
            Unit = Text(obj, "unit"),
            Entity = Text(obj, "entity"),
            ReportedBy = Text(obj, "reported_by"),
            Note = Text(obj, "note"),
        };

    private static string? Text(JObject obj, string name)
    {
        if (!obj.TryGetValue(name, StringComparison.Ordinal, out var token) || token.Type == JTokenType.Null)
        {
            return null;
        }

        return token.Type switch
        {
            JTokenType.String => (string?)token,
            JTokenType.Integer or JTokenType.Float => Convert.ToString(((JValue)token).Value, CultureInfo.InvariantCulture),

            // An object or array where text belongs: keep its JSON so the rejection shows what came.
            _ => token.ToString(Formatting.None),
        };
    }
}
