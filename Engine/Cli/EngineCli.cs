using System.CommandLine;
using Engine.Rules.Problems;

namespace Engine.Cli;

/// <summary>The <c>engine</c> command line: evaluate, check, targets, samples.</summary>
public static class EngineCli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Rules-and-metrics evaluation engine: fills a task ledger's assessment columns from figures.")
        {
            EvaluateCommand.Create(stdout, stderr),
            CheckCommand.Create(stdout, stderr),
            TargetsCommand.Create(stdout, stderr),
            SamplesCommand.Create(stdout, stderr),
            TemplateCommand.Create(stdout, stderr),
            ServeCommand.Create(stdout, stderr),
            KeysCommand.Create(stdout, stderr),
            TestCommand.Create(stdout, stderr),
            LintCommand.Create(stdout, stderr),
            DiffCommand.Create(stdout, stderr),
            ExplainCommand.Create(stdout, stderr),
            SchemaCommand.Create(stdout, stderr),
            DraftCommand.Create(stdout, stderr),
        };

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

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
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
