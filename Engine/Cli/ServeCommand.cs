using System.CommandLine;
using Engine.Http;
using Engine.Http.Access;
using Engine.Http.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Engine.Cli;

/// <summary><c>engine serve</c>: the HTTP API over every ledger under the targets folder.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var targets = new Option<string?>("--targets") { Description = "Folder of ledger folders (each with a ledger.json), or one ledger folder. Default: the bundled targets/." };
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var db = new Option<string>("--db") { Description = "The figure store: a SQLite file path (created on first start), or a PostgreSQL database several replicas share, as an Npgsql connection string (\"Host=…;Database=…;Username=…\") or a postgres://user@host:port/database URL (its schema is created and migrated on start).", DefaultValueFactory = _ => "engine.db" };
        var keys = new Option<string?>("--keys") { Description = $"The API key file (see 'engine keys add'); it must exist when named. Default: {KeysCommand.DefaultFile} when present, else reads are open and submissions refused." };
        var defaults = new ServeOptions("", "", "");
        var replica = new Option<string>("--replica") { Description = "This replica's name among those sharing a PostgreSQL store, as /healthz shows it.", DefaultValueFactory = _ => defaults.Replica };
        var perKey = new Option<int>("--rate-per-key") { Description = "Requests a minute one API key may make (429 above it); 0: no limit.", DefaultValueFactory = _ => defaults.RatePerKey };
        var perAddress = new Option<int>("--rate-per-address") { Description = "Requests a minute from one client address; 0: no limit.", DefaultValueFactory = _ => defaults.RatePerAddress };
        var maxBody = new Option<long>("--max-body-bytes") { Description = "Largest request body (413 above it).", DefaultValueFactory = _ => defaults.MaxBodyBytes };
        var maxFigures = new Option<int>("--max-figures") { Description = "Most figures in one request (413 above it).", DefaultValueFactory = _ => defaults.MaxFigures };
        var maxEntities = new Option<int>("--max-entities") { Description = "Most entities one evaluate request may assess (413 above it).", DefaultValueFactory = _ => defaults.MaxEntities };
        var maxEntity = new Option<int>("--max-entity-length") { Description = "Longest entity name in characters (a refused row above it).", DefaultValueFactory = _ => defaults.MaxEntityLength };
        var maxNote = new Option<int>("--max-note-length") { Description = "Longest note in characters (a refused row above it).", DefaultValueFactory = _ => defaults.MaxNoteLength };
        var pageSize = new Option<int>("--page-size") { Description = "Figure versions in one page of GET figures when the request gives no limit.", DefaultValueFactory = _ => defaults.PageSize };
        var maxPageSize = new Option<int>("--max-page-size") { Description = "Most figure versions one page of GET figures may ask for (400 above it).", DefaultValueFactory = _ => defaults.MaxPageSize };
        var cacheEntries = new Option<int>("--cache-entries") { Description = "Most stored-assessment answers kept while ledger and store are unchanged (least recently used out); 0: no cache.", DefaultValueFactory = _ => defaults.CacheEntries };
        var cacheBytes = new Option<long>("--cache-bytes") { Description = "Most bytes of stored-assessment answers kept; 0: no cache.", DefaultValueFactory = _ => defaults.CacheBytes };
        var maxReportedBy = new Option<int>("--max-reported-by-length") { Description = "Longest reported_by in characters (a refused row above it).", DefaultValueFactory = _ => defaults.MaxReportedByLength };
        var sessionIdle = new Option<int>("--session-idle-minutes") { Description = "Minutes a page session (/portal) lives without a request before it must sign in again.", DefaultValueFactory = _ => (int)defaults.SessionIdle.TotalMinutes };
        var signInRate = new Option<int>("--sign-in-rate") { Description = "Sign-in attempts a minute on the pages from one client address (a page asking to wait above it); 1 or more.", DefaultValueFactory = _ => defaults.SignInRate };
        var command = new Command("serve", "Serve the HTTP API and the reporting pages (/portal): evaluate, submit and store figures, assessments from stored figures.") { targets, urls, db, keys, replica, perKey, perAddress, maxBody, maxFigures, maxEntities, maxEntity, maxNote, maxReportedBy, pageSize, maxPageSize, cacheEntries, cacheBytes, sessionIdle, signInRate };
        command.SetAction(async (parse, cancel) =>
        {
            if (parse.GetValue(maxBody) < 1 || new[] { maxFigures, maxEntities, maxEntity, maxNote, maxReportedBy, pageSize, maxPageSize, sessionIdle, signInRate }.Any(o => parse.GetValue(o) < 1))
            {
                await stderr.WriteLineAsync("engine: a size limit is a number, 1 or more").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (parse.GetValue(pageSize) > parse.GetValue(maxPageSize))
            {
                await stderr.WriteLineAsync("engine: --page-size must not be above --max-page-size").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (parse.GetValue(cacheEntries) < 0 || parse.GetValue(cacheBytes) < 0)
            {
                await stderr.WriteLineAsync("engine: --cache-entries and --cache-bytes are numbers, 0 (no cache) or more").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (parse.GetValue(perKey) < 0 || parse.GetValue(perAddress) < 0)
            {
                await stderr.WriteLineAsync("engine: a rate limit is a number of requests a minute, 0 or more").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var named = parse.GetValue(keys);
            var keyFile = named ?? KeysCommand.DefaultFile;
            if (KeyRing.StartProblem(keyFile, named is not null) is { } keyProblem)
            {
                await stderr.WriteLineAsync($"engine: {keyProblem}").ConfigureAwait(false);
                return ExitCodes.Invalid;
            }

            StoreLocation location;
            try
            {
                location = StoreLocation.Parse(parse.GetValue(db)!);
            }
            catch (StoreLocationException e)
            {
                await stderr.WriteLineAsync($"engine: {e.Message}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var options = new ServeOptions(parse.GetValue(targets) ?? BundledLedger.TargetsRoot, parse.GetValue(db)!, keyFile) { Urls = parse.GetValue(urls)!, Replica = parse.GetValue(replica)!, RatePerKey = parse.GetValue(perKey), RatePerAddress = parse.GetValue(perAddress),
                MaxBodyBytes = parse.GetValue(maxBody), MaxFigures = parse.GetValue(maxFigures), MaxEntities = parse.GetValue(maxEntities),
                MaxEntityLength = parse.GetValue(maxEntity), MaxNoteLength = parse.GetValue(maxNote), MaxReportedByLength = parse.GetValue(maxReportedBy),
                PageSize = parse.GetValue(pageSize), MaxPageSize = parse.GetValue(maxPageSize),
                CacheEntries = parse.GetValue(cacheEntries), CacheBytes = parse.GetValue(cacheBytes),
                SessionIdle = TimeSpan.FromMinutes(parse.GetValue(sessionIdle)), SignInRate = parse.GetValue(signInRate),
            };
            WebApplication app;
            try
            {
                app = await HttpHost.BuildAsync(options).ConfigureAwait(false);
            }
            catch (Exception e) when (e is StoreUnavailableException or StoreLocationException)
            {
                await stderr.WriteLineAsync($"engine: {e.Message}").ConfigureAwait(false);
                return ExitCodes.Invalid;
            }

            await stdout.WriteLineAsync($"engine serving {options.TargetsRoot} on {options.Urls} (store {location.Describe()})").ConfigureAwait(false);
            await stdout.WriteLineAsync(File.Exists(keyFile)
                ? $"keys: {Path.GetFullPath(keyFile)}"
                : $"open-reads mode: no key file ({Path.GetFullPath(keyFile)}), so reads and evaluate are open to anyone and submissions are refused until 'engine keys add' makes a key").ConfigureAwait(false);
            await stdout.FlushAsync(cancel).ConfigureAwait(false);
            await app.StartAsync(cancel).ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancel).ConfigureAwait(false);
            return ExitCodes.Done;
        });
        return command;
    }
}
