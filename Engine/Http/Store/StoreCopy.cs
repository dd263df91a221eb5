using System.Data.Common;
using System.Globalization;

namespace Engine.Http.Store;

/// <summary>
/// Copies a whole figure store into an empty one (SQLite to PostgreSQL or back) in one destination transaction,
/// ids kept, so history, audit and submission numbers read the same afterwards; the row counts of every table are
/// compared after the copy. Both stores hold the same tables, so plain ADO.NET reads and writes either.
/// </summary>
internal static class StoreCopy
{
    // Every column of every table, in the order rows must go in (figures name their submission, a withdrawal the
    // earlier version it withdraws).
    private static readonly (string Table, string[] Columns)[] Tables =
    [
        ("submissions", ["id", "ledger", "submitted_by", "stored_at", "figures", "unit"]),
        ("figures", ["id", "submission", "ledger", "entity", "target", "as_of", "value", "unit", "reported_by", "note", "version", "withdraws"]),
        ("audit", ["id", "at", "who", "action", "ledger", "detail"]),
    ];

    internal sealed record Counts(long Submissions, long Figures, long Audit)
    {
        public override string ToString() => $"{Submissions} submissions, {Figures} figure versions, {Audit} audit rows";
    }

    /// <summary>Copies <paramref name="from"/> into <paramref name="to"/>, which must be empty; returns the counts both now hold.</summary>
    public static Counts Copy(StoreLocation from, StoreLocation to, TimeProvider clock)
    {
        if (!from.Exists)
        {
            throw new StoreLocationException($"the store to copy from ({from.Describe()}) does not exist");
        }

        // Creates the destination's tables (a PostgreSQL one migrated).
        (to.Open(clock) as IDisposable)?.Dispose();
        using var source = from.Connect();
        using var destination = to.Connect();
        source.Open();
        destination.Open();
        Counts before;
        try
        {
            before = Count(source);
        }
        catch (DbException e)
        {
            throw new StoreLocationException($"{from.Describe()} holds no figure store: {e.Message}", e);
        }

        if (Count(destination) is { } existing && existing != new Counts(0, 0, 0))
        {
            // Never merged into or overwritten: a copy goes only into an empty store.
            throw new StoreLocationException($"the store to copy into ({to.Describe()}) is not empty ({existing}); copy into a new database or file");
        }

        using (var transaction = destination.BeginTransaction())
        {
            foreach (var (table, columns) in Tables)
            {
                CopyTable(source, destination, transaction, table, columns);
            }

            if (to is StoreLocation.Postgres)
            {
                // Rows came with their ids; the id sequences must go on after them, or the next submission collides.
                foreach (var (table, _) in Tables)
                {
                    Execute(destination, transaction, $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table};");
                }
            }

            transaction.Commit();
        }

        var after = Count(destination);
        if (after != before)
        {
            throw new StoreLocationException($"the copy's counts differ: {from.Describe()} holds {before}, {to.Describe()} now {after}");
        }

        return after;
    }

    // Integer columns: a null in one must go as a null integer (PostgreSQL refuses a text null for a bigint column).
    private static readonly HashSet<string> Integers = new(["id", "submission", "figures", "version", "withdraws"], StringComparer.Ordinal);

    private static void CopyTable(DbConnection source, DbConnection destination, DbTransaction transaction, string table, string[] columns)
    {
        using var read = source.CreateCommand();
        // A column a store written before it existed lacks (the withdrawal columns, before the intake migration) reads as null.
        read.CommandText = $"SELECT {string.Join(", ", columns.Select(c => Has(source, table, c) ? c : "NULL"))} FROM {table} ORDER BY id;";
        using var insert = destination.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "@" + c))});";
        var parameters = columns.Select(c =>
        {
            var p = insert.CreateParameter();
            p.ParameterName = c;
            insert.Parameters.Add(p);
            return p;
        }).ToArray();
        using var reader = read.ExecuteReader();
        while (reader.Read())
        {
            for (var i = 0; i < columns.Length; i++)
            {
                // SQLite's integers read as long, PostgreSQL's integer columns as int; text stays text.
                var value = reader.GetValue(i);
                parameters[i].Value = value is int small ? (long)small : value;
                parameters[i].DbType = value switch
                {
                    string => System.Data.DbType.String,
                    int or long => System.Data.DbType.Int64,
                    _ when Integers.Contains(columns[i]) => System.Data.DbType.Int64,
                    _ => System.Data.DbType.String,
                };
            }

            insert.ExecuteNonQuery();
        }
    }

    private static bool Has(DbConnection connection, string table, string column)
    {
        try
        {
            using var probe = connection.CreateCommand();
            probe.CommandText = $"SELECT {column} FROM {table} WHERE 1 = 0;";
            probe.ExecuteNonQuery();
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }

    private static Counts Count(DbConnection connection) =>
        new(Scalar(connection, "SELECT COUNT(*) FROM submissions;"), Scalar(connection, "SELECT COUNT(*) FROM figures;"), Scalar(connection, "SELECT COUNT(*) FROM audit;"));

    private static long Scalar(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
