using System.CommandLine;
using Engine.Rules.Files;

namespace Engine.Cli;

/// <summary><c>engine check</c>: validates the rule files and prints every problem at once.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var targets = CliOptions.Targets();
        var command = new Command("check", "Validate the rule files; print every problem with file, line and column.") { targets };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(targets) ?? BundledLedger.TargetsFolder;
            var (ledger, problems) = LedgerReader.TryRead(folder);
            if (ledger is null)
            {
                EngineCli.Report(stderr, problems);
                stderr.WriteLine($"{problems.Count} problem(s) in {folder}");
                return ExitCodes.Invalid;
            }

            stdout.WriteLine($"ok: {ledger.Id} revision {ledger.Revision}: {ledger.Areas.Count} areas, {ledger.Tasks.Count} tasks, {ledger.Targets.Count} targets");
            return ExitCodes.Done;
        });
        return command;
    }
}
