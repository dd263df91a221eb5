using Engine.Http.Access;
using Microsoft.AspNetCore.Http;

namespace Engine.Http.Endpoints;

/// <summary>
/// The group filter for the API key: reads need what <see cref="AccessRules.CheckReader"/> asks, routes carrying
/// <see cref="SubmitKeyRequired"/> what <see cref="AccessRules.CheckSubmit"/> asks. It runs before the ledger is
/// resolved, so a caller without access learns nothing about which ledgers exist.
/// </summary>
internal sealed class AccessFilter(ApiServices api) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var submit = http.GetEndpoint()?.Metadata.GetMetadata<SubmitKeyRequired>() is not null;
        var (caller, denial) = submit ? AccessRules.CheckSubmit(http.Request, api.Keys.Current) : AccessRules.CheckReader(http.Request, api.Keys.Current);
        if (denial is not null)
        {
            return api.Denials.Refuse(http, null, denial);
        }

        LedgerCall.LetIn(http, caller!);
        return await next(context).ConfigureAwait(false);
    }
}

/// <summary>Route metadata: the route stores figures, so it needs a key that may submit, not just read.</summary>
internal sealed class SubmitKeyRequired;
