namespace Engine.Rules.Ledgers;

/// <summary>A figure file that cannot be read at all (missing, no header, a required column absent).</summary>
public sealed class FigureFileException : Exception
{
    public FigureFileException(Problem problem) : base(problem.ToString()) => Problem = problem;

    public FigureFileException() : this(new Problem("", 0, 0, "", "the figure file cannot be read")) { }

    public FigureFileException(string message) : this(new Problem("", 0, 0, "", message)) { }

    public FigureFileException(string message, Exception innerException) : base(message, innerException) => Problem = new Problem("", 0, 0, "", message);

    public Problem Problem { get; }
}
