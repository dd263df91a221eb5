using System.Text.Json;
using Newtonsoft.Json.Linq;
using Engine.Rules.Ledgers;
using Microsoft.AspNetCore.Http;

namespace Engine.Http;

/// <summary>Errors as application/problem+json, each naming the field (and line, for bodies) that failed.</summary>
internal static class ApiProblems
{
    public static IResult BadRequest(string title, IEnumerable<Problem> problems) => Make(StatusCodes.Status400BadRequest, title, problems);

    public static IResult BadRequest(string field, string message, string code = ProblemCodes.Invalid) => Make(StatusCodes.Status400BadRequest, message, [new Problem("request", 0, 0, field, message) { Code = code }]);

    public static IResult NotFound(string message) => Make(StatusCodes.Status404NotFound, message, []);

    /// <summary>409: the request is understood but conflicts with what is stored (withdrawing a version not in force).</summary>
    public static IResult Conflict(string message) => Make(StatusCodes.Status409Conflict, message, []);

    public static IResult TooLarge(string message) => Make(StatusCodes.Status413PayloadTooLarge, message, []);

    /// <summary>A 401, 403 or 429; see <see cref="Access.DenialLog"/>, which logs each.</summary>
    public static IResult Refusal(Access.Denial denial, IEnumerable<Problem> problems) => Make(denial.Status, denial.Reason, problems);

    public static IResult Unavailable(string message, IEnumerable<Problem> problems) => Make(StatusCodes.Status503ServiceUnavailable, message, problems);

    public static IResult Unprocessable(string message, IEnumerable<Problem> problems) => Make(StatusCodes.Status422UnprocessableEntity, message, problems);

    public static IResult UnsupportedMediaType(string message) => Make(StatusCodes.Status415UnsupportedMediaType, message, []);

    /// <summary>A problem for a status the framework or the server decided (no route, wrong method, engine error).</summary>
    public static IResult Status(int status, string title) => Make(status, title, []);

    private static IResult Make(int status, string title, IEnumerable<Problem> problems) =>
        Results.Problem(
            statusCode: status,
            title: title,
            extensions: new Dictionary<string, object?> { ["errors"] = Json(problems) });

    /// <summary>
    /// Problems in the one shape (<see cref="ProblemJson"/>), for the framework's JSON documents to carry verbatim:
    /// the shape is written once, by the engine's writer, whoever writes the document around it.
    /// </summary>
    public static JsonElement Json(IEnumerable<Problem> problems)
    {
        using var document = JsonDocument.Parse(ProblemJson.ToArray(problems));
        return document.RootElement.Clone();
    }

    /// <summary>Problems in the one shape, for the engine's own answer documents.</summary>
    public static JArray Array(IEnumerable<Problem> problems) => ProblemJson.ToJArray(problems);
}
