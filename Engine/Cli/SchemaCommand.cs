using System.CommandLine;
using Engine.Output;
using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;

namespace Engine.Cli;

/// <summary><c>engine schema</c>: writes the JSON Schemas of the rule files (ledger.schema.json, area.schema.json).</summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string?>("--out") { Description = "Folder to write the schemas to. Default: the bundled targets/ folder." };
        var command = new Command("schema", "Write the JSON Schemas of the rule files, for editors (name them in \"$schema\").") { output };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(output) ?? BundledLedger.TargetsRoot;
            AtomicFile.Write(Path.Combine(folder, RuleFileSchema.LedgerFile), w => w.Write(RuleFileSchema.Ledger()));
            AtomicFile.Write(Path.Combine(folder, RuleFileSchema.AreaFile), w => w.Write(RuleFileSchema.Area()));
            stdout.WriteLine($"wrote {Path.Combine(folder, RuleFileSchema.LedgerFile)} and {Path.Combine(folder, RuleFileSchema.AreaFile)}");
            return ExitCodes.Done;
        });
        return command;
    }
}
