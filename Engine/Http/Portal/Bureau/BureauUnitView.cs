using Engine.Http.Portal.Pages;
using Engine.Http.Portal.Session;
using Engine.Rules.Ledgers;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace Engine.Http.Portal.Bureau;

/// <summary>
/// A unit's page as the unit sees it, opened by the bureau: read-only (no report form, no withdraw buttons). The
/// unit's page draws it (<see cref="Content"/>, the one seam to it): the bureau does not keep a second copy of that page.
/// </summary>
internal static class BureauUnitView
{
    public static IResult Page(PortalPage page, ApiServices api, string unit)
    {
        var ledger = page.Served.Ledger;
        var words = new BureauText(page.Text);
        var canonical = ledger.Units.Canonical(unit.Trim());
        var filter = BureauFilter.Read(page, api, null, null);
        var links = BureauLinks.For(page.Entry.Id, filter, page.Text);
        if (!Named(ledger, canonical))
        {
            return PortalRoutes.Page<BureauUnitPage>(StatusCodes.Status404NotFound, new { page.Text, page.SignedIn, Unit = canonical, Links = links, Message = words.UnitNotInLedger });
        }

        return PortalRoutes.Page<BureauUnitPage>(StatusCodes.Status200OK, new
        {
            page.Text,
            page.SignedIn,
            Unit = canonical,
            Links = links,
            Content = Content(page, api, canonical, filter),
            Message = words.UnitPagePending,
        });
    }

    /// <summary>
    /// The unit's page content, drawn read-only by the unit's page (branch portal-unit, Engine/Http/Portal/Unit):
    /// null until that page is merged, when this becomes its read-only rendering of <paramref name="unit"/>.
    /// </summary>
    private static RenderFragment? Content(PortalPage page, ApiServices api, string unit, BureauFilter filter)
    {
        _ = (page, api, unit, filter);
        return null;
    }

    /// <summary>Whether a task of the ledger names the unit (as lead or responsible), by canonical name.</summary>
    private static bool Named(Ledger ledger, string unit) =>
        ledger.Tasks.Any(t => t.Lead.Concat(t.Responsible).Any(u => string.Equals(ledger.Units.Canonical(u), unit, StringComparison.Ordinal)));
}
