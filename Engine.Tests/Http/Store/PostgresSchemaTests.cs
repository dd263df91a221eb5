using Engine.Http.Store;
using Engine.Http.Store.Postgres;
using Engine.Tests.Support;
using Npgsql;

namespace Engine.Tests.Http.Store;

/// <summary>Migration on PostgreSQL: recorded per version, applied once when replicas start together, never past a newer schema.</summary>
public sealed class PostgresSchemaTests(PostgresClusterFixture postgres) : IClassFixture<PostgresClusterFixture>
{
    [SkippableFact]
    public void Migrate_SixReplicasStartingTogether_AppliedOnceAndRecorded()
    {
        using var source = NpgsqlDataSource.Create(postgres.Cluster.CreateDatabase());
        using var start = new Barrier(6);
        var applied = new int[6];

        Parallel.For(0, 6, new ParallelOptions { MaxDegreeOfParallelism = 6 }, i =>
        {
            start.SignalAndWait();
            applied[i] = PostgresSchema.Migrate(source, TimeProvider.System);
        });

        Assert.Equal(PostgresSchema.Migrations.Count, applied.Sum());
        Assert.Equal(PostgresSchema.Migrations.Select(m => m.Version), PostgresSchema.Applied(source));
        Assert.Equal(0, PostgresSchema.Migrate(source, TimeProvider.System));
    }

    [SkippableFact]
    public void Migrate_SchemaNewerThanTheEngine_RefusedAndNothingTouched()
    {
        using var source = NpgsqlDataSource.Create(postgres.Cluster.CreateDatabase());
        PostgresSchema.Migrate(source, TimeProvider.System);
        using (var command = source.CreateCommand($"INSERT INTO engine_migrations VALUES ({PostgresSchema.Latest + 1}, 'from a newer engine', 'x');"))
        {
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<StoreLocationException>(() => PostgresSchema.Migrate(source, TimeProvider.System));

        Assert.Contains($"migration {PostgresSchema.Latest + 1}", error.Message, StringComparison.Ordinal);
    }
}
