namespace Engine.Cli;

/// <summary>
/// What the user sees when an exception escapes a command: one line naming the command and the failure, so it reads
/// as the engine's fault (exit 3) rather than a verdict; the stack trace only on request (<c>--verbose</c>).
/// </summary>
internal static class LastGuard
{
    public static void Report(TextWriter stderr, string command, Exception error, bool verbose)
    {
        stderr.WriteLine($"engine: internal error in '{command}': {error.GetType().FullName}: {OneLine(error.Message)}");
        if (verbose)
        {
            stderr.WriteLine(error.ToString());
        }
    }

    // A multi-line message would break the one-line promise (and editors' and CI's line-wise reading).
    private static string OneLine(string message) => string.Join(" ", message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
