using System.Globalization;
using Engine.Http.Access;
using Engine.Http.Endpoints;
using Engine.Http.Portal.Pages;
using Engine.Http.Portal.Session;
using Engine.Http.Store;
using Engine.Rules.Ledgers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Engine.Http.Portal.Unit;

/// <summary>A unit's pages of one ledger: its tasks, what is due, the form to report figures, its history.</summary>
internal static class UnitPages
{
    public static void Map(RouteGroupBuilder ledger, ApiServices api)
    {
        ledger.MapGet("/unit", (PortalPage page, [FromQuery(Name = "as_of")] string? asOf, [FromQuery] string? entity) =>
        {
            if (page.Caller.IsAdmin)
            {
                // The admin key has no unit: its page of the ledger is the bureau's.
                return Results.Redirect(PortalRoutes.Home(page.Entry.Id, admin: true, page.Text));
            }

            var day = asOf is not null && IsoDate.TryRead(asOf, out var asked, out _) ? asked : UnitViews.Today(api.Clock);
            return Show(api, page, page.Text, UnitViews.EntityFor(page.Served.Ledger, page.Caller, entity), day, StatusCodes.Status200OK, view => view);
        });

        ledger.MapPost("/unit/figures", (PortalPage page, [FromForm] IFormCollection form) =>
        {
            var text = PortalText.For(form["lang"]);
            if (page.Caller.IsAdmin)
            {
                return Results.Redirect(PortalRoutes.Home(page.Entry.Id, admin: true, text));
            }

            var ledger = page.Served.Ledger;
            var entity = UnitViews.EntityFor(ledger, page.Caller, form["page_entity"]);
            var outcome = UnitSubmission.Take(api, page.Http, page.Entry.Id, ledger, page.Caller, form, entity, text);

            // Refused rows keep what was typed and their reasons; stored ones start blank again. Rows are matched by target.
            var typed = new Dictionary<string, UnitFieldView>(StringComparer.Ordinal);
            foreach (var row in outcome.Rows)
            {
                typed[row.Target] = row.Field;
            }

            var words = new UnitText(text);
            return Show(api, page, text, entity, UnitViews.Today(api.Clock), outcome.Status, view =>
            {
                var now = view.Due.Concat(view.Others).ToDictionary(t => t.TargetId, StringComparer.Ordinal);
                var rows = outcome.Rows.Select(r =>
                {
                    var target = now.GetValueOrDefault(r.Target);
                    var date = IsoDate.TryRead(r.AsOf, out var d, out _) ? Rules.Assessment.TargetPhrases.Date(d, text.English ? Language.En : Language.Zh) : r.AsOf;
                    var sent = words.Figure($"{r.Value.Trim()}{target?.Unit}", date);
                    return new UnitResultRow(r.Target, target?.Metric ?? r.Target, sent, r.Stored, target?.Status ?? "", target?.StatusLabel ?? "", r.Stored ? words.Stored : r.Reason ?? "");
                }).ToList();
                var summary = outcome.Message ?? words.Summary(outcome.StoredCount, outcome.RefusedCount);
                return view with { Result = new UnitResultView(summary, outcome.RefusedCount > 0 || outcome.Rows.Count == 0, rows) };
            }, typed);
        });

        ledger.MapPost("/unit/figures/{figure_id}/withdraw", (PortalPage page, string figure_id, [FromForm] IFormCollection form) =>
        {
            var text = PortalText.For(form["lang"]);
            var words = new UnitText(text);
            var (caller, ledger) = (page.Caller, page.Served.Ledger);
            if (caller.IsAdmin)
            {
                return Results.Redirect(PortalRoutes.Home(page.Entry.Id, admin: true, text));
            }

            var entity = UnitViews.EntityFor(ledger, caller, form["page_entity"]);
            if (!long.TryParse(figure_id, NumberStyles.None, CultureInfo.InvariantCulture, out var figure))
            {
                return Show(api, page, text, entity, UnitViews.Today(api.Clock), StatusCodes.Status404NotFound, v => v with { Notice = words.WithdrawNotFound, NoticeIsError = true });
            }

            // The same withdrawal as POST /v1/ledgers/{id}/figures/{figure_id}/withdraw: the same store call and the same rule of who may.
            var result = api.Store.Withdraw(page.Entry.Id, figure, caller.ToString(), caller.Unit, null, api.Clock.GetUtcNow(), version => FigureEndpoints.WithdrawRefusal(caller, ledger, version));
            if (result.Outcome == WithdrawalOutcome.Forbidden)
            {
                api.Denials.Record(page.Http, caller, new Denial(StatusCodes.Status403Forbidden, result.Reason!));
            }

            var (status, notice) = result.Outcome switch
            {
                WithdrawalOutcome.Withdrawn => (StatusCodes.Status200OK, words.WithdrawDone),
                WithdrawalOutcome.Forbidden => (StatusCodes.Status403Forbidden, words.WithdrawForbidden),
                WithdrawalOutcome.Conflict => (StatusCodes.Status409Conflict, words.WithdrawConflict),
                _ => (StatusCodes.Status404NotFound, words.WithdrawNotFound),
            };
            return Show(api, page, text, entity, UnitViews.Today(api.Clock), status, v => v with { Notice = notice, NoticeIsError = status != StatusCodes.Status200OK });
        });
    }

    private static Microsoft.AspNetCore.Http.HttpResults.RazorComponentResult Show(ApiServices api, PortalPage page, PortalText text, string entity, DateOnly day, int status, Func<UnitPageView, UnitPageView> finish, IReadOnlyDictionary<string, UnitFieldView>? typed = null)
    {
        var view = UnitViews.Build(api, page.Entry, page.Served, page.Caller.Unit ?? "", page.Caller, entity, day, text, typed);
        return PortalRoutes.Page<UnitPage>(status, new { Text = text, SignedIn = text.Who(page.Caller.IsAdmin, page.Caller.Unit), View = finish(view) });
    }
}
