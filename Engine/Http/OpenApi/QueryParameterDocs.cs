using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.OpenApi;

namespace Engine.Http.OpenApi;

/// <summary>
/// What a route's query parameters mean and which values they take, for routes whose handlers bind them as plain
/// strings (so the refusal of a bad value is the engine's own 400, naming the field, not the framework's).
/// </summary>
internal static class QueryParameterDocs
{
    /// <summary>Describes each named query parameter; <c>values</c>, when given, become the parameter's enum.</summary>
    public static RouteHandlerBuilder DescribeQuery(this RouteHandlerBuilder route, params (string Name, string Description, IReadOnlyList<string>? Values, string? Format)[] parameters) =>
        route.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            foreach (var (name, description, values, format) in parameters)
            {
                var parameter = operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.In == ParameterLocation.Query && p.Name == name)
                    ?? throw new InvalidOperationException($"{operation.OperationId} has no query parameter \"{name}\" to describe");
                parameter.Description = description;
                if (parameter.Schema is OpenApiSchema schema)
                {
                    schema.Format = format ?? schema.Format;
                    if (values is not null)
                    {
                        schema.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
                    }
                }
            }

            return Task.CompletedTask;
        });
}
