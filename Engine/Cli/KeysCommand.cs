using System.CommandLine;
using Engine.Http.Access;

namespace Engine.Cli;

/// <summary><c>engine keys add UNIT</c>: makes an API key for a reporting unit (or an admin) and prints it once.</summary>
internal static class KeysCommand
{
    public const string DefaultFile = "engine-keys.json";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var unit = new Argument<string?>("unit") { Description = "The reporting unit as written in lead/responsible (e.g. 市住房和城乡建设局).", Arity = ArgumentArity.ZeroOrOne };
        var admin = new Option<bool>("--admin") { Description = "Make an admin key (may submit for any task)." };
        var file = new Option<string>("--keys") { Description = "The key file (created readable by its owner only).", DefaultValueFactory = _ => DefaultFile };
        var entity = new Option<string[]>("--entity") { Description = "Narrow a unit key to this entity (repeat for more); without it the key may submit for the entities the ledger declares.", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
        var add = new Command("add", "Create a key and print it once; only its hash is stored.") { unit, admin, file, entity };
        add.SetAction(parse =>
        {
            var name = parse.GetValue(unit);
            if (!parse.GetValue(admin) && string.IsNullOrWhiteSpace(name))
            {
                stderr.WriteLine("engine: name the unit the key reports for, or give --admin");
                return ExitCodes.Usage;
            }

            string key;
            try
            {
                key = ApiKeyFile.Add(parse.GetValue(file)!, name, parse.GetValue(admin), DateTimeOffset.UtcNow, parse.GetValue(entity));
            }
            catch (ArgumentException e)
            {
                stderr.WriteLine($"engine: {e.Message}");
                return ExitCodes.Usage;
            }
            catch (InvalidDataException e)
            {
                stderr.WriteLine($"engine: {e.Message}; fix or move it first");
                return ExitCodes.Invalid;
            }

            stdout.WriteLine(key);
            var narrowed = parse.GetValue(entity) is { Length: > 0 } entities ? $" (entities: {string.Join(", ", entities)})" : "";
            stderr.WriteLine($"key for {(parse.GetValue(admin) ? "admin" : name)}{narrowed} added to {parse.GetValue(file)}; it is shown only now");
            return ExitCodes.Done;
        });
        return new Command("keys", "Manage API keys for 'engine serve'.") { add };
    }
}
