using Engine.Output;
using Microsoft.AspNetCore.Http;

namespace Engine.Http;

/// <summary>
/// Headers on every answer: no content sniffing, no referrer; and on HTML (the report) a Content-Security-Policy
/// that allows nothing but the page's own style block, so text from a figure can never run or load anything.
/// </summary>
internal static class SecurityHeaders
{
    public static string HtmlPolicy { get; } = $"default-src 'self'; style-src {HtmlReportWriter.StyleHash}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>
    /// The pages under /portal: their style sheet from the engine (and the report's own style block, which the
    /// bureau's page shows), forms posting back to the engine only, no script, no frames.
    /// </summary>
    public static string PortalPolicy { get; } = $"default-src 'none'; style-src 'self' {HtmlReportWriter.StyleHash}; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static Task Add(HttpContext context, Func<Task> next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                var page = context.Request.Path.StartsWithSegments(Portal.PortalRoutes.Root, StringComparison.Ordinal);
                headers.ContentSecurityPolicy = page ? PortalPolicy : HtmlPolicy;
                if (page)
                {
                    // A signed-in page shows one unit's figures: no shared or browser cache keeps it after sign-out.
                    headers.CacheControl = "no-store";
                }
            }

            return Task.CompletedTask;
        });
        return next();
    }
}
