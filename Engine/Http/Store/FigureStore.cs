using System.Globalization;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;

namespace Engine.Http.Store;

/// <summary>
/// Every figure ever submitted, in one SQLite file (WAL). A submission is one transaction: stored whole or not
/// at all. A resubmission for the same (entity, target, as_of) becomes the next version; nothing is overwritten.
/// Every submission also writes an audit row: who, when, and which values it changed.
/// </summary>
internal sealed class FigureStore : IFigureStore
{
    private readonly string _connectionString;

    // SQLite has one writer at a time; queueing writers here avoids its busy-retry sleeps, which made latency spiky.
    private readonly Lock _writer = new();

    public FigureStore(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        CreateOwnerOnly(full);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 }.ToString();
        using var connection = Open();
        Execute(connection, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS submissions (
              id INTEGER PRIMARY KEY, ledger TEXT NOT NULL, submitted_by TEXT NOT NULL, stored_at TEXT NOT NULL, figures INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS figures (
              id INTEGER PRIMARY KEY, submission INTEGER NOT NULL REFERENCES submissions(id), ledger TEXT NOT NULL,
              entity TEXT NOT NULL, target TEXT NOT NULL, as_of TEXT NOT NULL, value TEXT NOT NULL, unit TEXT, reported_by TEXT, note TEXT,
              version INTEGER NOT NULL, UNIQUE (ledger, entity, target, as_of, version));
            CREATE INDEX IF NOT EXISTS figures_key ON figures (ledger, target, entity, as_of, version);
            CREATE TABLE IF NOT EXISTS audit (
              id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL, action TEXT NOT NULL, ledger TEXT NOT NULL, detail TEXT NOT NULL);
            """);
    }

    /// <summary>
    /// Creates the database file readable by its owner alone (0600) before SQLite opens it; SQLite gives its WAL
    /// and shared-memory files the database file's permissions.
    /// </summary>
    private static void CreateOwnerOnly(string path)
    {
        if (OperatingSystem.IsWindows() || File.Exists(path))
        {
            return;
        }

        try
        {
            using var _ = new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite });
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first; SQLite opens it as it is.
        }
    }

    /// <summary>Stores the accepted figures of one submission in one transaction.</summary>
    public StoreResult Store(string ledger, string submittedBy, IReadOnlyList<Figure> figures, DateTimeOffset at)
    {
        lock (_writer)
        {
            return StoreLocked(ledger, submittedBy, figures, at);
        }
    }

    private StoreResult StoreLocked(string ledger, string submittedBy, IReadOnlyList<Figure> figures, DateTimeOffset at)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        var stamp = at.ToString("O", CultureInfo.InvariantCulture);
        var submission = Scalar<long>(connection, transaction, "INSERT INTO submissions (ledger, submitted_by, stored_at, figures) VALUES ($l, $w, $t, $n) RETURNING id;", ("$l", ledger), ("$w", submittedBy), ("$t", stamp), ("$n", figures.Count));

        using var previous = Command(connection, transaction, "SELECT version, value FROM figures WHERE ledger = $l AND entity = $e AND target = $g AND as_of = $a ORDER BY version DESC LIMIT 1;");
        using var insert = Command(connection, transaction, "INSERT INTO figures (submission, ledger, entity, target, as_of, value, unit, reported_by, note, version) VALUES ($s, $l, $e, $g, $a, $v, $u, $r, $o, $n);");
        var changes = new List<object>();
        var newVersions = 0;
        foreach (var f in figures)
        {
            var asOf = IsoDate.Format(f.AsOf);
            var value = f.Value.ToString(CultureInfo.InvariantCulture);
            Bind(previous, ("$l", ledger), ("$e", f.Entity), ("$g", f.TargetId), ("$a", asOf));
            var version = 1;
            using (var reader = previous.ExecuteReader())
            {
                if (reader.Read())
                {
                    version = reader.GetInt32(0) + 1;
                    newVersions++;
                    changes.Add(new { target = f.TargetId, entity = f.Entity, as_of = asOf, from = reader.GetString(1), to = value, version });
                }
            }

            Bind(insert, ("$s", submission), ("$l", ledger), ("$e", f.Entity), ("$g", f.TargetId), ("$a", asOf), ("$v", value), ("$u", f.Unit), ("$r", f.ReportedBy), ("$o", f.Note), ("$n", version));
            insert.ExecuteNonQuery();
        }

        var detail = JsonConvert.SerializeObject(new { submission, stored = figures.Count, changed = changes });
        Scalar<long>(connection, transaction, "INSERT INTO audit (at, who, action, ledger, detail) VALUES ($t, $w, 'submit', $l, $d) RETURNING id;", ("$t", stamp), ("$w", submittedBy), ("$l", ledger), ("$d", detail));
        transaction.Commit();
        return new StoreResult(submission, figures.Count, newVersions);
    }

    /// <summary>All versions, oldest first, optionally for one target and/or entity.</summary>
    public IReadOnlyList<StoredFigure> History(string ledger, string? target, string? entity)
    {
        using var connection = Open();
        using var command = Command(connection, null, """
            SELECT f.id, f.submission, f.entity, f.target, f.as_of, f.value, f.unit, f.reported_by, f.note, f.version, s.submitted_by, s.stored_at
            FROM figures f JOIN submissions s ON s.id = f.submission
            WHERE f.ledger = $l AND ($g IS NULL OR f.target = $g) AND ($e IS NULL OR f.entity = $e)
            ORDER BY f.target, f.entity, f.as_of, f.version;
            """);
        Bind(command, ("$l", ledger), ("$g", target), ("$e", entity));
        var result = new List<StoredFigure>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(new StoredFigure(
                reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.GetInt32(9), reader.GetString(10), DateTimeOffset.Parse(reader.GetString(11), CultureInfo.InvariantCulture)));
        }

        return result;
    }

    /// <summary>The latest version of every (entity, target, as_of), in submission order, as raw rows for the intake.</summary>
    public IEnumerable<RawFigure> Latest(string ledger, string? entity)
    {
        using var connection = Open();
        using var command = Command(connection, null, """
            SELECT f.id, f.target, f.as_of, f.value, f.unit, f.entity, f.reported_by, f.note
            FROM figures f
            WHERE f.ledger = $l AND ($e IS NULL OR f.entity = $e)
              AND f.version = (SELECT MAX(version) FROM figures g WHERE g.ledger = f.ledger AND g.entity = f.entity AND g.target = f.target AND g.as_of = f.as_of)
            ORDER BY f.id;
            """);
        Bind(command, ("$l", ledger), ("$e", entity));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new RawFigure("store", (int)reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3))
            {
                Unit = reader.IsDBNull(4) ? null : reader.GetString(4),
                Entity = reader.GetString(5),
                ReportedBy = reader.IsDBNull(6) ? null : reader.GetString(6),
                Note = reader.IsDBNull(7) ? null : reader.GetString(7),
            };
        }
    }

    public long Count(string ledger)
    {
        using var connection = Open();
        return Scalar<long>(connection, null, "SELECT COUNT(*) FROM figures WHERE ledger = $l;", ("$l", ledger));
    }

    public IReadOnlyList<(DateTimeOffset At, string Who, string Action, string Detail)> Audit(string ledger)
    {
        using var connection = Open();
        using var command = Command(connection, null, "SELECT at, who, action, detail FROM audit WHERE ledger = $l ORDER BY id;");
        Bind(command, ("$l", ledger));
        var rows = new List<(DateTimeOffset, string, string, string)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add((DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return rows;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Bind(SqliteCommand command, params (string Name, object? Value)[] parameters)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }

    private static T Scalar<T>(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql);
        Bind(command, parameters);
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }
}
