using Engine.Http.Portal.Pages;
using Engine.Http.Portal.Session;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Engine.Http.Portal.Bureau;

/// <summary>The bureau's pages of one ledger (admin key): the live report, who has not reported, downloads, the audit trail.</summary>
internal static class BureauPages
{
    public static void Map(RouteGroupBuilder ledger, ApiServices api)
    {
        _ = api;
        ledger.MapGet("/bureau", (PortalPage page) =>
            PortalRoutes.Page<MessagePage>(StatusCodes.Status200OK, new { page.Text, page.SignedIn, Message = page.Entry.Id }))
            .WithMetadata(new BureauOnly());
    }
}
