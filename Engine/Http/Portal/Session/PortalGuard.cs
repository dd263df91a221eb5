using Engine.Http.Access;
using Engine.Http.Portal.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Engine.Http.Portal.Session;

/// <summary>
/// The filter in front of every signed-in page of one ledger (<c>/portal/ledgers/{id}/…</c>): no session sends
/// the browser to sign in; a ledger that is unknown or serves nothing is a page saying so; the bureau's pages
/// (routes with <see cref="BureauOnly"/>) refuse unit keys with 403, logged as every denial is.
/// </summary>
internal sealed class PortalGuard(ApiServices api) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var text = PortalText.For(http.Request.Query["lang"]);
        var caller = PortalUser.Current(http.User, api.Keys.Current);
        if (caller is null)
        {
            return Results.Redirect(PortalRoutes.SignInFor(text));
        }

        var id = http.Request.RouteValues["id"] as string ?? "";
        if (!api.Catalog.TryGet(id, out var entry) || entry.State.Served is null)
        {
            return PortalRoutes.Page<MessagePage>(StatusCodes.Status404NotFound, new { Text = text, SignedIn = text.Who(caller.IsAdmin, caller.Unit), Message = text.NoLedger });
        }

        if (http.GetEndpoint()?.Metadata.GetMetadata<BureauOnly>() is not null && !caller.IsAdmin)
        {
            api.Denials.Record(http, caller, new Denial(StatusCodes.Status403Forbidden, "a unit key opened a bureau page"));
            return PortalRoutes.Page<MessagePage>(StatusCodes.Status403Forbidden, new { Text = text, SignedIn = text.Who(caller.IsAdmin, caller.Unit), Message = text.NotAllowed });
        }

        PortalPage.Set(http, caller, entry, entry.State, text);
        return await next(context).ConfigureAwait(false);
    }
}

/// <summary>Route metadata: only the admin key's session may open this page.</summary>
internal sealed class BureauOnly;
