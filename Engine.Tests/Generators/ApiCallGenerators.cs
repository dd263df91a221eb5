using FsCheck;
using FsCheck.Fluent;
using Engine.Tests.Http.OpenApi;
using Microsoft.OpenApi;

namespace Engine.Tests.Generators;

/// <summary>
/// Requests to the operations of a served OpenAPI document, from callers with no key, a wrong key, a unit key or an
/// admin key: path and query parameters from plausible to garbage, bodies from a good figure to broken JSON. Half
/// the path ids name the real ledger, so most calls get past the lookup and reach the handlers.
/// </summary>
internal static class ApiCallGenerators
{
    public enum Caller
    {
        None,
        WrongKey,
        UnitKey,
        AdminKey,
    }

    /// <summary>One generated request (what a failing case prints).</summary>
    public sealed record ApiCall(ServedDocument.Operation Operation, Caller Caller, string Target, string? Body, string ContentType)
    {
        public override string ToString() => $"{Operation.Method} {Target} as {Caller}, {ContentType}: {Body ?? "(no body)"}";
    }

    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", ",", ":", "\"figures\"", "\"as_of\"", "\"target\"", "\"value\"", "\"20.1\"", "\"2023-06-30\"", "\"2023-13-45\"",
        "12", "-1e400", "1e400", "0.1", "null", "true", "\"\"", "\"\\u0000\"", "\"汉字\"", "NaN", "79228162514264337593543950336", "{\"figures\":[", "]}",
        "{\"target\":\"20.1\",\"as_of\":\"2023-06-30\",\"value\":", "\"lang\"", "\"en\"", "\"entity\"", " ", "\n",
    ];

    /// <summary>JSON-ish garbage: fragments run together, any string, or one fragment inside a figures array.</summary>
    public static Gen<string> GarbageBody =>
        Gen.OneOf(
            Gen.ArrayOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts)),
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
            Gen.Elements(Fragments).Select(f => "{\"figures\":[" + f + "]}"));

    private static Gen<string> Body =>
        Gen.OneOf(
            GarbageBody,
            Gen.Elements(
                """[{"target":"20.1","as_of":"2023-06-30","value":10}]""",
                """{"figures":[{"target":"20.1","as_of":"2023-06-30","value":"12.5","entity":"区县01"}],"as_of":"2023-06-30","lang":"en"}""",
                """{"figures":[],"withdrawn":true}""",
                "[]"));

    private static Gen<string> Text =>
        Gen.OneOf(
            Gen.Elements("2023-06-30", "2023-02-30", "json", "csv", "xlsx", "html", "pdf", "en", "zh", "20.1", "9.9", "区县01", "", " ", "%", "../..", "' OR 1=1 --", "\u0000", new string('9', 300)),
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""));

    /// <summary>A path segment: the real ledger id half the time, otherwise anything (kept one segment, never a dot segment).</summary>
    private static Gen<string> PathValue(string ledger) =>
        Gen.OneOf(Gen.Constant(ledger), Gen.Constant(ledger), Text.Select(Segment));

    public static Gen<ApiCall> Calls(IReadOnlyList<ServedDocument.Operation> operations, string ledger) =>
        from operation in Gen.Elements(operations.ToArray())
        from caller in Gen.Elements(Enum.GetValues<Caller>())
        from path in Gen.ArrayOf(PathValue(ledger), operation.Parameters(ParameterLocation.Path).Count)
        from query in Query(operation)
        from body in operation.Spec.RequestBody is null ? Gen.Constant<string?>(null) : Body.Select(b => (string?)b)
        from contentType in Gen.Elements("application/json", "application/json", "application/json", "text/plain", "application/x-www-form-urlencoded")
        select new ApiCall(operation, caller, Fill(operation, path) + query, body, contentType);

    /// <summary>Each declared query parameter left out, or given a plausible or garbage value; sometimes one the operation does not declare.</summary>
    private static Gen<string> Query(ServedDocument.Operation operation)
    {
        var names = operation.Parameters(ParameterLocation.Query).Select(p => p.Name!).ToArray();
        return from values in Gen.ArrayOf(Gen.OneOf(Gen.Constant<string?>(null), Text.Select(t => (string?)t)), names.Length)
               from extra in Gen.OneOf(Gen.Constant(""), Text.Select(t => "undeclared=" + Uri.EscapeDataString(t)))
               let pairs = names.Zip(values).Where(p => p.Second is not null).Select(p => $"{Uri.EscapeDataString(p.First)}={Uri.EscapeDataString(p.Second!)}").Append(extra).Where(p => p.Length > 0)
               select pairs.Any() ? "?" + string.Join("&", pairs) : "";
    }

    private static string Fill(ServedDocument.Operation operation, string[] values)
    {
        var path = operation.Path;
        var names = operation.Parameters(ParameterLocation.Path).Select(p => p.Name!).ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            path = path.Replace("{" + names[i] + "}", values[i], StringComparison.Ordinal);
        }

        return path;
    }

    /// <summary>
    /// One escaped path segment. Empty and all-dot segments are prefixed: the client would drop or resolve them and
    /// send another route than the one generated. NUL is left out: the server's request-line decoder refuses a path
    /// holding it before any route runs (the in-memory server throws where Kestrel answers 400).
    /// </summary>
    private static string Segment(string text)
    {
        text = text.Replace("\0", "", StringComparison.Ordinal);
        return Uri.EscapeDataString(text.Trim('.').Length == 0 ? "x" + text : text);
    }
}
