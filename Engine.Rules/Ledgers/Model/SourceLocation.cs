namespace Engine.Rules.Ledgers;

/// <summary>Where a rule-file element was read from, so later checks (lint, engine errors) can point at it.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>No location: for elements made in code rather than read from a file.</summary>
    public static SourceLocation None { get; } = new("", 0, 0);

    /// <summary>The location as <c>file:line:column</c>, or the file alone when the line is unknown.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
