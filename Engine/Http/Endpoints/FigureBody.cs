using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace Engine.Http.Endpoints;

/// <summary>
/// Route metadata: the body is read by <see cref="FigureBody.Take"/>, so it may be the object form the route
/// <c>Accepts</c> or a bare array of figures; the OpenAPI document offers both.
/// </summary>
internal sealed class FigureBodyForms;

/// <summary>The figures of a request body, taken in as figure files are: every row accepted or rejected with a reason.</summary>
internal static class FigureBody
{
    /// <summary>Accepts <c>{ "figures": [...], other fields... }</c> or a bare array; other fields must be among <paramref name="allowed"/>.</summary>
    public static (FigureIntake? Intake, JObject? Fields, IResult? Error) Take(JToken body, Ledger ledger, ServeOptions limits, params string[] allowed) =>
        Take(body, ledger, limits, null, allowed);

    /// <param name="scope">Wraps the intake with a check of who may send which rows (a submission's entities); null for none.</param>
    public static (FigureIntake? Intake, JObject? Fields, IResult? Error) Take(JToken body, Ledger ledger, ServeOptions limits, Func<IFigureSink, IFigureSink>? scope, params string[] allowed)
    {
        JArray? figures;
        JObject? fields = null;
        switch (body)
        {
            case JArray array:
                figures = array;
                break;
            case JObject obj:
                fields = obj;
                var unknown = obj.Properties().Where(p => p.Name != "figures" && !allowed.Contains(p.Name)).ToList();
                if (unknown.Count > 0)
                {
                    return (null, null, ApiProblems.BadRequest("unknown fields", unknown.Select(p => Located(p, p.Name, $"unknown field \"{p.Name}\"; known: figures{string.Concat(allowed.Select(a => ", " + a))}", ProblemCodes.UnknownField))));
                }

                figures = obj["figures"] as JArray;
                if (figures is null)
                {
                    return (null, null, obj["figures"] is null ? ApiProblems.BadRequest("figures", "missing required field \"figures\" (an array of figures)", ProblemCodes.MissingField) : ApiProblems.BadRequest("figures", "\"figures\" must be an array", ProblemCodes.WrongType));
                }

                break;
            default:
                return (null, null, ApiProblems.BadRequest("", "the body must be a JSON object with \"figures\", or an array of figures", ProblemCodes.WrongType));
        }

        if (figures.Count > limits.MaxFigures)
        {
            return (null, null, ApiProblems.TooLarge($"{figures.Count} figures in one request; the limit is {limits.MaxFigures} (--max-figures)"));
        }

        var intake = new FigureIntake(ledger);
        JsonFigureReader.Read(figures, "request", new FieldLimits(scope?.Invoke(intake) ?? intake, limits));
        return (intake, fields, null);
    }

    /// <summary>422 when the request had rows and not one of them could be used; null otherwise.</summary>
    public static IResult? NothingUsable(FigureIntake intake, string outcome) =>
        intake.Accepted.Count == 0 && intake.Rejected.Count > 0
            ? ApiProblems.Unprocessable($"not one of the {intake.Read} figures could be used; {outcome}", intake.Rejected)
            : null;

    public static Problem Located(JToken token, string field, string message, string code)
    {
        var info = (Newtonsoft.Json.IJsonLineInfo)token;
        return new Problem("request", info.HasLineInfo() ? info.LineNumber : 0, info.HasLineInfo() ? info.LinePosition : 0, field, message) { Code = code };
    }
}
