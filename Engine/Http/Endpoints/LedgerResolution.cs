using Engine.Http.Catalog;
using Engine.Output;
using Microsoft.AspNetCore.Http;

namespace Engine.Http.Endpoints;

/// <summary>Finds the ledger a route names and stamps the response with the revision and engine version.</summary>
internal static class LedgerResolution
{
    public static (LedgerState? State, IResult? Error) Serving(ApiServices api, string id, HttpResponse response)
    {
        if (!api.Catalog.TryGet(id, out var entry))
        {
            return (null, ApiProblems.NotFound($"no ledger \"{id}\"; GET /v1/ledgers lists them"));
        }

        var state = entry.State;
        if (!state.Serving)
        {
            return (null, ApiProblems.Unavailable($"ledger \"{id}\" has no valid revision to serve; GET /v1/ledgers/{id} shows its problems", state.Errors));
        }

        Stamp(response, state);
        return (state, null);
    }

    public static void Stamp(HttpResponse response, LedgerState state)
    {
        response.Headers["X-Engine-Version"] = EngineVersion.Current;
        if (state.Ledger is not null)
        {
            response.Headers["X-Rule-Revision"] = state.Ledger.Revision;
        }
    }
}
