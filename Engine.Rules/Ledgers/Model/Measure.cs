namespace Engine.Rules.Ledgers;

/// <summary>A numbered measure (举措) that groups tasks.</summary>
public sealed record Measure(int No, string Name);
