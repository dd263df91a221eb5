using System.CommandLine;
using Engine.Output;
using Engine.Output.Xlsx;
using Engine.Rules.Assessment;

namespace Engine.Cli;

/// <summary><c>engine template</c>: the figures workbook for units to fill in.</summary>
internal static class TemplateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var targets = CliOptions.Targets();
        var entity = new Option<string>("--entity") { Description = "Prefill the 填报主体 (entity) column.", DefaultValueFactory = _ => "" };
        var output = new Option<string>("--out") { Description = "The workbook to write (.xlsx).", Required = true };
        var command = new Command("template", "Write a figures workbook (one row per target) for units to fill in.") { targets, entity, output };
        command.SetAction(parse =>
        {
            var ledger = CliInputs.Ledger(parse.GetValue(targets), stderr);
            if (ledger is null)
            {
                return ExitCodes.Invalid;
            }

            var path = parse.GetValue(output)!;
            AtomicFile.WriteBytes(path, s => XlsxTemplateWriter.Write(ledger, parse.GetValue(entity) ?? "", s));
            stdout.WriteLine($"wrote {path}: {ledger.Targets.Count} targets to fill in");
            return ExitCodes.Done;
        });
        return command;
    }
}
