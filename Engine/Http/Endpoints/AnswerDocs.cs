using System.Text.Json.Serialization;

namespace Engine.Http.Endpoints;

// Shapes of the answers, for the OpenAPI document only: the answers themselves are written by Newtonsoft
// (JsonAnswer, the engine's writers). A field the answer always carries is `required`, null or not.

/// <summary>One problem, in the one shape every answer and error uses (ProblemJson).</summary>
internal sealed class ProblemDoc
{
    [JsonPropertyName("file")]
    public required string File { get; init; }

    [JsonPropertyName("line")]
    public required int Line { get; init; }

    [JsonPropertyName("column")]
    public required int Column { get; init; }

    [JsonPropertyName("field")]
    public required string Field { get; init; }

    [JsonPropertyName("target")]
    public required string? Target { get; init; }

    [JsonPropertyName("reason")]
    public required string Reason { get; init; }

    [JsonPropertyName("code")]
    public required string Code { get; init; }
}

/// <summary>Every error answer (application/problem+json): RFC 9457 fields and the problems that caused it.</summary>
internal sealed class ApiProblemDoc
{
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("title")]
    public required string Title { get; init; }

    [JsonPropertyName("status")]
    public required int Status { get; init; }

    [JsonPropertyName("detail")]
    public string? Detail { get; init; }

    [JsonPropertyName("instance")]
    public string? Instance { get; init; }

    [JsonPropertyName("traceId")]
    public string? TraceId { get; init; }

    [JsonPropertyName("errors")]
    public required IReadOnlyList<ProblemDoc> Errors { get; init; }
}

/// <summary>A ledger in GET /v1/ledgers.</summary>
internal class LedgerSummaryDoc
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("title")]
    public required string? Title { get; init; }

    [JsonPropertyName("revision")]
    public required string? Revision { get; init; }

    [JsonPropertyName("engine")]
    public required string Engine { get; init; }

    [JsonPropertyName("valid")]
    public required bool Valid { get; init; }

    [JsonPropertyName("serving")]
    public required bool Serving { get; init; }

    [JsonPropertyName("tasks")]
    public required int Tasks { get; init; }

    [JsonPropertyName("targets")]
    public required int Targets { get; init; }

    [JsonPropertyName("problem_count")]
    public required int ProblemCount { get; init; }
}

/// <summary>GET /v1/ledgers/{id}: the summary, where it is read from, its period and the problems of its files.</summary>
internal sealed class LedgerDetailDoc : LedgerSummaryDoc
{
    [JsonPropertyName("folder")]
    public required string Folder { get; init; }

    [JsonPropertyName("loaded_at")]
    public required string LoadedAt { get; init; }

    [JsonPropertyName("period")]
    public required PeriodDoc? Period { get; init; }

    [JsonPropertyName("problems")]
    public required IReadOnlyList<ProblemDoc> Problems { get; init; }
}

internal sealed class PeriodDoc
{
    [JsonPropertyName("start")]
    public required string Start { get; init; }

    [JsonPropertyName("end")]
    public required string End { get; init; }
}

/// <summary>A target in GET /v1/ledgers/{id}/targets, every default resolved.</summary>
internal sealed class TargetDoc
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("task")]
    public required int Task { get; init; }

    [JsonPropertyName("metric")]
    public required string Metric { get; init; }

    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    [JsonPropertyName("nature")]
    public required string Nature { get; init; }

    [JsonPropertyName("value")]
    public required decimal? Value { get; init; }

    [JsonPropertyName("value2")]
    public required decimal? Value2 { get; init; }

    [JsonPropertyName("baseline")]
    public required decimal? Baseline { get; init; }

    [JsonPropertyName("unit")]
    public required string Unit { get; init; }

    [JsonPropertyName("integer")]
    public required bool Integer { get; init; }

    [JsonPropertyName("deadline")]
    public required string Deadline { get; init; }

    [JsonPropertyName("schedule")]
    public required string Schedule { get; init; }

    [JsonPropertyName("slack")]
    public required decimal Slack { get; init; }

    [JsonPropertyName("combine")]
    public required string Combine { get; init; }

    [JsonPropertyName("source")]
    public required string? Source { get; init; }

    [JsonPropertyName("exclusive")]
    public required bool Exclusive { get; init; }

    [JsonPropertyName("tolerance")]
    public required decimal? Tolerance { get; init; }

    [JsonPropertyName("note")]
    public required string? Note { get; init; }
}

/// <summary>The answer to POST /v1/ledgers/{id}/figures.</summary>
internal sealed class SubmitAnswerDoc
{
    [JsonPropertyName("ledger")]
    public required string Ledger { get; init; }

    [JsonPropertyName("revision")]
    public required string Revision { get; init; }

    [JsonPropertyName("engine")]
    public required string Engine { get; init; }

    /// <summary>Null when nothing was stored (every row blank).</summary>
    [JsonPropertyName("submission")]
    public required long? Submission { get; init; }

    [JsonPropertyName("read")]
    public required int Read { get; init; }

    [JsonPropertyName("stored")]
    public required int Stored { get; init; }

