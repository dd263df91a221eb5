using System.Globalization;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;

namespace Engine.Http.Store;

/// <summary>
/// Every figure ever submitted, in one SQLite file (WAL). A submission is one transaction: stored whole or not
/// at all. A resubmission for the same (entity, target, as_of) becomes the next version; nothing is overwritten.
/// Every submission also writes an audit row: who, when, and which values it changed. A withdrawal is a version
/// too (marked as withdrawing the version it names), so nothing is ever deleted; the version in force for a key is
/// the latest one that is neither a withdrawal nor withdrawn.
/// </summary>
internal sealed class FigureStore : IFigureStore
{
    private readonly string _connectionString;

    // SQLite has one writer at a time; queueing writers here avoids its busy-retry sleeps, which made latency spiky.
    private readonly Lock _writer = new();

    public FigureStore(string path)
    {
        var full = Path.GetFullPath(path);
        Location = full;
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
        StoreSchema.Migrate(connection);
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
    /// <param name="unit">The unit whose key submitted (it may withdraw them later); null for an admin key.</param>
    public StoreResult Store(string ledger, string submittedBy, string? unit, IReadOnlyList<Figure> figures, DateTimeOffset at)
    {
        lock (_writer)
        {
            return StoreLocked(ledger, submittedBy, unit, figures, at);
        }
    }

    private StoreResult StoreLocked(string ledger, string submittedBy, string? unit, IReadOnlyList<Figure> figures, DateTimeOffset at)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        var stamp = at.ToString("O", CultureInfo.InvariantCulture);
        var submission = Scalar<long>(connection, transaction, "INSERT INTO submissions (ledger, submitted_by, unit, stored_at, figures) VALUES ($l, $w, $u, $t, $n) RETURNING id;", ("$l", ledger), ("$w", submittedBy), ("$u", unit), ("$t", stamp), ("$n", figures.Count));

        using var previous = Command(connection, transaction, "SELECT version, value, withdraws FROM figures WHERE ledger = $l AND entity = $e AND target = $g AND as_of = $a ORDER BY version DESC LIMIT 1;");
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
                    // After a withdrawal the value in force is not the withdrawn one; the audit row does not say which it was.
                    changes.Add(new { target = f.TargetId, entity = f.Entity, as_of = asOf, from = reader.IsDBNull(2) ? reader.GetString(1) : null, to = value, version });
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
    public IReadOnlyList<StoredFigure> History(string ledger, string? target, string? entity) => History(ledger, target, entity, null, int.MaxValue - 1).Versions;

    /// <summary>
    /// One page of the versions in (target, entity, as_of, version) order: at most <paramref name="limit"/> after
    /// <paramref name="after"/> (from the start when null), and whether more follow.
    /// </summary>
    public (IReadOnlyList<StoredFigure> Versions, bool More) History(string ledger, string? target, string? entity, HistoryPosition? after, int limit)
    {
        using var connection = Open();
        using var command = Command(connection, null, $"""
            SELECT {StoredColumns}
            FROM figures f JOIN submissions s ON s.id = f.submission
            WHERE f.ledger = $l AND ($g IS NULL OR f.target = $g) AND ($e IS NULL OR f.entity = $e)
              AND ($at IS NULL OR (f.target, f.entity, f.as_of, f.version) > ($at, $ae, $aa, $av))
            ORDER BY f.target, f.entity, f.as_of, f.version
            LIMIT $n;
            """);
        Bind(command, ("$l", ledger), ("$g", target), ("$e", entity), ("$at", after?.Target), ("$ae", after?.Entity), ("$aa", after?.AsOf), ("$av", after?.Version), ("$n", limit + 1));
        var result = new List<StoredFigure>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(ReadStored(reader));
        }

        var more = result.Count > limit;
        if (more)
        {
            result.RemoveAt(limit);
        }

        return (result, more);
    }

    /// <summary>One stored version by its id, if it belongs to this ledger.</summary>
    public StoredFigure? Find(string ledger, long id)
    {
        using var connection = Open();
        return Find(connection, null, ledger, id);
    }

    private const string StoredColumns = """
        f.id, f.submission, f.entity, f.target, f.as_of, f.value, f.unit, f.reported_by, f.note, f.version, s.submitted_by, s.stored_at,
        f.withdraws, (SELECT w.id FROM figures w WHERE w.withdraws = f.id), s.unit
        """;

