namespace Engine.Rules.Ledgers;

/// <summary>
/// A located problem: a rule-file error, a rejected figure row or a bad HTTP field are all this one shape,
/// so every entry point reports them the same way (as JSON through <see cref="ProblemJson"/>).
/// </summary>
/// <param name="Source">The file (or "request", "sheet") the problem is in.</param>
/// <param name="Line">1-based line (for figure files: header = line 1); 0 when unknown.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
/// <param name="Field">JSON path or column name that failed; empty when the whole input is at fault.</param>
/// <param name="Message">What is wrong, naming the value and the bound where there is one.</param>
public sealed record Problem(string Source, int Line, int Column, string Field, string Message)
{
    /// <summary>The target the problem belongs to, when it belongs to one.</summary>
    public string? TargetId { get; init; }

    /// <summary>The kind of problem, one of <see cref="ProblemCodes"/> (or a lint code for a lint warning).</summary>
    public string Code { get; init; } = ProblemCodes.Invalid;

    /// <summary>The message in Chinese, for what is written under <c>--lang zh</c>; null where only the English is written.</summary>
    public string? MessageZh { get; init; }

    /// <summary>The message in the language given; Chinese falls back to the English where no Chinese is written.</summary>
    public string MessageIn(Language lang) => lang == Language.Zh && MessageZh is not null ? MessageZh : Message;

    /// <summary>The problem as one line, <c>source:line:column [field] (target id): message</c>, leaving out what is unknown, as command-line output shows it.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? (Column > 0 ? $"{Source}:{Line}:{Column}" : $"{Source}:{Line}") : Source;
        var field = string.IsNullOrEmpty(Field) ? "" : $" [{Field}]";
        var target = TargetId is null ? "" : $" (target {TargetId})";
        return $"{where}{field}{target}: {Message}";
    }
}
