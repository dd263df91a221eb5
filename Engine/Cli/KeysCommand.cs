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
        var add = new Command("add", "Create a key and print it once; only its hash is stored.") { unit, admin, file };
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
                key = ApiKeyFile.Add(parse.GetValue(file)!, name, parse.GetValue(admin), DateTimeOffset.UtcNow);
            }
            catch (InvalidDataException e)
            {
                stderr.WriteLine($"engine: {e.Message}; fix or move it first");
                return ExitCodes.Invalid;
            }

            stdout.WriteLine(key);
            stderr.WriteLine($"key for {(parse.GetValue(admin) ? "admin" : name)} added to {parse.GetValue(file)}; it is shown only now");
            return ExitCodes.Done;
        });
        return new Command("keys", "Manage API keys for 'engine serve'.") { add };
    }
}
