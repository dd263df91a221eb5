using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Engine.Http.OpenApi;

/// <summary>
/// The OpenAPI document served at <see cref="Route"/>, made from the routes' metadata when it is asked for: a
/// route is described by what it declares (its key marker, <c>Produces</c>, <c>Accepts</c>, the group it is in),
/// so a route added later is documented without a hand-kept list.
/// </summary>
internal static class ApiDocument
{
    public const string Route = "/openapi/v1.json";

    /// <param name="api">The services, built after the document is registered; read per request (reads may be open or not).</param>
    public static void Add(IServiceCollection services, ServeOptions options, Func<ApiServices?> api)
    {
        // The schemas are made with the framework's JSON options, whose web defaults would describe every number as
        // "number or numeric string"; the engine writes numbers as numbers. (Where a string is accepted, the shape says so.)
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        services.AddOpenApi(o =>
        {
            o.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
            o.CreateSchemaReferenceId = ComponentName;
            o.AddSchemaTransformer(ExactDecimals);
            o.AddOperationTransformer(new OperationContract(options, api));
            o.AddDocumentTransformer(new DocumentFrame(options));
        });
    }

    /// <summary>
    /// Figures are exact decimals: the framework calls them "double", which a generated client would read into a
    /// binary float. "decimal" is the format clients map to an exact type.
    /// </summary>
    private static Task ExactDecimals(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(decimal) || context.JsonTypeInfo.Type == typeof(decimal?))
        {
            schema.Format = "decimal";
        }

        return Task.CompletedTask;
    }

    /// <summary>"FigureDoc" is a C# name; the document says "Figure". A free-form object stays inline.</summary>
    private static string? ComponentName(JsonTypeInfo type)
    {
        if (type.Type == typeof(JsonObject))
        {
            return null;
        }

        var id = OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        return id is { Length: > 3 } && id.EndsWith("Doc", StringComparison.Ordinal) ? id[..^3] : id;
    }

    /// <summary>The component every problem+json answer refers to.</summary>
    public const string ProblemSchema = "ApiProblem";

    public const string FigureSchema = "Figure";

    public const string ApiKeyScheme = "ApiKey";

    public const string BearerScheme = "Bearer";
}
