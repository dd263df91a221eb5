using System.CommandLine;
using System.Data.Common;
using Engine.Http.Store;
using Engine.Http.Store.Postgres;
using Npgsql;

namespace Engine.Cli;

/// <summary>
/// <c>engine db migrate|export|import</c>: a store's schema created or brought up to date without serving, and
/// a whole store copied between SQLite and PostgreSQL (either way) into an empty one, counts checked.
/// </summary>
internal static class DbCommand
{
    private const string DbHelp = "The store: a SQLite file path, an Npgsql connection string (Host=…;Database=…) or a postgres:// URL.";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var migrateDb = new Option<string>("--db") { Description = DbHelp, Required = true };
        var migrate = new Command("migrate", "Create the store's tables or apply the migrations it lacks (engine serve does it on start too); never drops anything.") { migrateDb };
        migrate.SetAction(parse => Guarded(stderr, () =>
        {
            var location = StoreLocation.Parse(parse.GetValue(migrateDb)!);
            if (location is StoreLocation.Postgres postgres)
            {
                using var source = NpgsqlDataSource.Create(postgres.ConnectionString);
                var applied = PostgresSchema.Migrate(source, TimeProvider.System);
                stdout.WriteLine($"{location.Describe()}: {applied} migration(s) applied; schema at migration {PostgresSchema.Latest}");
            }
            else
            {
                location.Open(TimeProvider.System);
                stdout.WriteLine($"{location.Describe()}: tables present");
            }
        }));

        var exportDb = new Option<string>("--db") { Description = "The store to copy from. " + DbHelp, Required = true };
        var exportTo = new Option<string>("--to") { Description = "The empty store to copy into (created or migrated first).", Required = true };
        var export = new Command("export", "Copy every submission, figure version and audit row of --db into the empty store --to (SQLite to PostgreSQL or back); ids kept, counts checked.") { exportDb, exportTo };
        export.SetAction(parse => Guarded(stderr, () => CopyAndReport(stdout, parse.GetValue(exportDb)!, parse.GetValue(exportTo)!)));

        var importDb = new Option<string>("--db") { Description = "The empty store to copy into. " + DbHelp, Required = true };
        var importFrom = new Option<string>("--from") { Description = "The store to copy from.", Required = true };
        var import = new Command("import", "Copy the store --from into the empty store --db: export seen from the receiving side.") { importDb, importFrom };
        import.SetAction(parse => Guarded(stderr, () => CopyAndReport(stdout, parse.GetValue(importFrom)!, parse.GetValue(importDb)!)));

        return new Command("db", "Figure store operations: migrate, export, import.") { migrate, export, import };
    }

    private static void CopyAndReport(TextWriter stdout, string from, string to)
    {
        var source = StoreLocation.Parse(from);
        var destination = StoreLocation.Parse(to);
        var counts = StoreCopy.Copy(source, destination, TimeProvider.System);
        stdout.WriteLine($"copied {counts} from {source.Describe()} to {destination.Describe()}; counts match");
    }

    /// <summary>A store that cannot be named, reached or written is the user's to fix: exit 1 (2 for a malformed --db) with the reason.</summary>
    private static int Guarded(TextWriter stderr, Action action)
    {
        try
        {
            action();
            return ExitCodes.Done;
        }
        catch (StoreLocationException e) when (e.Message.StartsWith("--db", StringComparison.Ordinal))
        {
            stderr.WriteLine($"engine: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is StoreLocationException or StoreUnavailableException)
        {
            stderr.WriteLine($"engine: {e.Message}");
            return ExitCodes.Invalid;
        }
        catch (DbException e)
        {
            stderr.WriteLine($"engine: the store could not be read or written: {e.Message}");
            return ExitCodes.Invalid;
        }
    }
}
