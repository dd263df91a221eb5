using System.Globalization;
using Engine.Rules.Ledgers;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Engine.Http;

/// <summary>
/// Reads a JSON request body within the size limit, with line information for every token. Only strict JSON is
/// taken (<see cref="StrictJson"/>), and a key given twice in one object is refused, not last-one-wins.
/// </summary>
internal static class RequestBody
{
    public static async Task<(JToken? Body, IResult? Error)> ReadAsync(HttpRequest request, long limit)
    {
        if (request.ContentLength > limit)
        {
            return (null, ApiProblems.TooLarge($"the request body is {request.ContentLength} bytes; the limit is {limit} (--max-body-bytes)"));
        }

        if (request.ContentType is { } type && !type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, ApiProblems.UnsupportedMediaType($"the body must be JSON (application/json), not {type}"));
        }

        using var buffer = new MemoryStream();
        try
        {
            var chunk = new byte[81920];
            int read;
            while ((read = await request.Body.ReadAsync(chunk).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return (null, ApiProblems.TooLarge($"the request body exceeds the limit of {limit} bytes (--max-body-bytes)"));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, ApiProblems.TooLarge($"the request body exceeds the limit of {limit} bytes (--max-body-bytes)"));
        }

        var (strict, problem) = StrictJson.Check(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        if (problem is not null)
        {
            return (null, ApiProblems.BadRequest(problem.Code == ProblemCodes.BadEncoding ? "the body is not UTF-8" : "malformed JSON", [problem]));
        }

        using var text = new StringReader(strict!);
        using var reader = new JsonTextReader(text) { FloatParseHandling = FloatParseHandling.Decimal, DateParseHandling = DateParseHandling.None, Culture = CultureInfo.InvariantCulture, MaxDepth = 64 };
        try
        {
            var token = JToken.ReadFrom(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
            if (reader.Read())
            {
                return (null, ApiProblems.BadRequest("malformed JSON", [new Problem("request", reader.LineNumber, reader.LinePosition, reader.Path, "unexpected content after the JSON value") { Code = ProblemCodes.MalformedJson }]));
            }

            return (token, null);
        }
        catch (JsonReaderException e)
        {
            return (null, ApiProblems.BadRequest("malformed JSON", [new Problem("request", e.LineNumber, e.LinePosition, e.Path ?? "", e.Message) { Code = ProblemCodes.MalformedJson }]));
        }
    }
}
