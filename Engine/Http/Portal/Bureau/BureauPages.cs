using System.Globalization;
using Engine.Http.Endpoints;
using Engine.Http.Portal.Pages;
using Engine.Http.Portal.Session;
using Engine.Output;
using Engine.Requests;
using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Engine.Http.Portal.Bureau;

/// <summary>
/// The bureau's pages of one ledger (admin key): the overview with who has not reported, the live report,
/// downloads, a unit's page as the unit sees it, the audit trail. Every route is <see cref="BureauOnly"/>.
/// </summary>
internal static class BureauPages
{
    /// <summary>The report's style rules nested under its section, so they style the report and nothing of the frame.</summary>
    private static readonly byte[] ReportStyle = System.Text.Encoding.UTF8.GetBytes("#report{" + HtmlReportWriter.StyleSheet + "}\n");

    public static void Map(RouteGroupBuilder ledger, ApiServices api)
    {
        var bureau = ledger.MapGroup("/bureau").WithMetadata(new BureauOnly());
        bureau.MapGet("", (PortalPage page, string? as_of, string? entity) => Overview(page, api, BureauFilter.Read(page, api, as_of, entity)));
        bureau.MapGet("/report", (PortalPage page, string? as_of, string? entity) => Report(page, api, BureauFilter.Read(page, api, as_of, entity)));
        bureau.MapGet("/report.css", () => Results.Bytes(ReportStyle, "text/css; charset=utf-8"));
        bureau.MapGet("/download/{format}", (PortalPage page, string format, string? as_of, string? entity) =>
            Download(page, api, format, BureauFilter.Read(page, api, as_of, entity)));
        bureau.MapGet("/audit", (PortalPage page, [FromQuery(Name = "page")] string? number) => Audit(page, api, number));
        bureau.MapGet("/units/{unit}", (PortalPage page, string unit, string? entity) => BureauUnitView.Page(page, api, unit, entity));
    }

    private static RazorComponentResult Overview(PortalPage page, ApiServices api, BureauFilter filter)
    {
        var served = page.Served;
        var result = StoredAssessment.Assess(api, page.Entry, served, Request(filter, "json", page.Text));
        var owing = BureauOwing.Of(page.Entry.Id, served.Ledger, result.Assessments.SelectMany(a => a.Tasks).ToList(), page.Text);
        var words = new BureauText(page.Text);
        var lang = page.Text.English ? Language.En : Language.Zh;
        return PortalRoutes.Page<BureauPage>(StatusCodes.Status200OK, new
        {
            page.Text,
            page.SignedIn,
            Ledger = served.Ledger.Title,
            Shown = words.AsOfShown(TargetPhrases.Date(filter.AsOf, lang), filter.Entity ?? words.WholeLedger),
            Action = BureauLinks.Base(page.Entry.Id),
            Filter = filter.View,
            Links = BureauLinks.For(page.Entry.Id, filter, page.Text),
            Owing = owing,
        });
    }

    private static RazorComponentResult Report(PortalPage page, ApiServices api, BureauFilter filter)
    {
        var request = Request(filter, "html", page.Text);
        var result = StoredAssessment.Assess(api, page.Entry, page.Served, request);
        using var html = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        HtmlReportWriter.WriteContent(result, html, request.Lang, namedCharts: true);
        return PortalRoutes.Page<BureauReportPage>(StatusCodes.Status200OK, new
        {
            page.Text,
            page.SignedIn,
            Action = BureauLinks.Base(page.Entry.Id) + "/report",
            StyleSheet = BureauLinks.Base(page.Entry.Id) + "/report.css",
            Filter = filter.View,
            Links = BureauLinks.For(page.Entry.Id, filter, page.Text),
            Report = html.ToString(),
        });
    }

    /// <summary>The API's assessment answer for the chosen date and entity, as a file to save.</summary>
    private static IResult Download(PortalPage page, ApiServices api, string format, BureauFilter filter)
    {
        if (format is not ("xlsx" or "csv" or "html"))
        {
            return Results.NotFound();
        }

        var request = Request(filter, format, page.Text);
        var name = FileName(page.Served.Ledger, filter, format, page.Text);
        // For clients that cannot read a UTF-8 name: the ledger's id and the date.
        var ascii = $"{page.Entry.Id}_{IsoDate.Format(filter.AsOf)}.{format}";
        return StoredAssessment.Answer(api, page.Entry, page.Served, request, filter.Entity, name, ascii);
    }

    private static RazorComponentResult Audit(PortalPage page, ApiServices api, string? number)
    {
        var filter = BureauFilter.Read(page, api, null, null);
        return PortalRoutes.Page<BureauAuditPage>(StatusCodes.Status200OK, new
        {
            page.Text,
            page.SignedIn,
            Links = BureauLinks.For(page.Entry.Id, filter, page.Text),
            Audit = BureauAudit.Page(page.Entry.Id, api.Store.Audit(page.Entry.Id), () => Submitted(api, page.Entry.Id), number, page.Text),
        });
    }

    /// <summary>The figures each submission stored (withdrawal markers are not submitted figures).</summary>
    private static ILookup<long, BureauAudit.SubmittedFigure> Submitted(ApiServices api, string ledgerId) =>
        api.Store.History(ledgerId, null, null).Where(f => f.Withdraws is null)
            .ToLookup(f => f.Submission, f => new BureauAudit.SubmittedFigure(f.Target, f.Entity, f.AsOf, f.Value));

    /// <summary>The request the API would parse for these choices (they are valid: the filter has checked them).</summary>
    private static AssessmentRequest Request(BureauFilter filter, string format, PortalText text) =>
        AssessmentRequest.Parse(IsoDate.Format(filter.AsOf), filter.Entity, format, text.English ? "en" : "zh", dateLists: false, out var refused)
        ?? throw new InvalidOperationException($"the bureau's filter let through a request the API refuses: {refused[0].Message}");

    /// <summary>"2023年湛江市…台账（全台账）评估表_2023-06-30.xlsx": the ledger, the scope, what it is, the date.</summary>
    private static string FileName(Ledger ledger, BureauFilter filter, string format, PortalText text)
    {
        var words = new BureauText(text);
        var scope = filter.Entity ?? words.WholeLedger;
        var what = format == "html" ? (text.English ? "report" : "评估报告") : (text.English ? "assessment" : "评估表");
        var name = text.English
            ? $"{ledger.Title} ({scope}) {what} {IsoDate.Format(filter.AsOf)}.{format}"
            : $"{ledger.Title}（{scope}）{what}_{IsoDate.Format(filter.AsOf)}.{format}";
        var invalid = Path.GetInvalidFileNameChars().Concat(['\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        return string.Concat(name.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c));
    }
}
