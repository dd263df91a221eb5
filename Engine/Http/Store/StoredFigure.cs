namespace Engine.Http.Store;

/// <summary>One version of a submitted figure, as kept: who sent it and when.</summary>
internal sealed record StoredFigure(
    long Id, long Submission, string Entity, string Target, string AsOf, string Value, string? Unit,
    string? ReportedBy, string? Note, int Version, string SubmittedBy, DateTimeOffset StoredAt)
{
    /// <summary>On a withdrawal: the id of the version it withdraws; null on a submitted value.</summary>
    public long? Withdraws { get; init; }

    /// <summary>The id of the withdrawal that withdrew this version; null while it was not withdrawn.</summary>
    public long? WithdrawnBy { get; init; }

    /// <summary>The unit whose key stored this version; null for an admin key.</summary>
    public string? SubmitterUnit { get; init; }
}
