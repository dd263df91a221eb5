using System.CommandLine;
using Engine.Output;
using Engine.Rules.Assessment;

namespace Engine.Cli;

/// <summary><c>engine targets</c>: the flat list of targets with defaults resolved.</summary>
internal static class TargetsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var targets = CliOptions.Targets();
        var format = CliOptions.Format("json", "csv");
        var command = new Command("targets", "List every target with its resolved defaults.") { targets, format };
        command.SetAction(parse =>
        {
            var ledger = CliInputs.Ledger(parse.GetValue(targets), stderr);
            if (ledger is null)
            {
                return ExitCodes.Invalid;
            }

            if (parse.GetValue(format) == "csv")
            {
                TargetListWriter.WriteCsv(ledger, stdout);
            }
            else
            {
                TargetListWriter.WriteJson(ledger, stdout);
            }

            return ExitCodes.Done;
        });
        return command;
    }
}
