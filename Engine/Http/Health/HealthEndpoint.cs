using Engine.Http.Access;
using Engine.Http.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Engine.Http.Health;

/// <summary>GET /healthz: the status for anyone (no key needed), the whole report for an admin key.</summary>
internal static class HealthEndpoint
{
    public static void Map(WebApplication app, ApiServices api) =>
        app.MapGet("/healthz", (HttpContext http) =>
        {
            // No key is needed, but a key that is presented must be valid: a caller with a wrong key is told so.
            var caller = AccessRules.Identify(http.Request, api.Keys.Current);
            if (caller is null)
            {
                return api.Denials.Refuse(http, null, Denial.Unauthenticated("the API key is not valid (/healthz answers without one, with the status alone)"));
            }

            var report = HealthReport.Take(api);
            return JsonAnswer.Of(caller.IsAdmin ? report.Full() : report.Brief(), report.HttpStatus);
        })
        .WithMetadata(new NoKeyRequired())
        .Produces<HealthDoc>(StatusCodes.Status200OK, "application/json")
        .Produces<HealthDoc>(StatusCodes.Status503ServiceUnavailable, "application/json")
        .WithName("Health")
        .WithSummary("ok, degraded or unavailable (503: no ledger serves a revision); an admin key also gets each ledger's revision and load errors, the store and the key file.");
}
