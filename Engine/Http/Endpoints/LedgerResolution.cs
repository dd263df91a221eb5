using Engine.Http.Catalog;
using Engine.Output;
using Engine.Rules.Assessment;
using Microsoft.AspNetCore.Http;

namespace Engine.Http.Endpoints;

/// <summary>
/// The group filter that finds the ledger a route names (404 when none, 503 when it serves no revision unless the
/// route carries <see cref="AnyLedgerState"/>) and stamps the response with the revision and engine version.
/// </summary>
internal sealed class LedgerResolution(ApiServices api) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var id = http.Request.RouteValues["id"] as string ?? "";
        var anyState = http.GetEndpoint()?.Metadata.GetMetadata<AnyLedgerState>() is not null;
        if (!api.Catalog.TryGet(id, out var entry))
        {
            return ApiProblems.NotFound(anyState ? $"no ledger \"{id}\"" : $"no ledger \"{id}\"; GET /v1/ledgers lists them");
        }

        var state = entry.State;
        if (state.Served is null && !anyState)
        {
            return ApiProblems.Unavailable($"ledger \"{id}\" has no valid revision to serve; GET /v1/ledgers/{id} shows its problems", state.FileProblems);
        }

        Stamp(http.Response, state);
        LedgerCall.Resolve(http, entry, state);
        return await next(context).ConfigureAwait(false);
    }

    private static void Stamp(HttpResponse response, LedgerState state)
    {
        response.Headers["X-Engine-Version"] = EngineVersion.Current;
        if (state.Served is { } served)
        {
            response.Headers["X-Rule-Revision"] = served.Ledger.Revision;
        }
    }
}

/// <summary>Route metadata: the handler takes the ledger in whatever state it is (the ledger's own page shows its problems).</summary>
internal sealed class AnyLedgerState;

/// <summary>Route metadata: the route passes <see cref="LedgerResolution"/> (404 for no such ledger, 503 for one serving nothing).</summary>
internal sealed class LedgerResolved;
