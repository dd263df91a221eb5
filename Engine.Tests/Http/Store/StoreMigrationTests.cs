using System.Net;
using Engine.Http.Store;
using Engine.Tests.Support;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Http.Store;

/// <summary>A store file written by the engine before withdrawals opens without loss, is migrated once, and its figures can be withdrawn.</summary>
public class StoreMigrationTests
{
    private const string HousingBureau = "市住房和城乡建设局";

    /// <summary>The schema and rows as the engine wrote them before schema version 1 (no withdrawals, no submitter unit).</summary>
    private static void WriteOldStore(string path)
    {
        using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $$"""
                PRAGMA journal_mode = WAL;
                CREATE TABLE submissions (
                  id INTEGER PRIMARY KEY, ledger TEXT NOT NULL, submitted_by TEXT NOT NULL, stored_at TEXT NOT NULL, figures INTEGER NOT NULL);
                CREATE TABLE figures (
                  id INTEGER PRIMARY KEY, submission INTEGER NOT NULL REFERENCES submissions(id), ledger TEXT NOT NULL,
                  entity TEXT NOT NULL, target TEXT NOT NULL, as_of TEXT NOT NULL, value TEXT NOT NULL, unit TEXT, reported_by TEXT, note TEXT,
                  version INTEGER NOT NULL, UNIQUE (ledger, entity, target, as_of, version));
                CREATE INDEX figures_key ON figures (ledger, target, entity, as_of, version);
                CREATE TABLE audit (
                  id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL, action TEXT NOT NULL, ledger TEXT NOT NULL, detail TEXT NOT NULL);
                INSERT INTO submissions VALUES (1, 'zhanjiang-2023', '0a1b2c3d ({{HousingBureau}})', '2023-07-01T00:00:00.0000000+00:00', 1);
                INSERT INTO submissions VALUES (2, 'zhanjiang-2023', 'ffee0011 (admin)', '2023-07-02T00:00:00.0000000+00:00', 1);
                INSERT INTO submissions VALUES (3, 'zhanjiang-2023', '0a1b2c3d ({{HousingBureau}})', '2023-07-03T00:00:00.0000000+00:00', 1);
                INSERT INTO figures VALUES (1, 1, 'zhanjiang-2023', '', '20.1', '2023-06-30', '5', NULL, '张三', NULL, 1);
                INSERT INTO figures VALUES (2, 2, 'zhanjiang-2023', '', '1.1', '2023-06-30', '40', NULL, NULL, '补报', 1);
                INSERT INTO figures VALUES (3, 3, 'zhanjiang-2023', '', '20.1', '2023-06-30', '12', NULL, '李四', NULL, 2);
                INSERT INTO audit VALUES (1, '2023-07-01T00:00:00.0000000+00:00', '0a1b2c3d ({{HousingBureau}})', 'submit', 'zhanjiang-2023', '{}');
                """;
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
    }

    private static long UserVersion(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public void Open_OldStore_KeepsEveryRowAndLearnsWhoSubmitted_Once()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "engine.db");
        WriteOldStore(path);

        var store = new FigureStore(path);
        var history = store.History("zhanjiang-2023", null, null);
        Assert.Equal([(2L, "1.1", "40", 1), (1L, "20.1", "5", 1), (3L, "20.1", "12", 2)], history.Select(f => (f.Id, f.Target, f.Value, f.Version)));
        Assert.Equal([null, HousingBureau, HousingBureau], history.Select(f => f.SubmitterUnit));
        Assert.All(history, f => Assert.Null(f.Withdraws));
        Assert.Equal(["40", "12"], store.Latest("zhanjiang-2023", null).Select(r => r.Value));
        Assert.Single(store.Audit("zhanjiang-2023"));
        Assert.Equal(1, UserVersion(path));

        // Opening it again is not a second migration (which would fail adding the columns twice).
        Assert.Equal(3, new FigureStore(path).Count("zhanjiang-2023"));
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task Serve_OldStore_AFigureItHeldIsWithdrawnByItsUnit()
    {
        await using var server = await ApiServer.StartAsync(prepareTargets: root => WriteOldStore(Path.Combine(Path.GetDirectoryName(root)!, "engine.db")));
        var key = server.AddKey(HousingBureau);
        var response = await server.Client.SendAsync(ApiServer.Post("/v1/ledgers/zhanjiang-2023/figures/3/withdraw", "", key));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(1L, (long)answer["in_force"]!["id"]!);
        Assert.Equal("5", (string?)answer["in_force"]!["value"]);
    }
}
