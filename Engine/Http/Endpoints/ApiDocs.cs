using System.Text.Json.Serialization;

namespace Engine.Http.Endpoints;

// Shapes for the OpenAPI document only: bodies are read with Newtonsoft (exact decimals, line numbers). Only what a
// caller must send is `required`; a field left out takes its default, so clients generated from the document may omit it.

/// <summary>A figure as submitted: the fields of a figures file. <c>value</c> may be a JSON number or a numeric string.</summary>
internal sealed class FigureDoc
{
    [JsonPropertyName("target")]
    public required string Target { get; init; }

    [JsonPropertyName("as_of")]
    public required string AsOf { get; init; }

    [JsonPropertyName("value")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public required decimal Value { get; init; }

    [JsonPropertyName("unit")]
    public string? Unit { get; init; }

    [JsonPropertyName("entity")]
    public string? Entity { get; init; }

    [JsonPropertyName("reported_by")]
    public string? ReportedBy { get; init; }

    [JsonPropertyName("note")]
    public string? Note { get; init; }
}

/// <summary>Body of POST /v1/ledgers/{id}/evaluate in its object form (a bare array of figures is the other).</summary>
internal sealed class EvaluateRequestDoc
{
    [JsonPropertyName("figures")]
    public required IReadOnlyList<FigureDoc> Figures { get; init; }

    [JsonPropertyName("as_of")]
    public string? AsOf { get; init; }

    [JsonPropertyName("entity")]
    public string? Entity { get; init; }

    [JsonPropertyName("lang")]
    public string? Lang { get; init; }
}

/// <summary>Body of POST /v1/ledgers/{id}/figures in its object form (a bare array of figures is the other).</summary>
internal sealed class SubmitRequestDoc
{
    [JsonPropertyName("figures")]
    public required IReadOnlyList<FigureDoc> Figures { get; init; }
}

/// <summary>Optional body of POST /v1/ledgers/{id}/figures/{figure_id}/withdraw.</summary>
internal sealed class WithdrawRequestDoc
{
    /// <summary>Why the figure is withdrawn; kept as the withdrawal's note and in the audit.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }
}
