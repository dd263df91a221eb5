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
        original.Store("zhanjiang-2023", "a", "市住房和城乡建设局", [FigureStoreContract.F("20.1", "e", "2023-06-30", 1, unit: "%", note: "首报"), FigureStoreContract.F("1.1", "", "2023-06-30", 40)], At);
        original.Store("zhanjiang-2023", "b", "市住房和城乡建设局", [FigureStoreContract.F("20.1", "e", "2023-06-30", 2)], At.AddDays(1));
        var second = original.History("zhanjiang-2023", "20.1", "e")[^1];
        Assert.Equal(WithdrawalOutcome.Withdrawn, original.Withdraw("zhanjiang-2023", second.Id, "admin", null, "填错", At.AddDays(2), _ => null).Outcome);
        var pg = Pooled(postgres.Cluster.CreateDatabase());

        var export = Support.Cli.Run("db", "export", "--db", sqlite, "--to", pg);

        Assert.Equal(0, export.Exit);
        Assert.Contains("copied 3 submissions, 4 figure versions, 3 audit rows", export.Out, StringComparison.Ordinal);
        using var moved = new PostgresFigureStore(pg, TimeProvider.System);
        Assert.Equal(original.History("zhanjiang-2023", null, null), moved.History("zhanjiang-2023", null, null));
        Assert.Equal(original.Audit("zhanjiang-2023"), moved.Audit("zhanjiang-2023"));

        // The withdrawal survives the copy: version 2 is withdrawn by version 3, the unit is kept, version 1 is in force.
        var copied = moved.History("zhanjiang-2023", "20.1", "e");
        Assert.Equal((second.Id, "市住房和城乡建设局"), (copied[2].Withdraws, copied[1].SubmitterUnit));
        Assert.Equal(copied[2].Id, copied[1].WithdrawnBy);
        Assert.Equal("1", moved.Latest("zhanjiang-2023", "e").Single().Value);
        Assert.Equal(WithdrawalOutcome.Conflict, moved.Withdraw("zhanjiang-2023", second.Id, "admin", null, null, At.AddDays(3), _ => null).Outcome);

        // The id sequences go on after the copied rows: the next submission is number 4, version 4 of the key.
        var next = moved.Store("zhanjiang-2023", "c", null, [FigureStoreContract.F("20.1", "e", "2023-06-30", 3)], At.AddDays(2));
        Assert.Equal(4, next.Submission);
        Assert.Equal(4, moved.History("zhanjiang-2023", "20.1", "e")[^1].Version);

        var back = Path.Combine(_folder.Path, "back.db");
        var import = Support.Cli.Run("db", "import", "--db", back, "--from", pg);
        Assert.Equal(0, import.Exit);
        var returned = new FigureStore(back);
        Assert.Equal(moved.History("zhanjiang-2023", null, null), returned.History("zhanjiang-2023", null, null));
        Assert.Equal(moved.Latest("zhanjiang-2023", null), returned.Latest("zhanjiang-2023", null));
    }

    [SkippableFact]
    public void Export_IntoAStoreThatHoldsFigures_RefusedAndLeftAsItWas()
    {
        var sqlite = Path.Combine(_folder.Path, "city.db");
        new FigureStore(sqlite).Store("zhanjiang-2023", "a", null, [FigureStoreContract.F("20.1", "e", "2023-06-30", 1)], At);
        var pg = Pooled(postgres.Cluster.CreateDatabase());
        using (var store = new PostgresFigureStore(pg, TimeProvider.System))
        {
            store.Store("zhanjiang-2023", "x", null, [FigureStoreContract.F("1.1", "", "2023-06-30", 9)], At);
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
