using Engine.Http.Store;
using Engine.Http.Store.Postgres;
using Engine.Tests.Support;

namespace Engine.Tests.Http.Store;

/// <summary>The store contract on PostgreSQL: a throwaway cluster for the class, a new database per test.</summary>
public sealed class PostgresFigureStoreTests(PostgresClusterFixture postgres) : FigureStoreContract, IClassFixture<PostgresClusterFixture>, IDisposable
{
    private readonly List<PostgresFigureStore> _opened = [];
    private readonly Dictionary<IFigureStore, string> _databases = [];

    internal override IFigureStore NewStore()
    {
        var database = postgres.Cluster.CreateDatabase();
        var store = Open(database);
        _databases[store] = database;
        return store;
    }

    internal override IFigureStore OpenAgain(IFigureStore store) => Open(_databases[store]);

    private PostgresFigureStore Open(string database)
    {
        var store = new PostgresFigureStore(database.Replace("Pooling=false", "Pooling=true", StringComparison.Ordinal), TimeProvider.System);
        _opened.Add(store);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in _opened)
        {
            store.Dispose();
        }
    }
}
