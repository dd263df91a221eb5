using Engine.Tests.Support;

namespace Engine.Tests.Http.Store;

/// <summary>The store contract on the embedded SQLite store, a fresh file per store.</summary>
public sealed class SqliteFigureStoreTests : FigureStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();

    internal override string NewDb() => Path.Combine(_folder.Path, $"{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        CloseStores();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
