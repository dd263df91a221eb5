using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Engine.Http.Access;

/// <summary>
/// Requests per window per key and per client address (ASP.NET Core's rate limiter), answered 429 as a problem.
/// A key's budget is taken only when the key verifies, so nobody can spend another unit's budget by sending its
/// key id with a wrong secret; such requests, and those without a key, count against their address only.
/// </summary>
internal static class RateLimits
{
    public static bool On(ServeOptions options) => options.RatePerKey > 0 || options.RatePerAddress > 0;

    /// <summary>
    /// The API's limits when they are on (<see cref="On"/>), and always the pages' sign-in limit per address: a
    /// key guessed through the sign-in form is refused like one guessed through the API.
    /// </summary>
    /// <param name="api">The services, built after the limiter is registered; read per request.</param>
    public static void Add(IServiceCollection services, ServeOptions options, Func<ApiServices?> api) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Portal.PortalRoutes.SignInLimit, http =>
                RateLimitPartition.GetFixedWindowLimiter("sign-in " + (http.Connection.RemoteIpAddress?.ToString() ?? "local"), _ => Window(options.SignInRate, options.RateWindow)));
            limiter.GlobalLimiter = !On(options) ? null : PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => options.RatePerAddress > 0
                    ? RateLimitPartition.GetFixedWindowLimiter("address " + (http.Connection.RemoteIpAddress?.ToString() ?? "local"), _ => Window(options.RatePerAddress, options.RateWindow))
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(http => options.RatePerKey > 0 && Caller(http, api()) is { IsAnonymous: false } caller
                    ? RateLimitPartition.GetFixedWindowLimiter("key " + caller.KeyId, _ => Window(options.RatePerKey, options.RateWindow))
                    : RateLimitPartition.GetNoLimiter("")));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (rejected, cancel) =>
            {
                var http = rejected.HttpContext;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                var services = api();
                if (http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Portal.PortalRoutes.SignInLimit)
                {
                    services?.Denials.Record(http, null, new Denial(StatusCodes.Status429TooManyRequests, $"too many sign-in attempts on the pages: {options.SignInRate} per address every {options.RateWindow.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s (--sign-in-rate)"));
                    await Portal.PortalRoutes.RefuseSignInAsync(http, rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : null).ConfigureAwait(false);
                    return;
                }

                var denial = new Denial(StatusCodes.Status429TooManyRequests, Describe(options));
                if (services is null)
                {
                    await ApiProblems.Refusal(denial, []).ExecuteAsync(http).ConfigureAwait(false);
                    return;
                }

                await services.Denials.Refuse(http, Caller(http, services), denial).ExecuteAsync(http).ConfigureAwait(false);
            };
        });

    private static string Describe(ServeOptions options)
    {
        var window = options.RateWindow.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        var limits = new List<string>();
        if (options.RatePerKey > 0)
        {
            limits.Add($"{options.RatePerKey} requests per key");
        }

        if (options.RatePerAddress > 0)
        {
            limits.Add($"{options.RatePerAddress} per client address");
        }

        return $"too many requests: the rate limit is {string.Join(" and ", limits)} every {window} s; see Retry-After";
    }

    private static Caller? Caller(HttpContext http, ApiServices? api) =>
        api is null || AccessRules.Presented(http.Request) is null ? null : AccessRules.Identify(http.Request, api.Keys.Current);

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true };
}
