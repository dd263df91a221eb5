using System.CommandLine;
using System.Globalization;
using Engine.Rules.Ledgers;
using Newtonsoft.Json;

namespace Engine.Cli;

/// <summary><c>engine check</c>: validates the rule files and prints every problem at once.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var targets = CliOptions.Targets();
        var format = CliOptions.Format("text", "json");
        var command = new Command("check", "Validate the rule files; print every problem with file, line and column.") { targets, format };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(targets) ?? BundledLedger.TargetsFolder;
            var (ledger, problems) = LedgerReader.TryRead(folder);
            if (parse.GetValue(format) == "json")
            {
                // An invalid ledger has no id it can be trusted to declare; the folder name is the id by convention.
                WriteJson(stdout, ledger?.Id ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))), problems);
                return ledger is null ? ExitCodes.Invalid : ExitCodes.Done;
            }

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

    private static void WriteJson(TextWriter stdout, string ledger, IReadOnlyList<Problem> problems)
    {
        using (var w = new JsonTextWriter(stdout) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false, Culture = CultureInfo.InvariantCulture })
        {
            w.WriteStartObject();
            w.WritePropertyName("ledger");
            w.WriteValue(ledger);
            w.WritePropertyName("valid");
            w.WriteValue(problems.Count == 0);
            w.WritePropertyName("problems");
            ProblemJson.WriteAll(w, problems);
            w.WriteEndObject();
        }

        stdout.Write('\n');
    }
}
