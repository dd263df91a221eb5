using System.CommandLine;
using Engine.Output;
using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;
using Engine.Samples;

namespace Engine.Cli;

/// <summary><c>engine samples</c>: writes the bundled sample figures (or a large benchmark file) from a seed.</summary>
internal static class SamplesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var targets = CliOptions.Targets();
        var output = new Option<string?>("--out") { Description = "Folder for the quarter files, or the file for --rows. Default: the bundled samples folder." };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator; the same seed gives the same files.", DefaultValueFactory = _ => 2023 };
        var rows = new Option<int?>("--rows") { Description = "Write one large file of this many rows (benchmarks) instead of the quarter files." };
        var entities = new Option<int>("--entities") { Description = "Entities in the large file.", DefaultValueFactory = _ => 20 };
        var command = new Command("samples", "Generate sample figure files for a ledger, deterministically.") { targets, output, seed, rows, entities };
        command.SetAction(parse =>
        {
            var ledger = CliInputs.Ledger(parse.GetValue(targets), stderr);
            if (ledger is null)
            {
                return ExitCodes.Invalid;
            }

            var generator = new SampleFigureGenerator(ledger, parse.GetValue(seed));
            if (parse.GetValue(rows) is { } count)
            {
                if (count < 1 || parse.GetValue(entities) < 1)
                {
                    stderr.WriteLine($"engine: --rows ({count}) and --entities ({parse.GetValue(entities)}) must be at least 1");
                    return ExitCodes.Usage;
                }

                var file = parse.GetValue(output) ?? $"figures-{count}.csv";
                AtomicFile.Write(file, w => generator.WriteLarge(count, parse.GetValue(entities), w));
                stdout.WriteLine($"wrote {file}");
                return ExitCodes.Done;
            }

            var folder = parse.GetValue(output) ?? BundledLedger.SamplesFolder;
            foreach (var quarter in generator.QuarterEnds())
            {
                var path = Path.Combine(folder, $"figures-{IsoDate.Format(quarter)}.csv");
                AtomicFile.Write(path, w => generator.WriteQuarter(quarter, w));
                stdout.WriteLine($"wrote {path}");
            }

            return ExitCodes.Done;
        });
        return command;
    }
}
