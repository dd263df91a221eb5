using Engine.Tests.Support;

namespace Engine.Tests.Http.Store;

/// <summary>The store contract on PostgreSQL: a throwaway cluster for the class, a new database per store.</summary>
public sealed class PostgresFigureStoreTests(PostgresClusterFixture postgres) : FigureStoreContract, IClassFixture<PostgresClusterFixture>, IDisposable
{
    internal override string NewDb() => postgres.Cluster.CreateDatabase().Replace("Pooling=false", "Pooling=true", StringComparison.Ordinal);

    public void Dispose() => CloseStores();
}
