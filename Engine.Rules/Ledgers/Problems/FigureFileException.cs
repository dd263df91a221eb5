namespace Engine.Rules.Ledgers;

/// <summary>A figure file that cannot be read at all (missing, no header, a required column absent).</summary>
public sealed class FigureFileException : Exception
{
    /// <summary>The figure input cannot be read, for the reason and place the problem gives.</summary>
    public FigureFileException(Problem problem) : base(problem.ToString()) => Problem = problem;

    /// <summary>A figure file that cannot be read, with no more said.</summary>
    public FigureFileException() : this(new Problem("", 0, 0, "", "the figure file cannot be read")) { }

    /// <summary>A figure file that cannot be read, for the reason given.</summary>
    public FigureFileException(string message) : this(new Problem("", 0, 0, "", message)) { }

    /// <summary>A figure file that cannot be read, for the reason given and the error underneath.</summary>
    public FigureFileException(string message, Exception innerException) : base(message, innerException) => Problem = new Problem("", 0, 0, "", message);

    /// <summary>Why and where the input could not be read, in the same shape as a rejected row.</summary>
    public Problem Problem { get; }
}
