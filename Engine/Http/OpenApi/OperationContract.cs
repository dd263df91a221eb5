using Engine.Http.Access;
using Engine.Http.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;

namespace Engine.Http.OpenApi;

/// <summary>
/// Completes each operation from its route's metadata: who may call it (security), every error it can answer
/// (as problem+json, from the checks the route passes), both forms of a figures body, and a schema for every
/// answer format. A route that names no key policy stops the document: describing it as open or closed would be a guess.
/// </summary>
internal sealed partial class OperationContract(ServeOptions options, Func<ApiServices?> api) : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        bool Has<T>() => metadata.OfType<T>().Any();
        var document = context.Document ?? throw new InvalidOperationException("the operation transformer ran without its document");
        var route = $"{context.Description.HttpMethod} /{context.Description.RelativePath}";

        var need = Has<SubmitKeyRequired>() ? KeyNeed.Submit : Has<ReadKeyRequired>() ? KeyNeed.Read : Has<NoKeyRequired>() ? KeyNeed.Optional
            : throw new InvalidOperationException($"{route} declares no key policy (SubmitKeyRequired, ReadKeyRequired or NoKeyRequired)");
        operation.Security = Security(need, document);
        DeclareRouteParameters(operation, context.Description.RelativePath ?? "");

        // What every route can answer, then what the checks it passes can answer.
        var refusals = new List<int> { StatusCodes.Status401Unauthorized, StatusCodes.Status500InternalServerError };
        if (need == KeyNeed.Submit)
        {
            refusals.Add(StatusCodes.Status403Forbidden);
        }

        if (Has<LedgerResolved>())
        {
            refusals.Add(StatusCodes.Status404NotFound);
            if (!Has<AnyLedgerState>())
            {
                refusals.Add(StatusCodes.Status503ServiceUnavailable);
            }
        }

        if (operation.RequestBody is not null)
        {
            refusals.AddRange([StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType]);
        }

        if (RateLimits.On(options))
        {
            refusals.Add(StatusCodes.Status429TooManyRequests);
        }

        var problem = await ProblemResponses.SchemaAsync(document, (type, cancel) => context.GetOrCreateSchemaAsync(type, null, cancel), cancellationToken).ConfigureAwait(false);
        operation.Responses ??= [];
        foreach (var status in refusals)
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!operation.Responses.TryGetValue(key, out var existing))
            {
                operation.Responses[key] = ProblemResponses.For(status, problem);
            }
            else if (existing is OpenApiResponse response && (response.Content is null || response.Content.Count == 0))
            {
                response.Content = ProblemResponses.Content(problem);
            }
        }

        foreach (var response in operation.Responses.Values.OfType<OpenApiResponse>())
        {
            if (response.Content is null)
            {
                continue;
            }

            foreach (var (mediaType, content) in response.Content)
            {
                // Every problem+json answer is the engine's problem shape, whatever the route declared.
                if (mediaType == ProblemResponses.MediaType)
                {
                    content.Schema = problem;
                }
                else if (!IsJson(mediaType))
                {
                    // A CSV or HTML answer is text, a workbook is bytes: not the JSON shape declared beside them.
                    content.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = mediaType.StartsWith("text/", StringComparison.Ordinal) ? null : "binary" };
                }
            }
        }

        if (Has<FigureBodyForms>())
        {
            OfferBareArray(operation, document);
        }
    }

    /// <summary>
    /// Every {name} of the route as a path parameter: handlers read the ledger id through the group's filters, not a
    /// bound parameter, so the framework does not declare it.
    /// </summary>
    private static void DeclareRouteParameters(OpenApiOperation operation, string template)
    {
        foreach (System.Text.RegularExpressions.Match match in RouteParameter().Matches(template))
        {
            var name = match.Groups[1].Value;
            operation.Parameters ??= [];
            if (operation.Parameters.Any(p => p.In == ParameterLocation.Path && p.Name == name))
            {
                continue;
            }

            // Path parameters first, in the route's order: generated clients take them as their first arguments.
            operation.Parameters.Insert(operation.Parameters.Count(p => p.In == ParameterLocation.Path), new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Path,
                Required = true,
                Description = name == "id" ? "The ledger's id (GET /v1/ledgers lists them)." : null,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}")]
    private static partial System.Text.RegularExpressions.Regex RouteParameter();

    private List<OpenApiSecurityRequirement> Security(KeyNeed need, OpenApiDocument document)
    {
        var apiKey = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiDocument.ApiKeyScheme, document)] = [] };
        var bearer = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiDocument.BearerScheme, document)] = [] };

        // An empty requirement is the anonymous alternative: reads offer it only while the key file leaves them open.
        var anonymous = new OpenApiSecurityRequirement();
        var readsOpen = api()?.Keys.Current is { } keys && (!keys.Exists || keys.PublicReads);
        return need switch
        {
            KeyNeed.Optional => [anonymous, apiKey, bearer],
            KeyNeed.Read when readsOpen => [anonymous, apiKey, bearer],
            _ => [apiKey, bearer],
        };
    }

    /// <summary>The body as declared (the object with "figures") or a bare array of figures: FigureBody takes both.</summary>
    private static void OfferBareArray(OpenApiOperation operation, OpenApiDocument document)
    {
        if (operation.RequestBody?.Content?.TryGetValue("application/json", out var json) != true || json!.Schema is not { } objectForm)
        {
            throw new InvalidOperationException($"{operation.OperationId} takes a figures body but declares no application/json body (Accepts<T>)");
        }

        json.Schema = new OpenApiSchema
        {
            OneOf =
            [
                objectForm,
                new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchemaReference(ApiDocument.FigureSchema, document) },
            ],
        };
    }

    private static bool IsJson(string mediaType) =>
        mediaType.StartsWith("application/json", StringComparison.Ordinal) || mediaType.Contains("+json", StringComparison.Ordinal);

    private enum KeyNeed
    {
        Optional,
        Read,
        Submit,
    }
}