    [JsonPropertyName("new_versions")]
    public required int NewVersions { get; init; }

    [JsonPropertyName("rejected")]
    public required IReadOnlyList<ProblemDoc> Rejected { get; init; }

    [JsonPropertyName("blank")]
    public required int Blank { get; init; }
}

/// <summary>The answer to GET /v1/ledgers/{id}/figures.</summary>
internal sealed class FigureHistoryDoc
{
    [JsonPropertyName("ledger")]
    public required string Ledger { get; init; }

    [JsonPropertyName("revision")]
    public required string Revision { get; init; }

    [JsonPropertyName("engine")]
    public required string Engine { get; init; }

    [JsonPropertyName("target")]
    public required string? Target { get; init; }

    [JsonPropertyName("entity")]
    public required string? Entity { get; init; }

    [JsonPropertyName("versions")]
    public required IReadOnlyList<StoredFigureDoc> Versions { get; init; }

    /// <summary>The page size used.</summary>
    [JsonPropertyName("limit")]
    public required int Limit { get; init; }

    /// <summary>The cursor of the next page (pass it as <c>cursor</c>); null on the last page.</summary>
    [JsonPropertyName("next")]
    public required string? Next { get; init; }
}

/// <summary>The answer to POST /v1/ledgers/{id}/figures/{figure_id}/withdraw.</summary>
internal sealed class WithdrawAnswerDoc
{
    [JsonPropertyName("ledger")]
    public required string Ledger { get; init; }

    [JsonPropertyName("revision")]
    public required string Revision { get; init; }

    [JsonPropertyName("engine")]
    public required string Engine { get; init; }

    [JsonPropertyName("withdrawn")]
    public required StoredFigureDoc Withdrawn { get; init; }

    [JsonPropertyName("withdrawal")]
    public required StoredFigureDoc Withdrawal { get; init; }

    /// <summary>The version in force again, or null when none is.</summary>
    [JsonPropertyName("in_force")]
    public required StoredFigureDoc? InForce { get; init; }
}

/// <summary>One stored version of a figure; a withdrawal is a version with <c>withdrawal</c> true, no value, and the id it <c>withdraws</c>.</summary>
internal sealed class StoredFigureDoc
{
    /// <summary>The version's stable id, for withdrawing it.</summary>
    [JsonPropertyName("id")]
    public required long Id { get; init; }

    [JsonPropertyName("target")]
    public required string Target { get; init; }

    [JsonPropertyName("entity")]
    public required string Entity { get; init; }

    [JsonPropertyName("as_of")]
    public required string AsOf { get; init; }

    /// <summary>The value as stored: its exact decimal text; null on a withdrawal.</summary>
    [JsonPropertyName("value")]
    public required string? Value { get; init; }

    [JsonPropertyName("unit")]
    public required string? Unit { get; init; }

    [JsonPropertyName("reported_by")]
    public required string? ReportedBy { get; init; }

    [JsonPropertyName("note")]
    public required string? Note { get; init; }

    [JsonPropertyName("version")]
    public required int Version { get; init; }

    [JsonPropertyName("submitted_by")]
    public required string SubmittedBy { get; init; }

    [JsonPropertyName("stored_at")]
    public required string StoredAt { get; init; }

    [JsonPropertyName("submission")]
    public required long Submission { get; init; }

    [JsonPropertyName("withdrawal")]
    public required bool Withdrawal { get; init; }

    /// <summary>On a withdrawal: the id of the version it withdraws.</summary>
    [JsonPropertyName("withdraws")]
    public required long? Withdraws { get; init; }

    /// <summary>The id of the withdrawal that took this version out of force, if any.</summary>
    [JsonPropertyName("withdrawn_by")]
    public required long? WithdrawnBy { get; init; }
}

/// <summary>
/// The assessment as JSON (POST evaluate, GET assessment with format=json): the CLI's contract. Its task and
/// target entries are described as objects here; their keys are the CLI's, documented in the README.
/// </summary>
internal sealed class AssessmentDoc
{
    [JsonPropertyName("ledger")]
    public required string Ledger { get; init; }

    [JsonPropertyName("revision")]
    public required string Revision { get; init; }

    [JsonPropertyName("engine")]
    public required string Engine { get; init; }

    [JsonPropertyName("semantics")]
    public required int Semantics { get; init; }

    [JsonPropertyName("as_of")]
    public required string AsOf { get; init; }

    /// <summary>Present when the entities were assessed as of different dates.</summary>
    [JsonPropertyName("as_of_dates")]
    public IReadOnlyList<string>? AsOfDates { get; init; }

    [JsonPropertyName("figures")]
    public required FigureCountsDoc Figures { get; init; }

    [JsonPropertyName("rejected")]
    public required IReadOnlyList<RejectedFigureDoc> Rejected { get; init; }

    [JsonPropertyName("assessments")]
    public required IReadOnlyList<EntityAssessmentDoc> Assessments { get; init; }
}

internal sealed class FigureCountsDoc
{
    [JsonPropertyName("read")]
    public required int Read { get; init; }

