using Newtonsoft.Json;

namespace Engine.Rules.Ledgers;

/// <summary>
/// The one JSON shape of a problem wherever one goes out (check, HTTP errors, ledger problems, rejected submissions):
/// <c>{ "file", "line", "column", "field", "target", "reason", "code" }</c>. Line and column are 0 when unknown,
/// target is null when the problem belongs to no target.
/// </summary>
internal static class ProblemJson
{
    public static void Write(JsonWriter w, Problem problem)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(problem);
        w.WriteStartObject();
        w.WritePropertyName("file");
        w.WriteValue(problem.Source);
        w.WritePropertyName("line");
        w.WriteValue(problem.Line);
        w.WritePropertyName("column");
        w.WriteValue(problem.Column);
        w.WritePropertyName("field");
        w.WriteValue(problem.Field);
        w.WritePropertyName("target");
        w.WriteValue(problem.TargetId);
        w.WritePropertyName("reason");
        w.WriteValue(problem.Message);
        w.WritePropertyName("code");
        w.WriteValue(problem.Code);
        w.WriteEndObject();
    }

    public static void WriteAll(JsonWriter w, IEnumerable<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(problems);
        w.WriteStartArray();
        foreach (var problem in problems)
        {
            Write(w, problem);
        }

        w.WriteEndArray();
    }

    /// <summary>The problems as a JSON array, for the engine's own answer documents (no text in between).</summary>
    public static Newtonsoft.Json.Linq.JArray ToJArray(IEnumerable<Problem> problems)
    {
        using var w = new Newtonsoft.Json.Linq.JTokenWriter();
        WriteAll(w, problems);
        return (Newtonsoft.Json.Linq.JArray)w.Token!;
    }

    /// <summary>The problems as a compact JSON array, for documents another serializer assembles around it.</summary>
    public static string ToArray(IEnumerable<Problem> problems)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var w = new JsonTextWriter(text) { CloseOutput = false })
        {
            WriteAll(w, problems);
        }

        return text.ToString();
    }
}
