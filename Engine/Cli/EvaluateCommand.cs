using System.CommandLine;
using Engine.Output;
using Engine.Requests;
using Engine.Rules.Assessment;
using Engine.Rules.Authoring;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Cli;

/// <summary><c>engine evaluate</c>: the batch run, rule files + figure file → the assessed ledger.</summary>
internal static class EvaluateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var targets = CliOptions.Targets();
        var figures = CliOptions.Figures("Figures to assess");
        var asOf = new Option<string?>("--as-of") { Description = $"Assess as of this date ({IsoDate.Form}), several dates (comma-separated), or 'monthly' (every month end up to the latest figure). Default: the latest as_of in the figures." };
        var format = CliOptions.Format("json", "csv", "xlsx", "html");
        var output = CliOptions.Out();
        var strict = new Option<bool>("--strict") { Description = "Exit 1 (and write nothing) when any figure row is rejected." };
        var lang = new Option<string>("--lang") { Description = "Language of the explanations: zh or en.", DefaultValueFactory = _ => "zh" };
        lang.AcceptOnlyFromAmong([.. AssessmentRequest.Languages]);
        var encoding = new Option<string>("--encoding") { Description = "Encoding of a CSV file: utf-8 (with the byte-order mark Excel needs) or gb18030 (needs --out).", DefaultValueFactory = _ => CsvEncoding.Utf8.Name };
        encoding.AcceptOnlyFromAmong([.. CsvEncoding.Names]);
        var entity = new Option<string?>("--entity") { Description = "Assess this entity only (as the API's entity parameter). Default: every entity in the figures." };
        var command = new Command("evaluate", "Assess the ledger from figures and write the assessed ledger.") { targets, figures, asOf, format, output, strict, lang, entity, encoding };
        command.SetAction(parse =>
        {
            var request = AssessmentRequest.Parse(parse.GetValue(asOf), parse.GetValue(entity), parse.GetValue(format), parse.GetValue(lang), dateLists: true, out var refused);
            if (request is null)
            {
                foreach (var problem in refused)
                {
                    stderr.WriteLine($"engine: --{problem.Field.Replace('_', '-')}: {problem.Message}");
                }

                return ExitCodes.Usage;
            }

            var outputFormat = request.Format;
            if (outputFormat is OutputFormat.Xlsx && parse.GetValue(output) is null)
            {
                stderr.WriteLine("engine: --format xlsx needs --out FILE (a workbook is not written to the terminal)");
                return ExitCodes.Usage;
            }

            var csv = CsvEncoding.Parse(parse.GetValue(encoding)!)!;
            if (csv != CsvEncoding.Utf8 && (outputFormat is not OutputFormat.Csv || parse.GetValue(output) is null))
            {
                stderr.WriteLine($"engine: --encoding {csv.Name} applies to a CSV file: give --format csv and --out FILE");
                return ExitCodes.Usage;
            }

            var ledger = CliInputs.Ledger(parse.GetValue(targets), stderr);
            if (ledger is null)
            {
                return ExitCodes.Invalid;
            }

            var figurePath = CliInputs.FigureFiles(parse.GetValue(figures), stderr);
            if (figurePath is null)
            {
                return ExitCodes.Usage;
            }

            try
            {
                var display = RunDisplay.For(stderr);
                var language = request.Lang;
                var strictRun = parse.GetValue(strict);
                // The rules compile on the other core while the figures are read: any ledger's compilation overlaps its read.
                var rules = Task.Run(() => new Evaluator(ledger));
                var outcome = display.Run(step =>
                {
                    var reading = step("reading figures");
                    var set = FigureFiles.Read(figurePath, ledger);
                    reading.Report(1);
                    if (set.Rejected.Count > 0 && strictRun)
                    {
                        return (Set: set, Result: (EvaluationResult?)null, Evaluator: (Evaluator?)null);
                    }

                    var compiling = step("compiling rules");
                    var evaluator = rules.GetAwaiter().GetResult();
                    compiling.Report(1);
                    // Assessments are made as the writer reads them, so one bar covers both.
                    var assessing = step("assessing");
                    var result = request.Run(evaluator, set, new SyncProgress<(int Done, int Total)>(p => assessing.Report((double)p.Done / p.Total)));
                    AssessmentOutput.Write(result, outputFormat, language, parse.GetValue(output), stdout, csv);
                    assessing.Report(1);
                    return (Set: set, Result: (EvaluationResult?)result, Evaluator: (Evaluator?)evaluator);
                });

                if (outcome.Set.Rejected.Count > 0)
                {
                    EngineCli.Report(stderr, outcome.Set.Rejected, strictRun ? "error" : "rejected");
                }

                if (outcome.Result is null)
                {
                    stderr.WriteLine($"{outcome.Set.Rejected.Count} figure row(s) rejected; nothing written (--strict)");
                    return ExitCodes.Invalid;
                }

                var result = outcome.Result;
                var counts = result.Figures;
                display.Summary(result, $"{ledger.Id} as of {IsoDate.Format(result.AsOf)}: {result.Assessments.Count / result.AsOfDates.Count} entit{(result.Assessments.Count == result.AsOfDates.Count ? "y" : "ies")} × {result.AsOfDates.Count} date(s), {ledger.Tasks.Count} tasks; rules {outcome.Evaluator!.Rules.RuleCount} compiled in {outcome.Evaluator.Rules.CompileTime.TotalMilliseconds:0} ms; figures read {counts.Read} = used {counts.Used} + superseded {counts.Superseded} + after as-of {counts.AfterAsOf} + rejected {counts.Rejected} + blank {counts.Blank}{ReadAs(outcome.Set)}");
                return ExitCodes.Done;
            }
            catch (FigureFileException e)
            {
                stderr.WriteLine($"error: {e.Problem}");
                return ExitCodes.Invalid;
            }
            catch (AssessmentException e)
            {
                stderr.WriteLine($"engine error (not an assessment): {e.Message}");
                return ExitCodes.EngineError;
            }
        });
        return command;
    }

    // Files not in UTF-8 are named with the encoding they were read in, so a misjudged one can be noticed.
    private static string ReadAs(FigureSet set) =>
        string.Concat(set.Encodings.Where(e => e.Value != TextDecoding.Utf8).Select(e => $"; {e.Key} read as {e.Value}"));
}
