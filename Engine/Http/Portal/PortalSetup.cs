using Engine.Http.Portal.Session;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Engine.Http.Portal;

/// <summary>
/// The services the reporting pages need: server-rendered Razor components, a session cookie opened with a key,
/// and antiforgery tokens on every form. The API itself never reads the cookie: it takes keys in headers only, so
/// a page session cannot be used to call the API from another site.
/// </summary>
internal static class PortalSetup
{
    public const string SessionCookie = "engine-session";
    public const string FormCookie = "engine-form";

    public static void Add(IServiceCollection services, ServeOptions options, TimeProvider clock, Func<ApiServices?> api)
    {
        services.AddRazorComponents();
        // Chinese text is written as itself, not as character references: a third of the bytes, and readable source.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        // Sessions and form tokens are sealed with keys held in memory: a restart signs everyone out, and nothing
        // secret is written beside the engine. Several replicas each keep their own sessions.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddAntiforgery(form =>
        {
            form.Cookie.Name = FormCookie;
            form.Cookie.SameSite = SameSiteMode.Strict;
            form.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
        });
        services.AddAuthentication(PortalUser.Scheme).AddCookie(PortalUser.Scheme, session =>
        {
            session.Cookie.Name = SessionCookie;
            session.Cookie.HttpOnly = true;
            session.Cookie.SameSite = SameSiteMode.Strict;
            session.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            session.Cookie.Path = PortalRoutes.Root;
            session.ExpireTimeSpan = options.SessionIdle;
            session.SlidingExpiration = true;
            session.LoginPath = PortalRoutes.SignIn;
            session.TimeProvider = clock;
            session.Events.OnValidatePrincipal = async context =>
            {
                var services = api();
                if (services is null || PortalUser.Current(context.Principal, services.Keys.Current) is null)
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(PortalUser.Scheme).ConfigureAwait(false);
                }
            };
        });
        services.AddAuthorization();
    }
}
