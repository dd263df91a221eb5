namespace Engine.Rules.Ledgers;

/// <summary>
/// Thrown when a ledger folder fails validation. Carries every problem found, not just the first,
/// so an analyst fixes a file in one pass.
/// </summary>
public sealed class RuleFileException : Exception
{
    /// <summary>The rule files are invalid for every one of these problems; the message names the first.</summary>
    public RuleFileException(IReadOnlyList<Problem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Invalid rule files, with no problem named.</summary>
    public RuleFileException() : this([]) { }

    /// <summary>Invalid rule files, for the reason given, with no located problem.</summary>
    public RuleFileException(string message) : base(message) => Problems = [];

    /// <summary>Invalid rule files, for the reason given and the error underneath, with no located problem.</summary>
    public RuleFileException(string message, Exception innerException) : base(message, innerException) => Problems = [];

    /// <summary>Every problem found in the ledger folder, in file order; empty when only a message was given.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>The file of the first problem, for callers that show one location.</summary>
    public string? File => Problems.Count > 0 ? Problems[0].Source : null;

    /// <summary>The line of the first problem.</summary>
    public int? Line => Problems.Count > 0 ? Problems[0].Line : null;

    /// <summary>The target id of the first problem that names one.</summary>
    public string? TargetId => Problems.FirstOrDefault(p => p.TargetId is not null)?.TargetId;

    private static string Describe(IReadOnlyList<Problem> problems) =>
        problems.Count switch
        {
            0 => "The rule files are invalid.",
            1 => $"1 problem in the rule files: {problems[0]}",
            _ => $"{problems.Count} problems in the rule files; first: {problems[0]}",
        };
}
