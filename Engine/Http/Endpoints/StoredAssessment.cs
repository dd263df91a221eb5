using System.Globalization;
using Engine.Http.Caching;
using Engine.Http.Catalog;
using Engine.Output;
using Engine.Output.Xlsx;
using Engine.Requests;
using Engine.Rules.Assessment;
using Engine.Rules.Authoring;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Engine.Http.Endpoints;

/// <summary>
/// The assessment of a ledger from its stored figures, as GET /v1/ledgers/{id}/assessment answers it: one code path
/// for the API and the bureau's downloads on the pages, so a download is the API's answer byte for byte.
/// </summary>
internal static class StoredAssessment
{
    /// <summary>
    /// The answer to a request already parsed: a workbook made in a temporary file, or a text format streamed (and
    /// kept in the answer cache when it is on). <paramref name="entity"/> is the entity as the caller wrote it: the
    /// store is asked with it and the cache keyed by it. With <paramref name="downloadName"/>, the answer is an attachment of that name.
    /// </summary>
    /// <param name="asciiName">The name for clients that cannot read a UTF-8 file name.</param>
    public static IResult Answer(ApiServices api, LedgerEntry entry, ServedRevision served, AssessmentRequest request, string? entity, string? downloadName = null, string? asciiName = null)
    {
        var answer = Unnamed(api, entry, served, request, entity, namedElsewhere: downloadName is not null);
        return downloadName is null ? answer : new Attachment(answer, downloadName, asciiName);
    }

    /// <summary>The assessment itself, for a page that shows it: the same figures the API's answer is made from.</summary>
    public static EvaluationResult Assess(ApiServices api, LedgerEntry entry, ServedRevision served, AssessmentRequest request) =>
        request.Run(served.Evaluator, FigureSet.From(AssessmentEndpoints.Intake(served.Ledger, api.Store.Latest(entry.Id, request.Entity))));

    /// <param name="namedElsewhere">The caller names the file (a workbook then gets no name of its own here).</param>
    public static IResult Render(EvaluationResult result, OutputFormat format, Language lang, bool namedElsewhere = false)
    {
        if (format == OutputFormat.Xlsx)
        {
            // The workbook package needs a stream it can seek, so it is made in a temporary file (deleted when the
            // answer is sent), not in memory.
            var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
            XlsxAssessmentWriter.Write(result, file, lang);
            file.Position = 0;
            return Results.File(file, AssessmentOutput.ContentType(OutputFormat.Xlsx), namedElsewhere ? null : $"{result.Ledger.Id}-{IsoDate.Format(result.AsOf)}.xlsx");
        }

        return new StreamedAnswer(AssessmentOutput.ContentType(format), text => AssessmentOutput.WriteText(result, format, lang, text));
    }

    private static IResult Unnamed(ApiServices api, LedgerEntry entry, ServedRevision served, AssessmentRequest request, string? entity, bool namedElsewhere)
    {
        var id = entry.Id;
        if (request.Format == OutputFormat.Xlsx || !api.Answers.On)
        {
            // Workbooks are not kept: they are made in a temporary file, and they are the rare, large download.
            return Render(request.Run(served.Evaluator, FigureSet.From(AssessmentEndpoints.Intake(served.Ledger, api.Store.Latest(id, entity)))), request.Format, request.Lang, namedElsewhere);
        }

        // The store version is read on every request, from the stored data: a write by another process or replica changes it too.
        // The entity is keyed as given, as the store is asked with it.
        var key = new AssessmentKey(id, served.Ledger.Revision, api.Store.Version(), AsOfKey(request), entity, request.Format, request.Lang);
        var contentType = AssessmentOutput.ContentType(request.Format);
        if (api.Answers.Find(key) is { } kept)
        {
            return Results.Bytes(kept, contentType);
        }

        var (version, rows) = api.Store.LatestWithVersion(id, entity);
        var result = request.Run(served.Evaluator, FigureSet.From(AssessmentEndpoints.Intake(served.Ledger, rows)));
        var made = key with { StoreVersion = version };
        return new StreamedAnswer(contentType, text => AssessmentOutput.WriteText(result, request.Format, request.Lang, text), bytes => api.Answers.Keep(made, bytes, entry.State.Served?.Ledger.Revision), api.Answers.LargestAnswer);
    }

    /// <summary>The requested dates as a key: the same text for the same dates however they were written.</summary>
    private static string AsOfKey(AssessmentRequest request) =>
        request.Monthly ? "monthly" : string.Join(',', request.Dates.Select(IsoDate.Format));

    /// <summary>An answer sent as a file to save (Content-Disposition: attachment), its name in UTF-8 with an ASCII fallback.</summary>
    private sealed class Attachment(IResult inner, string name, string? ascii) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(name);
            if (ascii is not null)
            {
                disposition.FileName = ascii;
            }

            httpContext.Response.Headers.ContentDisposition = disposition.ToString();
            return inner.ExecuteAsync(httpContext);
        }
    }
}
