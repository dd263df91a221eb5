using Engine.Http.Portal.Pages;
using Engine.Http.Portal.Session;
using Engine.Http.Portal.Unit;
using Engine.Rules.Ledgers;
using Microsoft.AspNetCore.Http;

namespace Engine.Http.Portal.Bureau;

/// <summary>
/// A unit's page as the unit sees it, opened by the bureau: the unit's own page (<see cref="UnitViews"/>,
/// <see cref="UnitPage"/>) built for that unit with no caller, read-only (no report form, no withdraw buttons).
/// The bureau keeps no second copy of that page.
/// </summary>
internal static class BureauUnitView
{
    public static IResult Page(PortalPage page, ApiServices api, string unit, string? entity)
    {
        var ledger = page.Served.Ledger;
        var canonical = ledger.Units.Canonical(unit.Trim());
        if (!Named(ledger, canonical))
        {
            return PortalRoutes.Page<MessagePage>(StatusCodes.Status404NotFound, new { page.Text, page.SignedIn, Message = new BureauText(page.Text).UnitNotInLedger });
        }

        var view = UnitViews.Build(api, page.Entry, page.Served, canonical, caller: null, UnitViews.EntityFor(ledger, null, entity), UnitViews.Today(api.Clock), page.Text);
        return PortalRoutes.Page<UnitPage>(StatusCodes.Status200OK, new { page.Text, page.SignedIn, View = view with { ReadOnly = true } });
    }

    /// <summary>Whether a task of the ledger names the unit (as lead or responsible), by canonical name.</summary>
    private static bool Named(Ledger ledger, string unit) => UnitViews.TasksOf(ledger, unit).Count > 0;
}
