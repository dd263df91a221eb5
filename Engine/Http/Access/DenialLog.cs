using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Engine.Http.Access;

/// <summary>
/// Every refused request, logged (who: the key's unit or "anonymous"; the route; why; never the key) and counted
/// on the <c>engine.http.denied</c> counter, so probing and misconfigured clients show up.
/// </summary>
internal sealed class DenialLog(ILogger log, Meter meter)
{
    public const string MeterName = "Engine.Http";
    public const string CounterName = "engine.http.denied";

    private readonly Counter<long> _denied = meter.CreateCounter<long>(CounterName, unit: "{request}", description: "Requests refused with 401, 403 or 429.");

    /// <summary>Logs and counts the denial, and answers it as a problem.</summary>
    public IResult Refuse(HttpContext http, Caller? caller, Denial denial, IEnumerable<Engine.Rules.Ledgers.Problem>? problems = null)
    {
        Record(http, caller, denial);
        return ApiProblems.Refusal(denial, problems ?? []);
    }

    public void Record(HttpContext http, Caller? caller, Denial denial)
    {
        var who = caller is null || caller.IsAnonymous ? "anonymous" : caller.IsAdmin ? "admin" : caller.Unit!;
        var route = Route(http);
        log.LogWarning("denied {Status} {Who} {Route}: {Reason}", denial.Status, who, route, denial.Reason);
        _denied.Add(1, new KeyValuePair<string, object?>("status", denial.Status), new KeyValuePair<string, object?>("route", route));
    }

    /// <summary>The method and route template, not the raw path: the template cannot carry what a caller typed.</summary>
    private static string Route(HttpContext http) =>
        $"{http.Request.Method} {(http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)"}";
}
