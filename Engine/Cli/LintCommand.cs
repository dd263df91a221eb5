using System.CommandLine;
using Engine.Rules.Authoring;

namespace Engine.Cli;

/// <summary><c>engine lint</c>: warnings beyond validity, each with file and line.</summary>
internal static class LintCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var targets = CliOptions.Targets();
        var strict = new Option<bool>("--strict") { Description = "Exit 1 when there is any warning." };
        var command = new Command("lint", "Warn about rule files that are valid but probably not what was meant.") { targets, strict };
        command.SetAction(parse =>
        {
            var ledger = CliInputs.Ledger(parse.GetValue(targets), stderr);
            if (ledger is null)
            {
                return ExitCodes.Invalid;
            }

            var warnings = LedgerLinter.Lint(ledger);
            foreach (var w in warnings)
            {
                // A unit-alias warning belongs to the ledger's units, not to one target.
                var about = w.TargetId is null ? "" : $" (target {w.TargetId})";
                stdout.WriteLine($"{w.Source}:{w.Line}:{w.Column}: warning {w.Code}{about}: {w.Message}");
            }

            stdout.WriteLine($"{warnings.Count} warning(s) in {ledger.Id}: {string.Join(", ", warnings.GroupBy(w => w.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}");
            return warnings.Count > 0 && parse.GetValue(strict) ? ExitCodes.Invalid : ExitCodes.Done;
        });
        return command;
    }
}