    [JsonPropertyName("used")]
    public required int Used { get; init; }

    [JsonPropertyName("rejected")]
    public required int Rejected { get; init; }

    [JsonPropertyName("superseded")]
    public required int Superseded { get; init; }

    [JsonPropertyName("after_as_of")]
    public required int AfterAsOf { get; init; }

    [JsonPropertyName("blank")]
    public required int Blank { get; init; }
}

/// <summary>A figure the assessment could not use, and why.</summary>
internal sealed class RejectedFigureDoc
{
    [JsonPropertyName("line")]
    public required int Line { get; init; }

    [JsonPropertyName("reason")]
    public required string Reason { get; init; }

    [JsonPropertyName("file")]
    public required string File { get; init; }

    [JsonPropertyName("field")]
    public required string Field { get; init; }
}

/// <summary>One entity's assessment: counts of tasks per status, and every task with its targets.</summary>
internal sealed class EntityAssessmentDoc
{
    [JsonPropertyName("entity")]
    public required string Entity { get; init; }

    [JsonPropertyName("as_of")]
    public required string AsOf { get; init; }

    [JsonPropertyName("summary")]
    public required IReadOnlyDictionary<string, int> Summary { get; init; }

    [JsonPropertyName("tasks")]
    public required IReadOnlyList<System.Text.Json.Nodes.JsonObject> Tasks { get; init; }
}

/// <summary>
/// GET /healthz. Anonymous callers and unit keys get <c>status</c> alone; an admin key gets the rest: what is
/// serving, what failed and why.
/// </summary>
internal sealed class HealthDoc
{
    /// <summary>ok, degraded (serving, but something failed), rule_revisions_differ (another live replica of the shared store serves a different revision of a ledger; still 200) or unavailable (no ledger serves a revision; status 503).</summary>
    [JsonPropertyName("status")]
    public required string Status { get; init; }

    [JsonPropertyName("engine")]
    public string? Engine { get; init; }

    [JsonPropertyName("ledgers")]
    public IReadOnlyList<LedgerHealthDoc>? Ledgers { get; init; }

    [JsonPropertyName("store")]
    public StoreHealthDoc? Store { get; init; }

    /// <summary>This replica's name (--replica), under which it reports its revisions to a shared store.</summary>
    [JsonPropertyName("replica")]
    public string? Replica { get; init; }

    /// <summary>Other replicas heard within 90 s serving a different revision of a ledger; always empty on SQLite.</summary>
    [JsonPropertyName("other_replicas_differing")]
    public IReadOnlyList<ReplicaDifferingDoc>? OtherReplicasDiffering { get; init; }

    [JsonPropertyName("keys")]
    public KeyFileHealthDoc? Keys { get; init; }

    /// <summary>What failed, one line each; empty when the status is ok.</summary>
    [JsonPropertyName("failures")]
    public IReadOnlyList<string>? Failures { get; init; }
}

internal sealed class LedgerHealthDoc
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("serving")]
    public required bool Serving { get; init; }

    /// <summary>The revision served; null when none is.</summary>
    [JsonPropertyName("revision")]
    public required string? Revision { get; init; }

    /// <summary>False when the files on disk do not load (the last good revision, if any, keeps serving).</summary>
    [JsonPropertyName("valid")]
    public required bool Valid { get; init; }

    [JsonPropertyName("loaded_at")]
    public required string LoadedAt { get; init; }

    /// <summary>Why the last load failed, with file and line; empty when it did not.</summary>
    [JsonPropertyName("load_errors")]
    public required IReadOnlyList<ProblemDoc> LoadErrors { get; init; }
}

internal sealed class ReplicaDifferingDoc
{
    [JsonPropertyName("replica")]
    public required string Replica { get; init; }

    [JsonPropertyName("ledger")]
    public required string Ledger { get; init; }

    /// <summary>The revision the other replica serves.</summary>
    [JsonPropertyName("revision")]
    public required string Revision { get; init; }

    [JsonPropertyName("this_replica_serves")]
    public required string? ThisReplicaServes { get; init; }

    [JsonPropertyName("seen_at")]
    public required string SeenAt { get; init; }
}

internal sealed class StoreHealthDoc
{
    /// <summary>The SQLite file, or the PostgreSQL database (without its password).</summary>
    [JsonPropertyName("path")]
    public required string Path { get; init; }

    [JsonPropertyName("reachable")]
    public required bool Reachable { get; init; }

    [JsonPropertyName("submissions")]
    public required long? Submissions { get; init; }

    [JsonPropertyName("error")]
    public required string? Error { get; init; }
}

internal sealed class KeyFileHealthDoc
{
    [JsonPropertyName("path")]
    public required string Path { get; init; }

    /// <summary>absent, read, gone-keeping-last-good, broken-keeping-last-good or broken-refusing-all.</summary>
    [JsonPropertyName("state")]
    public required string State { get; init; }

    [JsonPropertyName("keys")]
    public required int Keys { get; init; }

    [JsonPropertyName("public_reads")]
    public required bool PublicReads { get; init; }

    [JsonPropertyName("error")]
    public required string? Error { get; init; }
}
