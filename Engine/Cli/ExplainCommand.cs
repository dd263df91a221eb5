using System.CommandLine;
using Engine.Rules.Assessment;
using Engine.Rules.Authoring;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Cli;

/// <summary><c>engine explain TARGET_ID</c>: the reasoning for one target, step by step.</summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("target") { Description = "The target id, e.g. 20.1." };
        var targets = CliOptions.Targets();
        var figures = CliOptions.Figures("Figures to explain with");
        var asOf = new Option<string?>("--as-of") { Description = "Assess as of this date. Default: the latest as_of in the figures." };
        var entity = new Option<string>("--entity") { Description = "The entity assessed.", DefaultValueFactory = _ => "" };
        var lang = new Option<string>("--lang") { Description = "zh or en.", DefaultValueFactory = _ => "zh" };
        lang.AcceptOnlyFromAmong("zh", "en");
        var command = new Command("explain", "Explain one target's assessment step by step: figures, met, progress, τ, schedule, rules fired, task combination.") { id, targets, figures, asOf, entity, lang };
        command.SetAction(parse =>
        {
            if (!CliInputs.TryDate(parse.GetValue(asOf), stderr, out var date))
            {
                return ExitCodes.Usage;
            }

            var ledger = CliInputs.Ledger(parse.GetValue(targets), stderr);
            if (ledger is null)
            {
                return ExitCodes.Invalid;
            }

            var target = parse.GetValue(id)!;
            if (!ledger.TryGetTarget(target, out _))
            {
                stderr.WriteLine($"engine: ledger {ledger.Id} has no target \"{target}\" (engine targets lists them)");
                return ExitCodes.Usage;
            }

            var figurePath = CliInputs.FigureFiles(parse.GetValue(figures), stderr);
            if (figurePath is null)
            {
                return ExitCodes.Usage;
            }

            try
            {
                var set = FigureFiles.Read(figurePath, ledger, keepRows: true);
                var evaluator = new Evaluator(ledger);
                var steps = TargetReasoning.Explain(evaluator, set, target, parse.GetValue(entity) ?? "", date ?? evaluator.DefaultAsOf(set), parse.GetValue(lang) == "en" ? Language.En : Language.Zh);
                foreach (var step in steps)
                {
                    stdout.WriteLine(step);
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
