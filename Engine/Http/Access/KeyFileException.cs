using Engine.Rules.Ledgers;

namespace Engine.Http.Access;

/// <summary>A key file that cannot be used (malformed, not UTF-8, a key without id or hash), with every problem located.</summary>
internal sealed class KeyFileException : Exception
{
    public KeyFileException(IReadOnlyList<Problem> problems) : base(string.Join(Environment.NewLine, problems)) => Problems = problems;

    public KeyFileException() : this([]) { }

    public KeyFileException(string message) : base(message) => Problems = [];

    public KeyFileException(string message, Exception innerException) : base(message, innerException) => Problems = [];

    public IReadOnlyList<Problem> Problems { get; }
}
