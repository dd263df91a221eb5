using System.CommandLine;
using Engine.Http;
using Engine.Http.Access;
using Microsoft.Extensions.Hosting;

namespace Engine.Cli;

/// <summary><c>engine serve</c>: the HTTP API over every ledger under the targets folder.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var targets = new Option<string?>("--targets") { Description = "Folder of ledger folders (each with a ledger.json), or one ledger folder. Default: the bundled targets/." };
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var db = new Option<string>("--db") { Description = "The SQLite figure store (created on first start).", DefaultValueFactory = _ => "engine.db" };
        var keys = new Option<string>("--keys") { Description = "The API key file (see 'engine keys add').", DefaultValueFactory = _ => KeysCommand.DefaultFile };
        var command = new Command("serve", "Serve the HTTP API: evaluate, submit and store figures, assessments from stored figures.") { targets, urls, db, keys };
        command.SetAction(async (parse, cancel) =>
        {
            var options = new ServeOptions(parse.GetValue(targets) ?? BundledLedger.TargetsRoot, parse.GetValue(db)!, parse.GetValue(keys)!) { Urls = parse.GetValue(urls)! };
            // A key file that cannot be used is refused before the server starts, naming its problems.
            if (ApiKeyFile.TryLoad(options.KeysPath).Problems is { Count: > 0 } problems)
            {
                EngineCli.Report(stderr, problems);
                return ExitCodes.Invalid;
            }

            var app = await HttpHost.BuildAsync(options).ConfigureAwait(false);

            await stdout.WriteLineAsync($"engine serving {options.TargetsRoot} on {options.Urls} (store {Path.GetFullPath(options.DbPath)})").ConfigureAwait(false);
            await stdout.FlushAsync(cancel).ConfigureAwait(false);
            await app.StartAsync(cancel).ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancel).ConfigureAwait(false);
            return ExitCodes.Done;
        });
        return command;
    }
}
