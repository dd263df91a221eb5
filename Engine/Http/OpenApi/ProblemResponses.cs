using Engine.Http.Endpoints;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;

namespace Engine.Http.OpenApi;

/// <summary>The error answers of the document: application/problem+json, all referring to one component.</summary>
internal static class ProblemResponses
{
    public const string MediaType = "application/problem+json";

    /// <summary>A reference to the problem component, made from <see cref="ApiProblemDoc"/> the first time it is asked for.</summary>
    public static async Task<IOpenApiSchema> SchemaAsync(OpenApiDocument document, Func<Type, CancellationToken, Task<OpenApiSchema>> create, CancellationToken cancellationToken)
    {
        if (document.Components?.Schemas?.ContainsKey(ApiDocument.ProblemSchema) != true)
        {
            document.AddComponent(ApiDocument.ProblemSchema, await create(typeof(ApiProblemDoc), cancellationToken).ConfigureAwait(false));
        }

        return new OpenApiSchemaReference(ApiDocument.ProblemSchema, document);
    }

    public static Dictionary<string, OpenApiMediaType> Content(IOpenApiSchema problem) =>
        new(StringComparer.Ordinal) { [MediaType] = new() { Schema = problem } };

    public static OpenApiResponse For(int status, IOpenApiSchema problem) =>
        new() { Description = ReasonPhrases.GetReasonPhrase(status), Content = Content(problem) };
}
