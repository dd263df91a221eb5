using Engine.Http.Portal.Pages;
using Engine.Http.Portal.Session;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Engine.Http.Portal;

/// <summary>
/// A page form posted without a valid antiforgery token (left open past a restart, which forgets the token keys,
/// or sent from elsewhere) is refused by the framework with a bare 400; on the pages it is answered with a page
/// saying so and a link back to the page the form was on, instead of the API's problem document. Nothing was done.
/// </summary>
internal static class FormExpired
{
    /// <summary>Whether this answer is the refusal of a /portal form for its token.</summary>
    public static bool Applies(HttpContext http) =>
        http.Request.Path.StartsWithSegments(PortalRoutes.Root) && HttpMethods.IsPost(http.Request.Method)
        && http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false };

    public static Task WriteAsync(HttpContext http, ApiServices api)
    {
        // A form whose token failed may not be read at all (the framework refuses, so nothing of it can be used by
        // mistake): the page's language is taken from the address only, Chinese otherwise.
        var lang = http.Request.Query["lang"].ToString();
        var text = PortalText.For(lang);
        var caller = PortalUser.Current(http.User, api.Keys.Current);
        var back = Back(http.Request.Path.Value ?? "");
        back += text.English ? "?lang=en" : "";
        return PortalRoutes.Page<FormExpiredPage>(StatusCodes.Status400BadRequest, new { Text = text, SignedIn = caller is null ? null : text.Who(caller.IsAdmin, caller.Unit), Back = back })
            .ExecuteAsync(http);
    }

    /// <summary>The page a form of this path is on: a ledger's unit or bureau page, else the start (which sends to sign-in when needed).</summary>
    private static string Back(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 4 && parts[1] == "ledgers" && parts[3] is "unit" or "bureau"
            ? $"{PortalRoutes.Root}/ledgers/{parts[2]}/{parts[3]}"
            : PortalRoutes.Root;
    }
}
