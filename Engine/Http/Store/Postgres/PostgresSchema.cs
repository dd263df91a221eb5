using System.Globalization;
using Npgsql;

namespace Engine.Http.Store.Postgres;

/// <summary>
/// The PostgreSQL schema as numbered migrations, applied in order and recorded in <c>engine_migrations</c>. Each
/// only adds (tables, columns, indexes): nothing is dropped or rewritten. Migration runs under a session advisory
/// lock, so replicas starting together wait for one another and the schema is migrated once.
/// </summary>
internal static class PostgresSchema
{
    // "engine" in ASCII: the advisory lock every engine replica takes around migration.
    private const long MigrationLock = 0x656E67696E65;

    public static readonly IReadOnlyList<(int Version, string Name, string Sql)> Migrations =
    [
        (1, "submissions, figures and audit, as in the SQLite store", """
            CREATE TABLE submissions (
              id bigserial PRIMARY KEY, ledger text NOT NULL, submitted_by text NOT NULL, stored_at text NOT NULL, figures integer NOT NULL);
            CREATE TABLE figures (
              id bigserial PRIMARY KEY, submission bigint NOT NULL REFERENCES submissions(id), ledger text NOT NULL,
              entity text NOT NULL, target text NOT NULL, as_of text NOT NULL, value text NOT NULL, unit text, reported_by text, note text,
              version integer NOT NULL, UNIQUE (ledger, entity, target, as_of, version));
            CREATE INDEX figures_key ON figures (ledger, target, entity, as_of, version);
            CREATE TABLE audit (
              id bigserial PRIMARY KEY, at text NOT NULL, who text NOT NULL, action text NOT NULL, ledger text NOT NULL, detail text NOT NULL);
            CREATE INDEX audit_ledger ON audit (ledger, id);
            """),
        (2, "replicas: the rule revision each replica serves, for /healthz", """
            CREATE TABLE replicas (
              replica text NOT NULL, ledger text NOT NULL, revision text NOT NULL, seen_at timestamptz NOT NULL, PRIMARY KEY (replica, ledger));
            """),
        (3, "withdrawals and the submitting unit, as SQLite schema version 1 (intake)", """
            ALTER TABLE figures ADD COLUMN withdraws bigint REFERENCES figures(id);
            CREATE INDEX figures_withdraws ON figures (withdraws);
            ALTER TABLE submissions ADD COLUMN unit text;
            UPDATE submissions
              SET unit = substr(submitted_by, strpos(submitted_by, ' (') + 2, length(submitted_by) - strpos(submitted_by, ' (') - 2)
              WHERE unit IS NULL AND strpos(submitted_by, ' (') > 0 AND submitted_by LIKE '%)' AND submitted_by NOT LIKE '% (admin)';
            CREATE INDEX figures_page ON figures (ledger, target COLLATE "C", entity COLLATE "C", as_of COLLATE "C", version);
            """),
        // Audit ids come from a sequence and commit out of order, so their maximum cannot tell a reader whether the
        // data changed; one counter row, raised in every writing transaction, can (the answer cache's store version).
        (4, "store_version: a counter every write raises in its own transaction", """
            CREATE TABLE store_version (one boolean PRIMARY KEY DEFAULT true CHECK (one), version bigint NOT NULL);
            INSERT INTO store_version (version) SELECT COUNT(*) FROM audit;
            """),
    ];

    public static int Latest => Migrations[^1].Version;

    /// <summary>Applies the migrations the database lacks and returns how many it applied (0 when it was current).</summary>
    public static int Migrate(NpgsqlDataSource source, TimeProvider clock)
    {
        using var connection = source.OpenConnection();
        Execute(connection, null, $"SELECT pg_advisory_lock({MigrationLock});");
        try
        {
            Execute(connection, null, "CREATE TABLE IF NOT EXISTS engine_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL);");
            var applied = new HashSet<int>();
            using (var read = new NpgsqlCommand("SELECT version FROM engine_migrations;", connection))
            using (var reader = read.ExecuteReader())
            {
                while (reader.Read())
                {
                    applied.Add(reader.GetInt32(0));
                }
            }

            if (applied.Count > 0 && applied.Max() > Latest)
            {
                // Fail closed: an older engine must not write into a schema it does not know.
                throw new StoreLocationException($"the database's schema is at migration {applied.Max()}, newer than this engine knows ({Latest}); run a newer engine");
            }

            var count = 0;
            foreach (var (version, name, sql) in Migrations.Where(m => !applied.Contains(m.Version)))
            {
                using var transaction = connection.BeginTransaction();
                Execute(connection, transaction, sql);
                using var record = new NpgsqlCommand("INSERT INTO engine_migrations (version, name, applied_at) VALUES (@v, @n, @t);", connection, transaction);
                record.Parameters.AddWithValue("v", version);
                record.Parameters.AddWithValue("n", name);
                record.Parameters.AddWithValue("t", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                record.ExecuteNonQuery();
                transaction.Commit();
                count++;
            }

            return count;
        }
        finally
        {
            Execute(connection, null, $"SELECT pg_advisory_unlock({MigrationLock});");
        }
    }

    /// <summary>The migrations recorded as applied, for <c>engine db migrate</c> to report.</summary>
    public static IReadOnlyList<int> Applied(NpgsqlDataSource source)
    {
        using var connection = source.OpenConnection();
        using var command = new NpgsqlCommand("SELECT version FROM engine_migrations ORDER BY version;", connection);
        using var reader = command.ExecuteReader();
        var versions = new List<int>();
        while (reader.Read())
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
