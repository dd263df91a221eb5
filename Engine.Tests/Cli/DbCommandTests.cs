using Engine.Http.Store;
using Engine.Http.Store.Postgres;
using Engine.Tests.Http.Store;
using Engine.Tests.Support;

namespace Engine.Tests.Cli;

/// <summary><c>engine db migrate|export|import</c> between a SQLite file and a throwaway PostgreSQL cluster.</summary>
public sealed class DbCommandTests(PostgresClusterFixture postgres) : IClassFixture<PostgresClusterFixture>, IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(8));
    private readonly TempFolder _folder = new();

    [SkippableFact]
    public void ExportThenImportBack_SqliteToPostgresAndBack_SameHistoryAuditAndIdsCountsChecked()
    {
        var sqlite = Path.Combine(_folder.Path, "city.db");
        var original = new FigureStore(sqlite);
        original.Store("zhanjiang-2023", "a", [FigureStoreContract.F("20.1", "e", "2023-06-30", 1, unit: "%", note: "首报"), FigureStoreContract.F("1.1", "", "2023-06-30", 40)], At);
        original.Store("zhanjiang-2023", "b", [FigureStoreContract.F("20.1", "e", "2023-06-30", 2)], At.AddDays(1));
        var pg = Pooled(postgres.Cluster.CreateDatabase());

        var export = Support.Cli.Run("db", "export", "--db", sqlite, "--to", pg);

        Assert.Equal(0, export.Exit);
        Assert.Contains("copied 2 submissions, 3 figure versions, 2 audit rows", export.Out, StringComparison.Ordinal);
        using var moved = new PostgresFigureStore(pg, TimeProvider.System);
        Assert.Equal(original.History("zhanjiang-2023", null, null), moved.History("zhanjiang-2023", null, null));
        Assert.Equal(original.Audit("zhanjiang-2023"), moved.Audit("zhanjiang-2023"));

        // The id sequences go on after the copied rows: the next submission is number 3, version 3 of the key.
        var next = moved.Store("zhanjiang-2023", "c", [FigureStoreContract.F("20.1", "e", "2023-06-30", 3)], At.AddDays(2));
        Assert.Equal(3, next.Submission);
        Assert.Equal(3, moved.History("zhanjiang-2023", "20.1", "e")[^1].Version);

        var back = Path.Combine(_folder.Path, "back.db");
        var import = Support.Cli.Run("db", "import", "--db", back, "--from", pg);
        Assert.Equal(0, import.Exit);
        Assert.Equal(moved.History("zhanjiang-2023", null, null), new FigureStore(back).History("zhanjiang-2023", null, null));
    }

    [SkippableFact]
    public void Export_IntoAStoreThatHoldsFigures_RefusedAndLeftAsItWas()
    {
        var sqlite = Path.Combine(_folder.Path, "city.db");
        new FigureStore(sqlite).Store("zhanjiang-2023", "a", [FigureStoreContract.F("20.1", "e", "2023-06-30", 1)], At);
        var pg = Pooled(postgres.Cluster.CreateDatabase());
        using (var store = new PostgresFigureStore(pg, TimeProvider.System))
        {
            store.Store("zhanjiang-2023", "x", [FigureStoreContract.F("1.1", "", "2023-06-30", 9)], At);
        }

        var export = Support.Cli.Run("db", "export", "--db", sqlite, "--to", pg);

        Assert.Equal(1, export.Exit);
        Assert.Contains("is not empty (1 submissions", export.Err, StringComparison.Ordinal);
        using var after = new PostgresFigureStore(pg, TimeProvider.System);
        Assert.Equal(1, after.Count("zhanjiang-2023"));
    }

    [SkippableFact]
    public void Migrate_NewThenCurrentDatabase_AppliesOnceThenNothing()
    {
        var pg = postgres.Cluster.CreateDatabase();

        var first = Support.Cli.Run("db", "migrate", "--db", pg);
        var second = Support.Cli.Run("db", "migrate", "--db", pg);

        Assert.Equal((0, 0), (first.Exit, second.Exit));
        Assert.Contains($"{PostgresSchema.Migrations.Count} migration(s) applied", first.Out, StringComparison.Ordinal);
        Assert.Contains("0 migration(s) applied", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_FromASqliteFileThatIsNotThere_RefusedAndNothingCreated()
    {
        var missing = Path.Combine(_folder.Path, "missing.db");

        var export = Support.Cli.Run("db", "export", "--db", missing, "--to", Path.Combine(_folder.Path, "to.db"));

        Assert.Equal(1, export.Exit);
        Assert.Contains("does not exist", export.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void Migrate_UnreachableDatabase_Exit1NamingIt()
    {
        var migrate = Support.Cli.Run("db", "migrate", "--db", "Host=127.0.0.1;Port=1;Database=none;Timeout=2");

        Assert.Equal(1, migrate.Exit);
        Assert.StartsWith("engine: the store could not be read or written", migrate.Err, StringComparison.Ordinal);
    }

    private static string Pooled(string connectionString) => connectionString.Replace("Pooling=false", "Pooling=true", StringComparison.Ordinal);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
