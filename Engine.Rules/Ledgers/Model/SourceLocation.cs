namespace Engine.Rules.Ledgers;

/// <summary>Where a rule-file element was read from, so later checks (lint, engine errors) can point at it.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation None { get; } = new("", 0, 0);

    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
