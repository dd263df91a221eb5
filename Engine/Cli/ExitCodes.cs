namespace Engine.Cli;

/// <summary>Exit codes of the <c>engine</c> program.</summary>
internal static class ExitCodes
{
    public const int Done = 0;

    /// <summary>Invalid rule files or figure files, or rejected figure rows under --strict.</summary>
    public const int Invalid = 1;

    public const int Usage = 2;

    /// <summary>The engine itself failed; never a verdict on the figures.</summary>
    public const int EngineError = 3;
}
