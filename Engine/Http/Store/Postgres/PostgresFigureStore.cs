using System.Data;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using Newtonsoft.Json;
using Npgsql;
using NpgsqlTypes;

namespace Engine.Http.Store.Postgres;

/// <summary>
/// The figure store in a PostgreSQL database (or openGauss, KingbaseES, HighGo: anything speaking its protocol
/// and SQL) that several <c>engine serve</c> replicas share. Same tables and behaviour as <see cref="FigureStore"/>.
/// Version numbers are decided inside the write transaction after taking a transaction advisory lock per
/// (ledger, entity, target, as_of), so writers of one key on any replica queue instead of colliding; the unique
/// constraint on (key, version) stays as the backstop, and a collision, deadlock or serialization failure retries
/// the whole submission. Connections come from one pooled data source.
/// </summary>
internal sealed partial class PostgresFigureStore : IFigureStore, IReplicaRegistry, IDisposable
{
    // Lock space of the per-key transaction locks (the two-int form, apart from the bigint one migration takes).
    private const int KeyLockSpace = 0x6669; // "fi"
    private const int MaxAttempts = 8;

    private readonly NpgsqlDataSource _source;
    private readonly string _description;
    private long _retries;

    public PostgresFigureStore(string connectionString, TimeProvider clock, bool migrate = true)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        _description = new StoreLocation.Postgres(connectionString).Describe();

        // Npgsql waits 15 s to connect by default; a database that is down should be a quick 503, not a hung request.
        if (builder.Timeout == 15)
        {
            builder.Timeout = 5;
        }

