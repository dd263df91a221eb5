using System.Globalization;
using Engine.Http.OpenApi;
using Engine.Http.Caching;
using Engine.Output;
using Engine.Output.Xlsx;
using Engine.Requests;
using Engine.Rules.Assessment;
using Engine.Rules.Authoring;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Newtonsoft.Json.Linq;

namespace Engine.Http.Endpoints;

/// <summary>POST /v1/ledgers/{id}/evaluate (stateless) and GET /v1/ledgers/{id}/assessment (from stored figures).</summary>
internal static class AssessmentEndpoints
{
    /// <summary>The routes inside the /v1/ledgers/{id} group, whose filters check the key and resolve the ledger.</summary>
    public static void Map(RouteGroupBuilder ledger, ApiServices api)
    {
        ledger.MapPost("/evaluate", async (LedgerCall call) =>
        {
            var (body, bodyError) = await RequestBody.ReadAsync(call.Request, api.Options.MaxBodyBytes).ConfigureAwait(false);
            if (bodyError is not null)
            {
                return bodyError;
            }

            var (intake, fields, figureError) = FigureBody.Take(body!, call.Ledger, api.Options, "as_of", "lang", "entity");
            if (figureError is not null)
            {
                return figureError;
            }

            // Each entity is a whole assessment (megabytes of answer); their number is what a small body can multiply.
            var entities = intake!.Accepted.Select(f => f.Entity).Distinct(StringComparer.Ordinal).Count();
            if (entities > api.Options.MaxEntities)
            {
                return ApiProblems.TooLarge($"{entities} entities in one evaluate request; the limit is {api.Options.MaxEntities} (--max-entities)");
            }

            if (FigureBody.NothingUsable(intake, "nothing was assessed") is { } unusable)
            {
                return unusable;
            }

            if (StringField(fields, AssessmentRequest.AsOfField, out var asOf) is { } asOfError)
            {
                return asOfError;
            }

            if (StringField(fields, AssessmentRequest.LangField, out var lang) is { } langError)
            {
                return langError;
            }

            if (StringField(fields, AssessmentRequest.EntityField, out var entity) is { } entityError)
            {
                return entityError;
            }

            var request = AssessmentRequest.Parse(asOf, entity, format: null, lang, dateLists: false, out var refused);
            if (request is null)
            {
                return ApiProblems.BadRequest(refused[0].Message, refused);
            }

            var set = FigureSet.From(intake);
            return Render(request.Run(call.Evaluator, set), OutputFormat.Json, request.Lang);
        }).Accepts<EvaluateRequestDoc>("application/json").WithMetadata(new FigureBodyForms())
          .Produces<AssessmentDoc>(StatusCodes.Status200OK, "application/json")
          .Produces<ApiProblemDoc>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")
          .WithName("Evaluate").WithSummary("Assess the ledger from the figures in the body (nothing is stored); same shape as the CLI's JSON.");

        ledger.MapGet("/assessment", (LedgerCall call, string? as_of, string? entity, string? format, string? lang) =>
        {
            var request = AssessmentRequest.Parse(as_of, entity, format, lang, dateLists: false, out var refused);
            if (request is null)
            {
                return ApiProblems.BadRequest(refused[0].Message, refused);
            }

            return StoredAssessment.Answer(api, call.Entry, call.Served, request, entity);
        }).Produces<AssessmentDoc>(StatusCodes.Status200OK, "application/json", "text/csv", "text/html", AssessmentOutput.ContentType(OutputFormat.Xlsx))
          .Produces<ApiProblemDoc>(StatusCodes.Status400BadRequest, "application/problem+json")
          .DescribeQuery(
              ("as_of", "The date to assess as of (YYYY-MM-DD); default: the latest as_of of the stored figures, not after the period end.", null, "date"),
              ("entity", "One entity (district, county…); default: every entity with stored figures.", null, null),
              ("format", "The answer's format, each with its own media type; default json.", AssessmentRequest.Formats, null),
              ("lang", "The language of explanations and labels; default zh.", AssessmentRequest.Languages, null))
          .WithName("GetAssessment").WithSummary("The assessment from stored figures as of a date, for one entity or all; format json (default), csv, xlsx or html, each with its own media type.");
    }

    /// <summary>The stored rows in force, taken in again as figures (the pages assess from them the same way).</summary>
    internal static FigureIntake Intake(Ledger ledger, IEnumerable<RawFigure> rows)
    {
        var intake = new FigureIntake(ledger);
        foreach (var row in rows)
        {
            intake.Add(row);
        }

        return intake;
    }

    private static IResult Render(EvaluationResult result, OutputFormat format, Language lang) => StoredAssessment.Render(result, format, lang);

    /// <summary>A body field that must be text when given; anything else is refused where it stands.</summary>
    private static IResult? StringField(JObject? fields, string name, out string? value)
    {
        value = null;
        var token = fields?[name];
        if (token is null || token.Type == JTokenType.Null)
        {
            return null;
        }

        if (token.Type == JTokenType.String)
        {
            value = (string?)token;
            return null;
        }

        var shown = token.ToString(Newtonsoft.Json.Formatting.None);
        var reason = name == AssessmentRequest.AsOfField ? IsoDate.NotADate(shown) : $"{name} must be text, not {shown}";
        return ApiProblems.BadRequest(reason, [FigureBody.Located(token, name, reason, name == AssessmentRequest.AsOfField ? ProblemCodes.BadDate : ProblemCodes.WrongType)]);
    }
}
