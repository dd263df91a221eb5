using Engine.Rules.Ledgers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Newtonsoft.Json.Linq;

namespace Engine.Http.Endpoints;

/// <summary>
/// The optional body of a withdrawal, <c>{ "reason": "…" }</c>: no body is no reason; anything else in it is refused
/// (400 naming the field), not passed over. The reason is free text kept in the audit, so it is bounded as a note is.
/// </summary>
internal static class WithdrawalReason
{
    private const string Field = "reason";

    public static async Task<(string? Reason, IResult? Error)> ReadAsync(LedgerCall call, ServeOptions options)
    {
        var request = call.Request;
        var hasBody = request.ContentLength > 0 || (request.ContentLength is null && call.Context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true);
        if (!hasBody)
        {
            return (null, null);
        }

        var (body, error) = await RequestBody.ReadAsync(request, options.MaxBodyBytes).ConfigureAwait(false);
        if (error is not null)
        {
            return (null, error);
        }

        if (body is not JObject fields)
        {
            return (null, ApiProblems.BadRequest("", "the body of a withdrawal is optional; when given it must be an object { \"reason\": \"…\" }", ProblemCodes.WrongType));
        }

        var unknown = fields.Properties().Where(p => p.Name != Field).ToList();
        if (unknown.Count > 0)
        {
            return (null, ApiProblems.BadRequest("unknown fields", unknown.Select(p => FigureBody.Located(p, p.Name, $"unknown field \"{p.Name}\"; a withdrawal takes only \"reason\"", ProblemCodes.UnknownField))));
        }

        var token = fields[Field];
        if (token is null || token.Type == JTokenType.Null)
        {
            return (null, null);
        }

        if (token.Type != JTokenType.String)
        {
            var wrong = $"reason must be text (a JSON string), not {token.ToString(Newtonsoft.Json.Formatting.None)}";
            return (null, ApiProblems.BadRequest(wrong, [FigureBody.Located(token, Field, wrong, ProblemCodes.WrongType)]));
        }

        var reason = InputText.Field((string)token!);
        if (reason.Length > options.MaxNoteLength)
        {
            var tooLong = $"reason is {reason.Length} characters; the limit is {options.MaxNoteLength} (--max-note-length)";
            return (null, ApiProblems.BadRequest(tooLong, [FigureBody.Located(token, Field, tooLong, ProblemCodes.OutOfRange)]));
        }

        if (InputText.HasControl(reason))
        {
            var control = "reason holds a control character; send plain text";
            return (null, ApiProblems.BadRequest(control, [FigureBody.Located(token, Field, control, ProblemCodes.Invalid)]));
        }

        return (reason.Length == 0 ? null : reason, null);
    }
}
