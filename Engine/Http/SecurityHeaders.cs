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

    public static Task Add(HttpContext context, Func<Task> next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                headers.ContentSecurityPolicy = HtmlPolicy;
            }

            return Task.CompletedTask;
        });
        return next();
    }
}
