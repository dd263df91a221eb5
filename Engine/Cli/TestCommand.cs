using System.CommandLine;
using Engine.Rules.Assessment;
using Engine.Rules.Authoring;

namespace Engine.Cli;

/// <summary><c>engine test</c>: runs the test cases in the ledger's tests/ folder.</summary>
internal static class TestCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var targets = CliOptions.Targets();
        var command = new Command("test", "Run the rule tests in <ledger>/tests/*.json: given figures, expect statuses and progress.") { targets };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(targets) ?? BundledLedger.TargetsFolder;
            var ledger = CliInputs.Ledger(folder, stderr);
            if (ledger is null)
            {
                return ExitCodes.Invalid;
            }

            var (cases, caseProblems) = RuleTestReader.Read(folder, ledger);
            if (caseProblems.Count > 0)
            {
                EngineCli.Report(stderr, caseProblems);
                stderr.WriteLine($"{caseProblems.Count} problem(s) in the test files");
                return ExitCodes.Invalid;
            }

            var results = RuleTestRunner.Run(new Evaluator(ledger), cases);
            foreach (var result in results)
            {
                stdout.WriteLine($"{(result.Passed ? "PASS" : "FAIL")}  {result.Case.Name}  ({result.Case.Location})");
                foreach (var m in result.Mismatches)
                {
                    stdout.WriteLine($"      {m.Subject} {m.Field}: expected {m.Expected}, actual {m.Actual}  ({m.Location})");
                }
            }

            var failed = results.Count(r => !r.Passed);
            stdout.WriteLine($"{results.Count - failed} passed, {failed} failed");
            return failed > 0 ? ExitCodes.Invalid : ExitCodes.Done;
        });
        return command;
    }
}
