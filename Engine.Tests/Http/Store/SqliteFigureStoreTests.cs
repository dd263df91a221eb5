using Engine.Http.Store;
using Engine.Tests.Support;

namespace Engine.Tests.Http.Store;

/// <summary>The store contract on the embedded SQLite store, a fresh file per test.</summary>
public sealed class SqliteFigureStoreTests : FigureStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();

    internal override IFigureStore NewStore() => new FigureStore(Path.Combine(_folder.Path, "engine.db"));

    internal override IFigureStore OpenAgain(IFigureStore store) => new FigureStore(Path.Combine(_folder.Path, "engine.db"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
