using System.Text.Json.Serialization;

namespace Engine.Http.Endpoints;

// Shapes for the OpenAPI document only: bodies are read with Newtonsoft (exact decimals, line numbers).

/// <summary>A figure as submitted: the fields of a figures file. <c>value</c> may be a JSON number or a numeric string.</summary>
internal sealed record FigureDoc(
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("as_of")] string AsOf,
    [property: JsonPropertyName("value")] decimal Value,
    [property: JsonPropertyName("unit")] string? Unit,
    [property: JsonPropertyName("entity")] string? Entity,
    [property: JsonPropertyName("reported_by")] string? ReportedBy,
    [property: JsonPropertyName("note")] string? Note);

/// <summary>Body of POST /v1/ledgers/{id}/evaluate.</summary>
internal sealed record EvaluateRequestDoc(
    [property: JsonPropertyName("as_of")] string? AsOf,
    [property: JsonPropertyName("figures")] IReadOnlyList<FigureDoc> Figures,
    [property: JsonPropertyName("lang")] string? Lang);

/// <summary>Body of POST /v1/ledgers/{id}/figures.</summary>
internal sealed record SubmitRequestDoc([property: JsonPropertyName("figures")] IReadOnlyList<FigureDoc> Figures);
