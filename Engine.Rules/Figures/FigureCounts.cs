namespace Engine.Rules.Figures;

/// <summary>Where every figure row went: read = used + superseded + after_as_of + rejected + blank.</summary>
public sealed record FigureCounts(int Read, int Used, int Rejected, int Superseded, int AfterAsOf)
{
    /// <summary>Rows with neither a value nor a date (unfilled template lines), skipped and counted.</summary>
    public int Blank { get; init; }
}
