using System.Globalization;
using Engine.Http.Access;
using Engine.Http.Portal.Pages;
using Engine.Http.Portal.Session;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Engine.Http.Portal;

/// <summary>
/// The reporting pages under <c>/portal</c>: sign in with a unit's (or the bureau's) key, then each ledger's pages.
/// Pages are not part of the API document; every form posts back here with an antiforgery token.
/// </summary>
internal static class PortalRoutes
{
    public const string Root = "/portal";
    public const string SignIn = Root + "/sign-in";
    public const string SignOut = Root + "/sign-out";
    public const string SignInLimit = "portal-sign-in";

    public static string SignInFor(PortalText text) => text.English ? SignIn + "?lang=en" : SignIn;

    /// <summary>A ledger's page for this caller: the bureau's for the admin key, the unit's for a unit key.</summary>
    public static string Home(string ledgerId, bool admin, PortalText text) =>
        $"{Root}/ledgers/{Uri.EscapeDataString(ledgerId)}/{(admin ? "bureau" : "unit")}{(text.English ? "?lang=en" : "")}";

    public static RazorComponentResult Page<TPage>(int status, object parameters)
        where TPage : IComponent =>
        new RazorComponentResult<TPage>(parameters) { StatusCode = status };

    /// <summary>Maps the pages; every page of one ledger goes through <see cref="PortalGuard"/>.</summary>
    public static RouteGroupBuilder Map(WebApplication app, ApiServices api)
    {
        var portal = app.MapGroup(Root).ExcludeFromDescription();
        portal.MapGet("/assets/{name}", (string name) => PortalAssets.Serve(name));
        portal.MapGet("/", (HttpContext http, [FromQuery] string? lang) => Start(http, api, PortalText.For(lang)));
        portal.MapGet("/sign-in", (HttpContext http, [FromQuery] string? lang) =>
            PortalUser.Current(http.User, api.Keys.Current) is { } caller
                ? Results.Redirect(Start(api, caller, PortalText.For(lang)))
                : Page<SignInPage>(StatusCodes.Status200OK, new { Text = PortalText.For(lang) }));
        portal.MapPost("/sign-in", ([FromForm] SignInForm form, HttpContext http) => SignInAsync(form, http, api))
            .RequireRateLimiting(SignInLimit);
        portal.MapPost("/sign-out", async ([FromForm] LanguageForm form, HttpContext http) =>
        {
            await http.SignOutAsync(PortalUser.Scheme).ConfigureAwait(false);
            return Results.Redirect(SignInFor(PortalText.For(form.Lang)), permanent: false);
        });
        var ledger = portal.MapGroup("/ledgers/{id}").AddEndpointFilter(new PortalGuard(api));
        Unit.UnitPages.Map(ledger, api);
        Bureau.BureauPages.Map(ledger, api);
        return ledger;
    }

    private static IResult Start(HttpContext http, ApiServices api, PortalText text) =>
        PortalUser.Current(http.User, api.Keys.Current) is { } caller ? Results.Redirect(Start(api, caller, text)) : Results.Redirect(SignInFor(text));

    /// <summary>Where a signed-in caller starts: the first ledger served (most engines serve one).</summary>
    private static string Start(ApiServices api, Caller caller, PortalText text)
    {
        var ledger = api.Catalog.Entries.FirstOrDefault(e => e.State.Served is not null) ?? api.Catalog.Entries.FirstOrDefault();
        return ledger is null ? SignInFor(text) : Home(ledger.Id, caller.IsAdmin, text);
    }

    private static async Task<IResult> SignInAsync(SignInForm form, HttpContext http, ApiServices api)
    {
        var text = PortalText.For(form.Lang);
        var key = form.Key?.Trim() ?? "";
        if (key.Length == 0)
        {
            return Page<SignInPage>(StatusCodes.Status400BadRequest, new { Text = text, Error = text.KeyMissing });
        }

        var caller = api.Keys.Current.Verify(key);
        if (caller is null)
        {
            api.Denials.Record(http, null, Denial.Unauthenticated("sign-in on the pages with a key that is not valid"));
            return Page<SignInPage>(StatusCodes.Status401Unauthorized, new { Text = text, Error = text.KeyNotValid });
        }

        await http.SignInAsync(PortalUser.Scheme, PortalUser.Principal(caller)).ConfigureAwait(false);
        return Results.Redirect(Start(api, caller, text));
    }

    /// <summary>What the rate limiter answers for a sign-in beyond the limit: the page again, asking to wait.</summary>
    public static Task RefuseSignInAsync(HttpContext http, TimeSpan? retry)
    {
        var seconds = (int)Math.Ceiling((retry ?? TimeSpan.FromMinutes(1)).TotalSeconds);
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var text = PortalText.For(http.Request.HasFormContentType ? http.Request.Form["lang"].ToString() : null);
        return Page<SignInPage>(StatusCodes.Status429TooManyRequests, new { Text = text, Error = text.TooManyAttempts(seconds) }).ExecuteAsync(http);
    }
}

/// <summary>The sign-in form: the key, and the page's language.</summary>
internal sealed class SignInForm
{
    public string? Key { get; set; }

    public string? Lang { get; set; }
}

/// <summary>A form that carries only the page's language (sign out).</summary>
internal sealed class LanguageForm
{
    public string? Lang { get; set; }
}