    private static StoredFigure? Find(SqliteConnection connection, SqliteTransaction? transaction, string ledger, long id)
    {
        using var command = Command(connection, transaction, $"SELECT {StoredColumns} FROM figures f JOIN submissions s ON s.id = f.submission WHERE f.ledger = $l AND f.id = $i;");
        Bind(command, ("$l", ledger), ("$i", id));
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadStored(reader) : null;
    }

    private static StoredFigure ReadStored(SqliteDataReader reader) => new(
        reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
        reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8),
        reader.GetInt32(9), reader.GetString(10), DateTimeOffset.Parse(reader.GetString(11), CultureInfo.InvariantCulture))
    {
        Withdraws = reader.IsDBNull(12) ? null : reader.GetInt64(12),
        WithdrawnBy = reader.IsDBNull(13) ? null : reader.GetInt64(13),
        SubmitterUnit = reader.IsDBNull(14) ? null : reader.GetString(14),
    };

    /// <summary>
    /// Withdraws the version <paramref name="id"/>: a new version marking it withdrawn, and an audit row, in one
    /// transaction; the version before it is in force again (or none). Only the version in force can be withdrawn.
    /// <paramref name="refusal"/> says why the caller may not withdraw the version (null: it may).
    /// </summary>
    /// <param name="reason">Why, as the caller gave it; kept as the withdrawal's note and in the audit row.</param>
    public Withdrawal Withdraw(string ledger, long id, string who, string? unit, string? reason, DateTimeOffset at, Func<StoredFigure, string?> refusal)
    {
        lock (_writer)
        {
            using var connection = Open();
            using var transaction = connection.BeginTransaction(deferred: false);
            var version = Find(connection, transaction, ledger, id);
            if (version is null)
            {
                return new Withdrawal(WithdrawalOutcome.NotFound, $"ledger \"{ledger}\" has no stored figure version {id}");
            }

            if (Withdrawal.Refused(version, refusal, () => InForce(connection, transaction, ledger, version)) is { } refused)
            {
                return refused;
            }

            var stamp = at.ToString("O", CultureInfo.InvariantCulture);
            var submission = Scalar<long>(connection, transaction, "INSERT INTO submissions (ledger, submitted_by, unit, stored_at, figures) VALUES ($l, $w, $u, $t, 1) RETURNING id;", ("$l", ledger), ("$w", who), ("$u", unit), ("$t", stamp));
            var next = Scalar<int>(connection, transaction, "SELECT MAX(version) FROM figures WHERE ledger = $l AND entity = $e AND target = $g AND as_of = $a;", ("$l", ledger), ("$e", version.Entity), ("$g", version.Target), ("$a", version.AsOf)) + 1;
            var marker = Scalar<long>(connection, transaction, "INSERT INTO figures (submission, ledger, entity, target, as_of, value, note, version, withdraws) VALUES ($s, $l, $e, $g, $a, $v, $o, $n, $w) RETURNING id;",
                ("$s", submission), ("$l", ledger), ("$e", version.Entity), ("$g", version.Target), ("$a", version.AsOf), ("$v", version.Value), ("$o", reason), ("$n", next), ("$w", version.Id));
            var restored = InForce(connection, transaction, ledger, version);
            var detail = JsonConvert.SerializeObject(new
            {
                submission, withdrawn = version.Id, target = version.Target, entity = version.Entity, as_of = version.AsOf, value = version.Value, version = next, reason,
                in_force = restored is null ? null : new { id = restored.Id, version = restored.Version, value = restored.Value },
            });
            Scalar<long>(connection, transaction, "INSERT INTO audit (at, who, action, ledger, detail) VALUES ($t, $w, 'withdraw', $l, $d) RETURNING id;", ("$t", stamp), ("$w", who), ("$l", ledger), ("$d", detail));
            var stored = Find(connection, transaction, ledger, marker)!;
            transaction.Commit();
            return new Withdrawal(WithdrawalOutcome.Withdrawn, null) { Version = version, Marker = stored, InForce = restored };
        }
    }

    /// <summary>The version in force for the key of <paramref name="of"/>: the latest that is neither a withdrawal nor withdrawn.</summary>
    private static StoredFigure? InForce(SqliteConnection connection, SqliteTransaction transaction, string ledger, StoredFigure of)
    {
        var id = Scalar<long?>(connection, transaction, """
            SELECT f.id FROM figures f
            WHERE f.ledger = $l AND f.entity = $e AND f.target = $g AND f.as_of = $a AND f.withdraws IS NULL
              AND NOT EXISTS (SELECT 1 FROM figures w WHERE w.withdraws = f.id)
            ORDER BY f.version DESC LIMIT 1;
            """, ("$l", ledger), ("$e", of.Entity), ("$g", of.Target), ("$a", of.AsOf));
        return id is { } found ? Find(connection, transaction, ledger, found) : null;
    }

    /// <summary>The version in force of every (entity, target, as_of), in submission order, as raw rows for the intake.</summary>
    public IEnumerable<RawFigure> Latest(string ledger, string? entity)
    {
        using var connection = Open();
        using var command = LatestCommand(connection, null, ledger, entity);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return LatestRow(reader);
        }
    }

    /// <summary>
    /// The version of the stored data: the id of the newest audit row. Every write to the store writes an audit row
    /// in its own transaction, so the number changes with every write, whichever process (or, later, replica) made
    /// it, and never goes back. One indexed read of the table's last row: cheap enough to ask on every request.
    /// </summary>
    public long Version()
    {
        using var connection = Open();
        return Scalar<long>(connection, null, VersionSql);
    }

    /// <summary>The latest figures (as <see cref="Latest"/>) and the store version they belong to, read in one transaction.</summary>
    public (long Version, IReadOnlyList<RawFigure> Rows) LatestWithVersion(string ledger, string? entity)
    {
        using var connection = Open();
        // A read transaction is one snapshot in WAL mode: a write committed between the two reads cannot pair new rows with an old version.
        using var transaction = connection.BeginTransaction(deferred: true);
        var version = Scalar<long>(connection, transaction, VersionSql);
        var rows = new List<RawFigure>();
        using (var command = LatestCommand(connection, transaction, ledger, entity))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add(LatestRow(reader));
            }
        }

        transaction.Commit();
        return (version, rows);
    }

    private const string VersionSql = "SELECT COALESCE(MAX(id), 0) FROM audit;";

    private static SqliteCommand LatestCommand(SqliteConnection connection, SqliteTransaction? transaction, string ledger, string? entity)
    {
        var command = Command(connection, transaction, """
            SELECT f.id, f.target, f.as_of, f.value, f.unit, f.entity, f.reported_by, f.note
            FROM figures f
            WHERE f.ledger = $l AND ($e IS NULL OR f.entity = $e) AND f.withdraws IS NULL
              AND NOT EXISTS (SELECT 1 FROM figures w WHERE w.withdraws = f.id)
              AND f.version = (SELECT MAX(g.version) FROM figures g WHERE g.ledger = f.ledger AND g.entity = f.entity AND g.target = f.target AND g.as_of = f.as_of
                AND g.withdraws IS NULL AND NOT EXISTS (SELECT 1 FROM figures x WHERE x.withdraws = g.id))
            ORDER BY f.id;
            """);
        Bind(command, ("$l", ledger), ("$e", entity));
        return command;
    }

    /// <summary>The database file.</summary>
    public string Location { get; }

    /// <summary>Whether the store answers a read now (for /healthz): the number of submissions, or why it cannot say.</summary>
    public (long? Submissions, string? Error) Check()
    {
        try
        {
            using var connection = Open();
            return (Scalar<long>(connection, null, "SELECT COUNT(*) FROM submissions;"), null);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            return (null, $"the figure store {Location} cannot be read: {e.Message}");
        }
    }

    private static RawFigure LatestRow(SqliteDataReader reader) =>
        new("store", (int)reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3))
        {
            Unit = reader.IsDBNull(4) ? null : reader.GetString(4),
            Entity = reader.GetString(5),
            ReportedBy = reader.IsDBNull(6) ? null : reader.GetString(6),
            Note = reader.IsDBNull(7) ? null : reader.GetString(7),
        };

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
        var value = command.ExecuteScalar();
        if (value is null or DBNull)
        {
            return default!;
        }

        return (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
    }
}
