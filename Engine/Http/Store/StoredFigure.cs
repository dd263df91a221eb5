namespace Engine.Http.Store;

/// <summary>One version of a submitted figure, as kept: who sent it and when.</summary>
internal sealed record StoredFigure(
    long Id, long Submission, string Entity, string Target, string AsOf, string Value, string? Unit,
    string? ReportedBy, string? Note, int Version, string SubmittedBy, DateTimeOffset StoredAt);
