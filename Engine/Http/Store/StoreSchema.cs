using Microsoft.Data.Sqlite;

namespace Engine.Http.Store;

/// <summary>
/// Brings a store file up to the current schema, one numbered step at a time (SQLite's <c>user_version</c>), each
/// step in one transaction; columns are only ever added, so a file from an older engine keeps every row.
/// </summary>
internal static class StoreSchema
{
    /// <summary>The schema this engine writes; a file at a newer version is refused rather than misread.</summary>
    public const int Current = 1;

    public static void Migrate(SqliteConnection connection)
    {
        // The version is read inside the write transaction, so two processes opening one old file migrate it once.
        using var transaction = connection.BeginTransaction(deferred: false);
        var version = Version(connection, transaction);
        if (version > Current)
        {
            throw new InvalidDataException($"the figure store {connection.DataSource} has schema version {version}; this engine reads up to {Current}: use a newer engine");
        }

        if (version < 1)
        {
            Run(connection, transaction, """
                ALTER TABLE figures ADD COLUMN withdraws INTEGER REFERENCES figures(id);
                CREATE INDEX IF NOT EXISTS figures_withdraws ON figures (withdraws);
                ALTER TABLE submissions ADD COLUMN unit TEXT;
                """);

            // Before this step the unit was kept only inside submitted_by, written "{key id} ({unit})"; key ids are hex,
            // so the first " (" opens the unit. Admin submissions keep no unit.
            Run(connection, transaction, """
                UPDATE submissions SET unit = substr(submitted_by, instr(submitted_by, ' (') + 2, length(submitted_by) - instr(submitted_by, ' (') - 2)
                WHERE unit IS NULL AND instr(submitted_by, ' (') > 0 AND submitted_by LIKE '%)' AND submitted_by NOT LIKE '% (admin)';
                PRAGMA user_version = 1;
                """);
        }

        transaction.Commit();
    }

    private static long Version(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return (long)command.ExecuteScalar()!;
    }

    private static void Run(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
