using Engine.Rules.Assessment;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Engine.Http.OpenApi;

/// <summary>
/// What the document says about the whole service: its title, the two ways to present a key (exactly as
/// <see cref="Access.AccessRules.Presented"/> reads them), and no servers: the framework would put the request's
/// Host header there, which a caller controls.
/// </summary>
internal sealed class DocumentFrame : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Ledger assessment engine",
            Version = EngineVersion.Current,
            Description = "Assess a ledger (台账) from figures, store figures, read assessments. Errors are application/problem+json. "
                + "A key is presented as Authorization: Bearer <key> or X-Api-Key: <key> (Bearer is read first when both are sent); "
                + "each operation's security says whether it needs one.",
        };

        // Relative to where the document was fetched from; never the Host header a caller sent.
        document.Servers = [];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal)
        {
            [ApiDocument.ApiKeyScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "X-Api-Key",
                Description = "An API key (ek_<id>_<secret>, made by 'engine keys add'); surrounding spaces are ignored.",
            },
            [ApiDocument.BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "The same API key as Authorization: Bearer <key> (the word Bearer in any case); it wins over X-Api-Key.",
            },
        };

        // The framework's own problem shapes are replaced by the engine's wherever they were used.
        document.Components.Schemas?.Remove("ProblemDetails");
        document.Components.Schemas?.Remove("HttpValidationProblemDetails");
        return Task.CompletedTask;
    }
}