        builder.ApplicationName ??= "engine";
        _source = NpgsqlDataSource.Create(builder.ConnectionString);
        if (migrate)
        {
            Guard(() => PostgresSchema.Migrate(_source, clock));
        }
    }

    /// <summary>Whole-submission retries after a collision or deadlock, since start (the concurrency test reads it).</summary>
    public long Retries => Interlocked.Read(ref _retries);

    internal NpgsqlDataSource Source => _source;

    public StoreResult Store(string ledger, string submittedBy, string? unit, IReadOnlyList<Figure> figures, DateTimeOffset at) => Guard(() =>
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return StoreOnce(ledger, submittedBy, unit, figures, at);
            }
            catch (PostgresException e) when (attempt < MaxAttempts && e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure)
            {
                Interlocked.Increment(ref _retries);
            }
        }
    });

    private StoreResult StoreOnce(string ledger, string submittedBy, string? unit, IReadOnlyList<Figure> figures, DateTimeOffset at)
    {
        using var connection = _source.OpenConnection();
        using var transaction = connection.BeginTransaction(IsolationLevel.ReadCommitted);
        var stamp = at.ToString("O", CultureInfo.InvariantCulture);

        // Every key this submission writes, locked in one sorted order so two submissions never wait on each other
        // crosswise; the submission row is inserted from the locking query, so the locks are held before it exists.
        var keys = figures.Select(f => KeyLock(ledger, f.Entity, f.TargetId, IsoDate.Format(f.AsOf))).Distinct().Order().ToArray();
        long submission;
        using (var insertSubmission = Command(connection, transaction, $"""
            WITH locked AS (SELECT count(pg_advisory_xact_lock({KeyLockSpace}, k)) AS keys FROM unnest(@k) AS k)
            INSERT INTO submissions (ledger, submitted_by, unit, stored_at, figures) SELECT @l, @w, @u, @t, @n FROM locked RETURNING id;
            """, ("l", ledger), ("w", submittedBy), ("u", unit), ("t", stamp)))
        {
            insertSubmission.Parameters.Add(new NpgsqlParameter("k", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = keys });
            insertSubmission.Parameters.AddWithValue("n", figures.Count);
            submission = (long)insertSubmission.ExecuteScalar()!;
        }

        // Read after the locks: under READ COMMITTED each statement sees what the key's previous writer committed.
        // Set-based, a few round trips a submission whatever its size: the latest kept version of each key, then
        // the versions decided here, then one insert in the submission's order (ids follow it, as Latest needs).
        var entities = figures.Select(f => f.Entity).ToArray();
        var targets = figures.Select(f => f.TargetId).ToArray();
        var dates = figures.Select(f => IsoDate.Format(f.AsOf)).ToArray();
        var latest = new Dictionary<(string, string, string), (int Version, string? Value)>();
        using (var previous = new NpgsqlCommand("""
            SELECT k.entity, k.target, k.as_of, p.version, p.value, p.withdraws
            FROM unnest(@e, @g, @a) AS k(entity, target, as_of)
            JOIN LATERAL (SELECT version, value, withdraws FROM figures f WHERE f.ledger = @l AND f.entity = k.entity AND f.target = k.target AND f.as_of = k.as_of ORDER BY version DESC LIMIT 1) p ON true;
            """, connection, transaction))
        {
            previous.Parameters.Add(new NpgsqlParameter("l", NpgsqlDbType.Text) { Value = ledger });
            previous.Parameters.Add(TextArray("e", entities));
            previous.Parameters.Add(TextArray("g", targets));
            previous.Parameters.Add(TextArray("a", dates));
            using var reader = previous.ExecuteReader();
            while (reader.Read())
            {
                // After a withdrawal the value in force is not the withdrawn one; the audit row does not say which it was.
                latest[(reader.GetString(0), reader.GetString(1), reader.GetString(2))] = (reader.GetInt32(3), reader.IsDBNull(5) ? reader.GetString(4) : null);
            }
        }

        var values = new string[figures.Count];
        var versions = new int[figures.Count];
        var changes = new List<object>();
        var newVersions = 0;
        for (var i = 0; i < figures.Count; i++)
        {
            var key = (entities[i], targets[i], dates[i]);
            values[i] = figures[i].Value.ToString(CultureInfo.InvariantCulture);
            versions[i] = 1;
            if (latest.TryGetValue(key, out var before))
            {
                versions[i] = before.Version + 1;
                newVersions++;
                changes.Add(new { target = targets[i], entity = entities[i], as_of = dates[i], from = before.Value, to = values[i], version = versions[i] });
            }

            // A key named twice in one submission: the second is the next version after the first.
            latest[key] = (versions[i], values[i]);
        }

        // The figures and the audit row in one round trip (two statements, one command).
        var detail = JsonConvert.SerializeObject(new { submission, stored = figures.Count, changed = changes });
        using (var insert = new NpgsqlCommand("""
            INSERT INTO figures (submission, ledger, entity, target, as_of, value, unit, reported_by, note, version)
            SELECT @s, @l, entity, target, as_of, value, unit, reported_by, note, version
            FROM unnest(@e, @g, @a, @v, @u, @r, @o, @n) WITH ORDINALITY AS t(entity, target, as_of, value, unit, reported_by, note, version, ord)
            ORDER BY ord;
            INSERT INTO audit (at, who, action, ledger, detail) VALUES (@t, @w, 'submit', @l, @d);
            UPDATE store_version SET version = version + 1;
            """, connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter("s", NpgsqlDbType.Bigint) { Value = submission });
            insert.Parameters.Add(new NpgsqlParameter("l", NpgsqlDbType.Text) { Value = ledger });
            insert.Parameters.Add(TextArray("e", entities));
            insert.Parameters.Add(TextArray("g", targets));
            insert.Parameters.Add(TextArray("a", dates));
            insert.Parameters.Add(TextArray("v", values));
            insert.Parameters.Add(TextArray("u", figures.Select(f => f.Unit).ToArray()));
            insert.Parameters.Add(TextArray("r", figures.Select(f => f.ReportedBy).ToArray()));
            insert.Parameters.Add(TextArray("o", figures.Select(f => f.Note).ToArray()));
            insert.Parameters.Add(new NpgsqlParameter("n", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = versions });
            insert.Parameters.Add(new NpgsqlParameter("t", NpgsqlDbType.Text) { Value = stamp });
            insert.Parameters.Add(new NpgsqlParameter("w", NpgsqlDbType.Text) { Value = submittedBy });
            insert.Parameters.Add(new NpgsqlParameter("d", NpgsqlDbType.Text) { Value = detail });
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return new StoreResult(submission, figures.Count, newVersions);
    }

    public long Count(string ledger) => Guard(() =>
    {
        using var connection = _source.OpenConnection();
        using var command = Command(connection, null, "SELECT COUNT(*) FROM figures WHERE ledger = @l;", ("l", ledger));
        return (long)command.ExecuteScalar()!;
    });

    public IReadOnlyList<(DateTimeOffset At, string Who, string Action, string Detail)> Audit(string ledger) => Guard(() =>
    {
        using var connection = _source.OpenConnection();
        using var command = Command(connection, null, "SELECT at, who, action, detail FROM audit WHERE ledger = @l ORDER BY id;", ("l", ledger));
        var rows = new List<(DateTimeOffset, string, string, string)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add((DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return (IReadOnlyList<(DateTimeOffset At, string Who, string Action, string Detail)>)rows;
    });

    public IReadOnlyList<ReplicaRevision> Report(string replica, IReadOnlyDictionary<string, string> revisions, DateTimeOffset now, TimeSpan fresh) => Guard(() =>
    {
        using var connection = _source.OpenConnection();
        using (var transaction = connection.BeginTransaction())
        {
            // A ledger this replica no longer serves must not linger as its revision.
            using (var clear = Command(connection, transaction, "DELETE FROM replicas WHERE replica = @r;", ("r", replica)))
            {
                clear.ExecuteNonQuery();
            }

            using var upsert = Command(connection, transaction, "INSERT INTO replicas (replica, ledger, revision, seen_at) VALUES (@r, @l, @v, @t);", ("r", replica), ("l", null), ("v", null));
            upsert.Parameters.Add(new NpgsqlParameter("t", NpgsqlDbType.TimestampTz) { Value = now.ToUniversalTime() });
            foreach (var (ledger, revision) in revisions)
            {
                Set(upsert, ("l", ledger), ("v", revision));
                upsert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        using var others = Command(connection, null, "SELECT replica, ledger, revision, seen_at FROM replicas WHERE replica <> @r AND seen_at >= @since ORDER BY replica, ledger;", ("r", replica));
        others.Parameters.Add(new NpgsqlParameter("since", NpgsqlDbType.TimestampTz) { Value = (now - fresh).ToUniversalTime() });
        var rows = new List<ReplicaRevision>();
        using var reader = others.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(new ReplicaRevision(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return (IReadOnlyList<ReplicaRevision>)rows;
    });

    public void Dispose() => _source.Dispose();

    /// <summary>
    /// Runs a store operation, turning "the database is not there right now" (refused or dropped connection, a
    /// server shutting down or starting, a pool or connect timeout) into <see cref="StoreUnavailableException"/>;
    /// the pool drops broken connections, so the next call after the database returns reconnects by itself.
    /// </summary>
    private T Guard<T>(Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (NpgsqlException e) when (e.IsTransient || e is not PostgresException)
        {
            // After a restart every idle pooled connection is dead; dropping them all lets the next request connect anew.
            _source.Clear();
            throw new StoreUnavailableException($"the figure store ({_description}) is unavailable: {e.Message}", e);
        }
        catch (TimeoutException e)
        {
            throw new StoreUnavailableException($"the figure store ({_description}) did not answer in time: {e.Message}", e);
        }
    }

    private static int KeyLock(string ledger, string entity, string target, string asOf)
    {
        // A stable hash (string.GetHashCode differs per process); two keys sharing one only queue behind each other.
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{ledger}\0{entity}\0{target}\0{asOf}"), hash);
        return BitConverter.ToInt32(hash);
    }

    private static NpgsqlParameter TextArray(string name, string?[] values) => new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values };

    private static string? Text(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, string? Value)[] texts)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in texts)
        {
            command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value });
        }

        return command;
    }

    private static void Set(NpgsqlCommand command, params (string Name, string? Value)[] texts)
    {
        foreach (var (name, value) in texts)
        {
            command.Parameters[name].Value = (object?)value ?? DBNull.Value;
        }
    }
}
