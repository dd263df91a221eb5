using Engine.Http.Access;
using Engine.Rules.Assessment;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Engine.Http.OpenApi;

/// <summary>
/// What the document says about the whole service: its title, the two ways to present a key (exactly as
/// <see cref="Access.AccessRules.Presented"/> reads them), and no servers: the framework would put the request's
/// Host header there, which a caller controls.
/// </summary>
internal sealed class DocumentFrame(ServeOptions options) : IOpenApiDocumentTransformer
{
    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
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
        var problem = await ProblemResponses.SchemaAsync(document, (type, cancel) => context.GetOrCreateSchemaAsync(type, null, cancel), cancellationToken).ConfigureAwait(false);
        document.Paths ??= [];
        document.Paths[ApiDocument.Route] = DocumentItself(problem);
    }

    /// <summary>
    /// This document, as an operation: the framework leaves its own route out of the description, and a caller
    /// should see that it needs no key (a key sent with it is not read).
    /// </summary>
    private OpenApiPathItem DocumentItself(IOpenApiSchema problem)
    {
        var responses = new OpenApiResponses
        {
            ["200"] = new OpenApiResponse
            {
                Description = "This document.",
                Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { ["application/json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object } } },
            },
            ["500"] = ProblemResponses.For(StatusCodes.Status500InternalServerError, problem),
        };
        if (RateLimits.On(options))
        {
            responses["429"] = ProblemResponses.For(StatusCodes.Status429TooManyRequests, problem);
        }

        var operation = new OpenApiOperation
        {
            OperationId = "GetApiDocument",
            Summary = "This OpenAPI document; no key needed.",
            Security = [new OpenApiSecurityRequirement()],
            Responses = responses,
        };
        return new OpenApiPathItem { Operations = new Dictionary<HttpMethod, OpenApiOperation> { [HttpMethod.Get] = operation } };
    }
}
