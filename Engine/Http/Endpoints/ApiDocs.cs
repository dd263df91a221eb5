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

/// <summary>A refused row, in the one problem shape (<c>Engine.Rules.Ledgers.ProblemJson</c>).</summary>
internal sealed record RowProblemDoc(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("column")] int Column,
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("target")] string? Target);

/// <summary>Answer of POST /v1/ledgers/{id}/figures: what was stored, and every refused row with its reason.</summary>
internal sealed record SubmitAnswerDoc(
    [property: JsonPropertyName("ledger")] string Ledger,
    [property: JsonPropertyName("revision")] string Revision,
    [property: JsonPropertyName("engine")] string Engine,
    [property: JsonPropertyName("submission")] long Submission,
    [property: JsonPropertyName("read")] int Read,
    [property: JsonPropertyName("stored")] int Stored,
    [property: JsonPropertyName("new_versions")] int NewVersions,
    [property: JsonPropertyName("rejected")] IReadOnlyList<RowProblemDoc> Rejected,
    [property: JsonPropertyName("blank")] int Blank);

/// <summary>One stored version of a figure; a withdrawal is a version with <c>withdrawal</c> true, no value, and the id it <c>withdraws</c>.</summary>
internal sealed record FigureVersionDoc(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("entity")] string Entity,
    [property: JsonPropertyName("as_of")] string AsOf,
    [property: JsonPropertyName("value")] string? Value,
    [property: JsonPropertyName("unit")] string? Unit,
    [property: JsonPropertyName("reported_by")] string? ReportedBy,
    [property: JsonPropertyName("note")] string? Note,
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("submitted_by")] string SubmittedBy,
    [property: JsonPropertyName("stored_at")] string StoredAt,
    [property: JsonPropertyName("submission")] long Submission,
    [property: JsonPropertyName("withdrawal")] bool Withdrawal,
    [property: JsonPropertyName("withdraws")] long? Withdraws,
    [property: JsonPropertyName("withdrawn_by")] long? WithdrawnBy);

/// <summary>Answer of GET /v1/ledgers/{id}/figures: one page of versions; <c>next</c> is the cursor of the next page, null on the last.</summary>
internal sealed record HistoryAnswerDoc(
    [property: JsonPropertyName("ledger")] string Ledger,
    [property: JsonPropertyName("revision")] string Revision,
    [property: JsonPropertyName("engine")] string Engine,
    [property: JsonPropertyName("target")] string? Target,
    [property: JsonPropertyName("entity")] string? Entity,
    [property: JsonPropertyName("versions")] IReadOnlyList<FigureVersionDoc> Versions,
    [property: JsonPropertyName("limit")] int Limit,
    [property: JsonPropertyName("next")] string? Next);

/// <summary>Answer of POST /v1/ledgers/{id}/figures/{figure_id}/withdraw.</summary>
internal sealed record WithdrawAnswerDoc(
    [property: JsonPropertyName("ledger")] string Ledger,
    [property: JsonPropertyName("revision")] string Revision,
    [property: JsonPropertyName("engine")] string Engine,
    [property: JsonPropertyName("withdrawn")] FigureVersionDoc Withdrawn,
    [property: JsonPropertyName("withdrawal")] FigureVersionDoc Withdrawal,
    [property: JsonPropertyName("in_force")] FigureVersionDoc? InForce);

/// <summary>Optional body of POST /v1/ledgers/{id}/figures/{figure_id}/withdraw.</summary>
internal sealed record WithdrawRequestDoc([property: JsonPropertyName("reason")] string? Reason);
