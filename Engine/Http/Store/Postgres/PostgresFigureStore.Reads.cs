using System.Globalization;
using Engine.Rules.Figures;
using Npgsql;
using NpgsqlTypes;

namespace Engine.Http.Store.Postgres;

/// <summary>The reads: history a page at a time, one version by id, the versions in force, the health check.</summary>
internal sealed partial class PostgresFigureStore
{
    // As FigureStore's: each version, its submission's sender and unit, what it withdraws and what withdrew it.
    private const string StoredColumns = """
        f.id, f.submission, f.entity, f.target, f.as_of, f.value, f.unit, f.reported_by, f.note, f.version, s.submitted_by, s.stored_at,
        f.withdraws, (SELECT w.id FROM figures w WHERE w.withdraws = f.id ORDER BY w.id LIMIT 1), s.unit
        """;

    public string Location => _description;

    public IReadOnlyList<StoredFigure> History(string ledger, string? target, string? entity) => History(ledger, target, entity, null, int.MaxValue - 1).Versions;

    public (IReadOnlyList<StoredFigure> Versions, bool More) History(string ledger, string? target, string? entity, HistoryPosition? after, int limit) => Guard(() =>
    {
        // Text compared as bytes (COLLATE "C", UTF-8), as SQLite compares it, so both stores page in one order
        // whatever the database's collation; the position is compared as a row, so no version repeats or is skipped.
        using var connection = _source.OpenConnection();
        using var command = Command(connection, null, $"""
            SELECT {StoredColumns}
            FROM figures f JOIN submissions s ON s.id = f.submission
            WHERE f.ledger = @l AND (@g::text IS NULL OR f.target = @g) AND (@e::text IS NULL OR f.entity = @e)
              AND (@at::text IS NULL OR (f.target COLLATE "C", f.entity COLLATE "C", f.as_of COLLATE "C", f.version) > (@at::text, @ae::text, @aa::text, @av))
            ORDER BY f.target COLLATE "C", f.entity COLLATE "C", f.as_of COLLATE "C", f.version
            LIMIT @n;
            """, ("l", ledger), ("g", target), ("e", entity), ("at", after?.Target), ("ae", after?.Entity), ("aa", after?.AsOf));
        command.Parameters.Add(new NpgsqlParameter("av", NpgsqlDbType.Integer) { Value = (object?)after?.Version ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("n", NpgsqlDbType.Bigint) { Value = (long)limit + 1 });
        var result = new List<StoredFigure>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                result.Add(ReadStored(reader));
            }
        }

        var more = result.Count > limit;
        if (more)
        {
            result.RemoveAt(limit);
        }

        return ((IReadOnlyList<StoredFigure>)result, more);
    });

    public StoredFigure? Find(string ledger, long id) => Guard(() =>
    {
        using var connection = _source.OpenConnection();
        return Find(connection, null, ledger, id);
    });

    private static StoredFigure? Find(NpgsqlConnection connection, NpgsqlTransaction? transaction, string ledger, long id)
    {
        using var command = Command(connection, transaction, $"SELECT {StoredColumns} FROM figures f JOIN submissions s ON s.id = f.submission WHERE f.ledger = @l AND f.id = @i;", ("l", ledger));
        command.Parameters.Add(new NpgsqlParameter("i", NpgsqlDbType.Bigint) { Value = id });
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadStored(reader) : null;
    }

    private static StoredFigure ReadStored(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
        Text(reader, 6), Text(reader, 7), Text(reader, 8),
        reader.GetInt32(9), reader.GetString(10), DateTimeOffset.Parse(reader.GetString(11), CultureInfo.InvariantCulture))
    {
        Withdraws = reader.IsDBNull(12) ? null : reader.GetInt64(12),
        WithdrawnBy = reader.IsDBNull(13) ? null : reader.GetInt64(13),
        SubmitterUnit = Text(reader, 14),
    };

    public IEnumerable<RawFigure> Latest(string ledger, string? entity) => Guard(() =>
    {
        // Read whole before answering: a failure then is a clean 503, never half an assessment.
        using var connection = _source.OpenConnection();
        return (IEnumerable<RawFigure>)ReadLatest(connection, null, ledger, entity);
    });

    public long Version() => Guard(() =>
    {
        using var connection = _source.OpenConnection();
        using var command = Command(connection, null, "SELECT version FROM store_version;");
        return (long)command.ExecuteScalar()!;
    });

    public (long Version, IReadOnlyList<RawFigure> Rows) LatestWithVersion(string ledger, string? entity) => Guard(() =>
    {
        // One snapshot for both reads: a write committed between them cannot pair new rows with an old version.
        using var connection = _source.OpenConnection();
        using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
        long version;
        using (var command = Command(connection, transaction, "SELECT version FROM store_version;"))
        {
            version = (long)command.ExecuteScalar()!;
        }

        var rows = ReadLatest(connection, transaction, ledger, entity);
        transaction.Commit();
        return (version, (IReadOnlyList<RawFigure>)rows);
    });

    /// <summary>The version in force of each key: its latest that is neither a withdrawal nor withdrawn, as in FigureStore.</summary>
    private static List<RawFigure> ReadLatest(NpgsqlConnection connection, NpgsqlTransaction? transaction, string ledger, string? entity)
    {
        using var command = Command(connection, transaction, """
            SELECT f.id, f.target, f.as_of, f.value, f.unit, f.entity, f.reported_by, f.note
            FROM figures f
            WHERE f.ledger = @l AND (@e::text IS NULL OR f.entity = @e) AND f.withdraws IS NULL
              AND NOT EXISTS (SELECT 1 FROM figures w WHERE w.withdraws = f.id)
              AND f.version = (SELECT MAX(g.version) FROM figures g WHERE g.ledger = f.ledger AND g.entity = f.entity AND g.target = f.target AND g.as_of = f.as_of
                AND g.withdraws IS NULL AND NOT EXISTS (SELECT 1 FROM figures x WHERE x.withdraws = g.id))
            ORDER BY f.id;
            """, ("l", ledger), ("e", entity));
        var rows = new List<RawFigure>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(new RawFigure("store", (int)reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3))
            {
                Unit = Text(reader, 4),
                Entity = reader.GetString(5),
                ReportedBy = Text(reader, 6),
                Note = Text(reader, 7),
            });
        }

        return rows;
    }

    public (long? Submissions, string? Error) Check()
    {
        try
        {
            return (Guard(() =>
            {
                using var connection = _source.OpenConnection();
                using var command = Command(connection, null, "SELECT COUNT(*) FROM submissions;");
                return (long)command.ExecuteScalar()!;
            }), null);
        }
        catch (Exception e) when (e is StoreUnavailableException or NpgsqlException)
        {
            return (null, $"the figure store ({_description}) cannot be read: {e.Message}");
        }
    }
}
