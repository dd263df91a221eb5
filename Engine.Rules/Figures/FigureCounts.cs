namespace Engine.Rules.Figures;

/// <summary>Where every figure row went: read = used + superseded + after_as_of + rejected.</summary>
public sealed record FigureCounts(int Read, int Used, int Rejected, int Superseded, int AfterAsOf);
