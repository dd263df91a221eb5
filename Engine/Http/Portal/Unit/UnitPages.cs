using Engine.Http.Portal.Pages;
using Engine.Http.Portal.Session;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Engine.Http.Portal.Unit;

/// <summary>A unit's pages of one ledger: its tasks, what is due, the form to report figures, its history.</summary>
internal static class UnitPages
{
    public static void Map(RouteGroupBuilder ledger, ApiServices api)
    {
        _ = api;
        ledger.MapGet("/unit", (PortalPage page) =>
            PortalRoutes.Page<MessagePage>(StatusCodes.Status200OK, new { page.Text, page.SignedIn, Message = page.Entry.Id }));
    }
}
