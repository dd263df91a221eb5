using System.Globalization;
using Engine.Output;
using Engine.Output.Xlsx;
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

            var (intake, fields, figureError) = FigureBody.Take(body!, call.Ledger, api.Options.MaxFigures, "as_of", "lang", "entity");
            if (figureError is not null)
            {
                return figureError;
            }

            var asOf = ParseDate(fields?["as_of"], "as_of", out var dateError);
            if (dateError is not null)
            {
                return dateError;
            }

            var lang = ParseLang(fields?["lang"]?.Type == JTokenType.String ? (string?)fields["lang"] : null, out var langError);
            if (langError is not null)
            {
                return langError;
            }

            var set = FigureSet.From(intake!);
            var result = call.Evaluator.Evaluate(set, asOf ?? call.Evaluator.DefaultAsOf(set));
            return Render(result, OutputFormat.Json, lang);
        }).Accepts<EvaluateRequestDoc>("application/json").WithName("Evaluate").WithSummary("Assess the ledger from the figures in the body (nothing is stored); same shape as the CLI's JSON.");

        ledger.MapGet("/assessment", (LedgerCall call, string? as_of, string? entity, string? format, string? lang) =>
        {
            var date = ParseDate(as_of is null ? null : new JValue(as_of), "as_of", out var dateError);
            if (dateError is not null)
            {
                return dateError;
            }

            if (!Enum.TryParse<OutputFormat>(format ?? "json", ignoreCase: true, out var outputFormat) || !Enum.IsDefined(outputFormat) || int.TryParse(format, CultureInfo.InvariantCulture, out _))
            {
                return ApiProblems.BadRequest("format", $"format \"{format}\" is not one of json, csv, xlsx, html");
            }

            var language = ParseLang(lang, out var langError);
            if (langError is not null)
            {
                return langError;
            }

            var intake = new FigureIntake(call.Ledger);
            foreach (var row in api.Store.Latest(call.Id, entity))
            {
                intake.Add(row);
            }

            var set = FigureSet.From(intake);
            var evaluator = call.Evaluator;
            var when = date ?? evaluator.DefaultAsOf(set);
            var result = entity is null
                ? evaluator.Evaluate(set, when)
                : new EvaluationResult(call.Ledger, when, set.CountsAsOf(when), set.Rejected, [evaluator.Assess(set, entity, when)]);
            return Render(result, outputFormat, language);
        }).WithName("GetAssessment").WithSummary("The assessment from stored figures as of a date, for one entity or all; json, csv, xlsx or html.");
    }

    private static IResult Render(EvaluationResult result, OutputFormat format, Language lang)
    {
        if (format == OutputFormat.Xlsx)
        {
            var bytes = new MemoryStream();
            XlsxAssessmentWriter.Write(result, bytes, lang);
            return Results.File(bytes.ToArray(), AssessmentOutput.ContentType(OutputFormat.Xlsx), $"{result.Ledger.Id}-{IsoDate.Format(result.AsOf)}.xlsx");
        }

        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        AssessmentOutput.WriteText(result, format, lang, text);
        return Results.Text(text.ToString(), AssessmentOutput.ContentType(format));
    }

    private static DateOnly? ParseDate(JToken? token, string field, out IResult? error)
    {
        error = null;
        if (token is null || token.Type == JTokenType.Null)
        {
            return null;
        }

        string? whyNot = null;
        if (token.Type == JTokenType.String && IsoDate.TryParse((string)token!, out var date, out whyNot))
        {
            return date;
        }

        error = ApiProblems.BadRequest("bad date", [FigureBody.Located(token, field, whyNot ?? IsoDate.NotADate(token.ToString(Newtonsoft.Json.Formatting.None)), ProblemCodes.BadDate)]);
        return null;
    }

    private static Language ParseLang(string? lang, out IResult? error)
    {
        error = null;
        switch (lang)
        {
            case null or "zh":
                return Language.Zh;
            case "en":
                return Language.En;
            default:
                error = ApiProblems.BadRequest("lang", $"lang \"{lang}\" is not one of zh, en");
                return Language.Zh;
        }
    }
}
