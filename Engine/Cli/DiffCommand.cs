using System.CommandLine;
using Engine.Output;
using Engine.Rules.Assessment;
using Engine.Rules.Authoring;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Cli;

/// <summary><c>engine diff</c>: what a rule change does to the targets and, for the same figures, to the assessment.</summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var baseFolder = new Option<string>("--base") { Description = "The ledger folder before the change.", Required = true };
        var targets = CliOptions.Targets();
        var figures = CliOptions.Figures("Figures to assess both revisions with");
        var asOf = new Option<string?>("--as-of") { Description = $"Assess as of this date ({IsoDate.Form}). Default: the latest as_of in the figures." };
        var format = CliOptions.Format("text", "json");
        var command = new Command("diff", "Show what a rule change does before it ships: targets changed and tasks whose status or progress moves.") { baseFolder, targets, figures, asOf, format };
        command.SetAction(parse =>
        {
            if (!CliInputs.TryDate(parse.GetValue(asOf), stderr, out var date))
            {
                return ExitCodes.Usage;
            }

            var (before, beforeProblems) = LedgerReader.TryRead(parse.GetValue(baseFolder)!);
            var (after, afterProblems) = LedgerReader.TryRead(parse.GetValue(targets) ?? BundledLedger.TargetsFolder);
            if (before is null || after is null)
            {
                EngineCli.Report(stderr, [.. beforeProblems, .. afterProblems]);
                return ExitCodes.Invalid;
            }

            var figurePath = CliInputs.FigureFiles(parse.GetValue(figures), stderr);
            if (figurePath is null)
            {
                return ExitCodes.Usage;
            }

            try
            {
                var rows = new RowCollector();
                FigureFiles.ReadRows(figurePath, rows);
                var diff = LedgerDiffer.Diff(before, after, rows.Rows, date);
                if (parse.GetValue(format) == "json")
                {
                    DiffWriter.WriteJson(diff, stdout);
                }
                else
                {
                    DiffWriter.WriteText(diff, stdout);
                }

                return ExitCodes.Done;
            }
            catch (FigureFileException e)
            {
                stderr.WriteLine($"error: {e.Problem}");
                return ExitCodes.Invalid;
            }
        });
        return command;
    }
}
