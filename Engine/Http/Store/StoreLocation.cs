using System.Data.Common;
using System.Text.RegularExpressions;
using Engine.Http.Store.Postgres;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Engine.Http.Store;

/// <summary>
/// Where the figures are kept, decided from the <c>--db</c> value: an Npgsql connection string
/// (<c>Host=…;Database=…</c>) or a <c>postgres://</c>/<c>postgresql://</c> URL is a PostgreSQL database (or one
/// speaking its protocol); anything else is a SQLite file path. A value that looks like a connection string but
/// does not parse is refused, never taken as a file name.
/// </summary>
internal abstract partial record StoreLocation
{
    internal sealed record Sqlite(string Path) : StoreLocation
    {
        public override string Describe() => $"SQLite {System.IO.Path.GetFullPath(Path)}";

        public override IFigureStore Open(TimeProvider clock, bool migrate = true) => new FigureStore(Path);

        public override bool Exists => File.Exists(Path);

        public override DbConnection Connect() =>
            new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = System.IO.Path.GetFullPath(Path), Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 30 }.ToString());
    }

    internal sealed record Postgres(string ConnectionString) : StoreLocation
    {
        public override string Describe()
        {
            var b = new NpgsqlConnectionStringBuilder(ConnectionString);
            return $"PostgreSQL {b.Host}:{b.Port}/{b.Database}{(b.Username is null ? "" : $" as {b.Username}")}";
        }

        public override IFigureStore Open(TimeProvider clock, bool migrate = true) => new PostgresFigureStore(ConnectionString, clock, migrate);

        // A database's existence is the server's business; connecting tells.
        public override bool Exists => true;

        public override DbConnection Connect() => new NpgsqlConnection(ConnectionString);
    }

    /// <summary>A human description for logs and messages: never the password.</summary>
    public abstract string Describe();

    /// <summary>Whether there is a store to read (a SQLite file that is not there is not created by reading it).</summary>
    public abstract bool Exists { get; }

    /// <summary>A plain connection to the store's tables, for copying them whole (<see cref="StoreCopy"/>).</summary>
    public abstract DbConnection Connect();

    /// <summary>Opens the store; a PostgreSQL one is migrated to the current schema first unless told not to.</summary>
    public abstract IFigureStore Open(TimeProvider clock, bool migrate = true);

    public static StoreLocation Parse(string db)
    {
        if (string.IsNullOrWhiteSpace(db))
        {
            throw new StoreLocationException("--db: empty; give a SQLite file path, an Npgsql connection string (Host=…;Database=…) or a postgres:// URL");
        }

        if (UrlScheme().Match(db) is { Success: true } scheme)
        {
            var name = scheme.Groups[1].Value.ToLowerInvariant();
            if (name is not ("postgres" or "postgresql"))
            {
                throw new StoreLocationException($"--db: a {name}:// URL is no store the engine knows; give a SQLite file path, an Npgsql connection string or a postgres:// URL");
            }

            return new Postgres(PostgresUrl.ToConnectionString(db));
        }

        if (ConnectionStringStart().IsMatch(db))
        {
            NpgsqlConnectionStringBuilder builder;
            try
            {
                builder = new NpgsqlConnectionStringBuilder(db);
            }
            catch (ArgumentException e)
            {
                throw new StoreLocationException($"--db: looks like a connection string but is not one Npgsql reads: {e.Message}", e);
            }

            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                throw new StoreLocationException("--db: the connection string names no Host (a server name, an address, or a Unix socket folder)");
            }

            return new Postgres(builder.ConnectionString);
        }

        return new Sqlite(db);
    }

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.-]*)://")]
    private static partial Regex UrlScheme();

    // "Host=", "Server =", "User ID=": a keyword of letters and spaces, then '='. A path rarely starts so; "./a=b.db" does not.
    [GeneratedRegex(@"^\s*[A-Za-z][A-Za-z ]*=")]
    private static partial Regex ConnectionStringStart();
}
