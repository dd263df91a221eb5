namespace Engine.Http.Store;

/// <summary>What one stored submission became: its id, the figures stored, and how many of them were new versions of a kept key.</summary>
internal sealed record StoreResult(long Submission, int Stored, int NewVersions);
