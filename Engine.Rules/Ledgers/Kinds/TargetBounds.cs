namespace Engine.Rules.Ledgers;

/// <summary>The numbers a kind's met test reads, with defaults resolved (an about target's tolerance).</summary>
internal sealed record TargetBounds(decimal Value, decimal Value2, decimal Tolerance, bool Exclusive)
{
    public static TargetBounds Of(Target t) => new(t.Value ?? 0m, t.Value2 ?? 0m, t.EffectiveTolerance, t.Exclusive);
}
