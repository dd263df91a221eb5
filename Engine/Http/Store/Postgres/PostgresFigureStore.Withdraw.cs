using System.Data;
using System.Globalization;
using Newtonsoft.Json;
using Npgsql;
using NpgsqlTypes;

namespace Engine.Http.Store.Postgres;

/// <summary>Withdrawal, as <see cref="FigureStore.Withdraw"/> does it, under the per-key lock submissions take.</summary>
internal sealed partial class PostgresFigureStore
{
    public Withdrawal Withdraw(string ledger, long id, string who, string? unit, string? reason, DateTimeOffset at, Func<StoredFigure, string?> refusal) => Guard(() =>
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return WithdrawOnce(ledger, id, who, unit, reason, at, refusal);
            }
            catch (PostgresException e) when (attempt < MaxAttempts && e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure)
            {
                Interlocked.Increment(ref _retries);
            }
        }
    });

    private Withdrawal WithdrawOnce(string ledger, long id, string who, string? unit, string? reason, DateTimeOffset at, Func<StoredFigure, string?> refusal)
    {
        using var connection = _source.OpenConnection();
        using var transaction = connection.BeginTransaction(IsolationLevel.ReadCommitted);
        if (Find(connection, transaction, ledger, id) is not { } found)
        {
            return new Withdrawal(WithdrawalOutcome.NotFound, $"ledger \"{ledger}\" has no stored figure version {id}");
        }

        // The key's lock, as a submission of it takes it; read the version again after it, so a submission or a
        // withdrawal committed meanwhile on any replica is seen (READ COMMITTED: each statement sees the last commit).
        using (var lockKey = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({KeyLockSpace}, @k);", connection, transaction))
        {
            lockKey.Parameters.Add(new NpgsqlParameter("k", NpgsqlDbType.Integer) { Value = KeyLock(ledger, found.Entity, found.Target, found.AsOf) });
            lockKey.ExecuteNonQuery();
        }

        var version = Find(connection, transaction, ledger, id)!;
        if (Withdrawal.Refused(version, refusal, () => InForce(connection, transaction, ledger, version)) is { } refused)
        {
            return refused;
        }

        var stamp = at.ToString("O", CultureInfo.InvariantCulture);
        long submission;
        using (var insert = Command(connection, transaction, "INSERT INTO submissions (ledger, submitted_by, unit, stored_at, figures) VALUES (@l, @w, @u, @t, 1) RETURNING id;", ("l", ledger), ("w", who), ("u", unit), ("t", stamp)))
        {
            submission = (long)insert.ExecuteScalar()!;
        }

        long marker;
        int next;
        using (var insert = Command(connection, transaction, """
            INSERT INTO figures (submission, ledger, entity, target, as_of, value, note, version, withdraws)
            SELECT @s, @l, @e, @g, @a, @v, @o, COALESCE(MAX(version), 0) + 1, @i FROM figures WHERE ledger = @l AND entity = @e AND target = @g AND as_of = @a
            RETURNING id, version;
            """, ("l", ledger), ("e", version.Entity), ("g", version.Target), ("a", version.AsOf), ("v", version.Value), ("o", reason)))
        {
            insert.Parameters.Add(new NpgsqlParameter("s", NpgsqlDbType.Bigint) { Value = submission });
            insert.Parameters.Add(new NpgsqlParameter("i", NpgsqlDbType.Bigint) { Value = version.Id });
            using var reader = insert.ExecuteReader();
            reader.Read();
            (marker, next) = (reader.GetInt64(0), reader.GetInt32(1));
        }

        var restored = InForce(connection, transaction, ledger, version);
        var detail = JsonConvert.SerializeObject(new
        {
            submission, withdrawn = version.Id, target = version.Target, entity = version.Entity, as_of = version.AsOf, value = version.Value, version = next, reason,
            in_force = restored is null ? null : new { id = restored.Id, version = restored.Version, value = restored.Value },
        });
        using (var audit = Command(connection, transaction, "INSERT INTO audit (at, who, action, ledger, detail) VALUES (@t, @w, 'withdraw', @l, @d); UPDATE store_version SET version = version + 1;", ("t", stamp), ("w", who), ("l", ledger), ("d", detail)))
        {
            audit.ExecuteNonQuery();
        }

        var stored = Find(connection, transaction, ledger, marker)!;
        transaction.Commit();
        return new Withdrawal(WithdrawalOutcome.Withdrawn, null) { Version = version, Marker = stored, InForce = restored };
    }

    /// <summary>The version in force for the key of <paramref name="of"/>: the latest that is neither a withdrawal nor withdrawn.</summary>
    private static StoredFigure? InForce(NpgsqlConnection connection, NpgsqlTransaction transaction, string ledger, StoredFigure of)
    {
        using var command = Command(connection, transaction, """
            SELECT f.id FROM figures f
            WHERE f.ledger = @l AND f.entity = @e AND f.target = @g AND f.as_of = @a AND f.withdraws IS NULL
              AND NOT EXISTS (SELECT 1 FROM figures w WHERE w.withdraws = f.id)
            ORDER BY f.version DESC LIMIT 1;
            """, ("l", ledger), ("e", of.Entity), ("g", of.Target), ("a", of.AsOf));
        return command.ExecuteScalar() is long id ? Find(connection, transaction, ledger, id) : null;
    }
}
