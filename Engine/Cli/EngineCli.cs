using System.CommandLine;
using Engine.Rules.Ledgers;

namespace Engine.Cli;

/// <summary>The <c>engine</c> command line: evaluate, check, targets, samples.</summary>
internal static class EngineCli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, extend: null);

    /// <param name="extend">Test seam: adds commands to the root (a command made to throw tests the last guard); null in the program.</param>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, Action<RootCommand>? extend)
    {
        var verbose = new Option<bool>("--verbose") { Description = "On an internal error, print the stack trace too.", Recursive = true };
        var root = new RootCommand("Rules-and-metrics evaluation engine: fills a task ledger's assessment columns from figures.")
        {
            verbose,
            EvaluateCommand.Create(stdout, stderr),
            CheckCommand.Create(stdout, stderr),
            TargetsCommand.Create(stdout, stderr),
            SamplesCommand.Create(stdout, stderr),
            TemplateCommand.Create(stdout, stderr),
            ServeCommand.Create(stdout, stderr),
            KeysCommand.Create(stdout, stderr),
            DbCommand.Create(stdout, stderr),
            TestCommand.Create(stdout, stderr),
            LintCommand.Create(stdout, stderr),
            DiffCommand.Create(stdout, stderr),
            ExplainCommand.Create(stdout, stderr),
            SchemaCommand.Create(stdout, stderr),
            DraftCommand.Create(stdout, stderr),
        };
        extend?.Invoke(root);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"engine: {error.Message}");
            }

            stderr.WriteLine("Run 'engine --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Output.OutputFileException e)
        {
            // An --out that names a folder, or a path under a file: the command was told to write where it cannot.
            stderr.WriteLine($"engine: {e.Message}");
            return ExitCodes.Usage;
        }
#pragma warning disable CA1031 // The last guard: whatever escapes a command is the engine's fault, and a stack trace is no answer to a user.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LastGuard.Report(stderr, parsed.CommandResult.Command.Name, e, parsed.GetValue(verbose));
            return ExitCodes.EngineError;
        }
    }

    /// <summary>Prints located problems one per line, as compilers do, so editors can jump to them.</summary>
    internal static void Report(TextWriter stderr, IEnumerable<Problem> problems, string prefix = "error")
    {
        foreach (var problem in problems)
        {
            stderr.WriteLine($"{prefix}: {problem}");
        }
    }
}
