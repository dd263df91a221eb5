using System.Collections.Concurrent;
using Engine.Http.Store;
using System.Net;
using Engine.Rules.Figures;
using Engine.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Http.Store;

/// <summary>
/// What every figure store does, run against each one (<see cref="SqliteFigureStoreTests"/>,
/// <see cref="PostgresFigureStoreTests"/>): a case added here runs against both. <see cref="NewStore"/> gives a
/// fresh, empty store; <see cref="OpenAgain"/> a second handle on the same one, as another replica or process has.
/// </summary>
public abstract partial class FigureStoreContract
{
    protected const string Ledger = "zhanjiang-2023";
    internal static readonly DateTimeOffset At = new(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(8));

    private readonly Dictionary<IFigureStore, string> _names = [];
    private readonly List<IDisposable> _opened = [];

    /// <summary>The <c>--db</c> value of a fresh, empty store (skips the test when its database cannot be had here).</summary>
    internal abstract string NewDb();

    /// <summary>A fresh empty store.</summary>
    internal IFigureStore NewStore() => Open(NewDb());

    /// <summary>Another store object on the same data, sharing nothing in memory with <paramref name="store"/>.</summary>
    internal IFigureStore OpenAgain(IFigureStore store) => Open(_names[store]);

    internal IFigureStore Open(string db)
    {
        var store = StoreLocation.Parse(db).Open(TimeProvider.System);
        _names[store] = db;
        if (store is IDisposable disposable)
        {
            _opened.Add(disposable);
        }

        return store;
    }

    /// <summary>Closes the stores the test opened.</summary>
    protected void CloseStores()
    {
        foreach (var store in _opened)
        {
            store.Dispose();
        }
    }

    internal static Figure F(string target, string entity, string asOf, decimal value, string? unit = null, string? reportedBy = null, string? note = null) =>
        new(target, entity, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), value, "request", 1, 0) { Unit = unit, ReportedBy = reportedBy, Note = note };

    [SkippableFact]
    public void Store_NewKeys_Version1EachAndOneAuditRow()
    {
        var store = NewStore();
        var result = store.Store(Ledger, "unit:市住房和城乡建设局", null, [F("20.1", "湛江市", "2023-06-30", 10), F("20.2", "湛江市", "2023-06-30", 3.5m)], At);

        Assert.Equal(2, result.Stored);
        Assert.Equal(0, result.NewVersions);
        var history = store.History(Ledger, null, null);
        Assert.Equal([1, 1], history.Select(h => h.Version));
        Assert.All(history, h => Assert.Equal(result.Submission, h.Submission));
        Assert.All(history, h => Assert.Equal("unit:市住房和城乡建设局", h.SubmittedBy));
        Assert.All(history, h => Assert.Equal(At, h.StoredAt));
        Assert.Equal("3.5", history.Single(h => h.Target == "20.2").Value);
        var audit = Assert.Single(store.Audit(Ledger));
        Assert.Equal(("unit:市住房和城乡建设局", "submit", At), (audit.Who, audit.Action, audit.At));
        Assert.Equal(2, (int)JObject.Parse(audit.Detail)["stored"]!);
    }

    [SkippableFact]
    public void Store_SameKeyAgain_NextVersionAndAuditNamesTheChange()
    {
        var store = NewStore();
        store.Store(Ledger, "a", null, [F("20.1", "湛江市", "2023-06-30", 10)], At);
        var second = store.Store(Ledger, "b", null, [F("20.1", "湛江市", "2023-06-30", 12), F("20.1", "湛江市", "2023-09-30", 13)], At.AddDays(1));

        Assert.Equal(1, second.NewVersions);
        var versions = store.History(Ledger, "20.1", "湛江市").Select(h => (h.AsOf, h.Version, h.Value, h.SubmittedBy));
        Assert.Equal([("2023-06-30", 1, "10", "a"), ("2023-06-30", 2, "12", "b"), ("2023-09-30", 1, "13", "b")], versions);
        var change = JObject.Parse(store.Audit(Ledger)[1].Detail)["changed"]!.Single();
        Assert.Equal(("10", "12", 2), ((string?)change["from"], (string?)change["to"], (int)change["version"]!));
    }

    [SkippableFact]
    public void Store_OneSubmissionNamingAKeyTwice_TwoVersionsInItsOrder()
    {
        var store = NewStore();
        var result = store.Store(Ledger, "a", null, [F("20.1", "e", "2023-06-30", 1), F("20.1", "e", "2023-06-30", 2)], At);

        Assert.Equal(1, result.NewVersions);
        Assert.Equal([(1, "1"), (2, "2")], store.History(Ledger, null, null).Select(h => (h.Version, h.Value)));
        Assert.Equal("2", Assert.Single(store.Latest(Ledger, null)).Value);
    }

    [SkippableFact]
    public void Store_OptionalFields_KeptAsGivenOrNull()
    {
        var store = NewStore();
        store.Store(Ledger, "a", null, [F("20.1", "e", "2023-06-30", 1, unit: "%", reportedBy: "市住建局", note: "含 12 个项目"), F("20.2", "", "2023-06-30", 2)], At);

        var full = store.History(Ledger, "20.1", null).Single();
        Assert.Equal(("%", "市住建局", "含 12 个项目"), (full.Unit, full.ReportedBy, full.Note));
        var bare = store.History(Ledger, "20.2", null).Single();
        Assert.Equal(("", null, null, null), (bare.Entity, bare.Unit, bare.ReportedBy, bare.Note));
        var latest = store.Latest(Ledger, null).Single(r => r.Target == "20.1");
        Assert.Equal(("%", "市住建局", "含 12 个项目", "e"), (latest.Unit, latest.ReportedBy, latest.Note, latest.Entity));
    }

    [SkippableFact]
    public void Latest_SeveralVersions_NewestOfEachKeyInStoredOrder()
    {
        var store = NewStore();
        store.Store(Ledger, "a", null, [F("20.1", "e1", "2023-06-30", 1), F("1.1", "e1", "2023-06-30", 5)], At);
        store.Store(Ledger, "a", null, [F("20.1", "e2", "2023-06-30", 7)], At);
        store.Store(Ledger, "a", null, [F("20.1", "e1", "2023-06-30", 2)], At);

        var all = store.Latest(Ledger, null).Select(r => (r.Target, r.Entity, r.Value)).ToList();
        Assert.Equal([("1.1", "e1", "5"), ("20.1", "e2", "7"), ("20.1", "e1", "2")], all);
        Assert.Equal([("1.1", "5"), ("20.1", "2")], store.Latest(Ledger, "e1").Select(r => (r.Target, r.Value)));
    }

    [SkippableFact]
    public void HistoryAndCount_OtherLedgersAndFilters_KeptApart()
    {
        var store = NewStore();
        store.Store(Ledger, "a", null, [F("20.1", "e1", "2023-06-30", 1), F("20.1", "e2", "2023-06-30", 1), F("1.1", "e1", "2023-06-30", 1)], At);
        store.Store(Ledger, "a", null, [F("20.1", "e1", "2023-06-30", 2)], At);
        store.Store("other", "a", null, [F("20.1", "e1", "2023-06-30", 9)], At);

        Assert.Equal(4, store.Count(Ledger));
        Assert.Equal(1, store.Count("other"));
        Assert.Equal(0, store.Count("none"));
        Assert.Equal(3, store.History(Ledger, "20.1", null).Count);
        Assert.Equal(2, store.History(Ledger, "20.1", "e1").Count);
        Assert.Equal(3, store.History(Ledger, null, "e1").Count);
        Assert.Empty(store.History(Ledger, "9.9", null));
        Assert.Single(store.Audit("other"));
        Assert.Equal(2, store.Audit(Ledger).Count);
    }

    [SkippableFact]
    public void Store_SecondHandle_SeesTheFirstsWritesAtOnce()
    {
        var first = NewStore();
        var second = OpenAgain(first);
        first.Store(Ledger, "a", null, [F("20.1", "e", "2023-06-30", 1)], At);

        var result = second.Store(Ledger, "b", null, [F("20.1", "e", "2023-06-30", 2)], At);

        Assert.Equal(1, result.NewVersions);
        Assert.Equal([1, 2], first.History(Ledger, null, null).Select(h => h.Version));
    }

    /// <summary>
    /// Eight writers over two handles (as two replicas or two processes are), all on the same few keys: every
    /// acknowledged submission is kept, and each key's versions run 1..n with no gap and no duplicate.
    /// </summary>
    [SkippableFact]
    public void Store_EightWritersOnTwoHandlesSameKeys_VersionsGaplessAndNothingLost()
    {
        var stores = new[] { NewStore() };
        stores = [stores[0], OpenAgain(stores[0])];
        const int perWriter = 25;
        var acknowledged = new ConcurrentBag<long>();
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, w =>
        {
            for (var i = 0; i < perWriter; i++)
            {
                // Keys in both orders across writers: lock ordering must keep them from deadlocking.
                var keys = w % 2 == 0 ? new[] { "20.1", "20.2" } : ["20.2", "20.1"];
                var result = stores[w % 2].Store(Ledger, $"w{w}", null, [F(keys[0], "e", "2023-06-30", (w * 1000) + i), F(keys[1], "e", "2023-06-30", i), F("1.1", $"e{i % 3}", "2023-06-30", i)], At);
                acknowledged.Add(result.Submission);
            }
        });

        var history = stores[1].History(Ledger, null, null);
        Assert.Equal(8 * perWriter * 3, history.Count);
        Assert.Equal(acknowledged.Order(), history.Select(h => h.Submission).Distinct().Order());
        foreach (var key in history.GroupBy(h => (h.Target, h.Entity, h.AsOf)))
        {
            Assert.Equal(Enumerable.Range(1, key.Count()), key.Select(h => h.Version));
        }

        Assert.Equal(8 * perWriter, stores[0].Audit(Ledger).Count);
    }

    /// <summary>The access rules over HTTP on this store: a unit's key stores its own task's figures and nothing of a submission naming another's.</summary>
    [SkippableFact]
    public async Task Submit_OverHttp_OtherUnitsTaskRefusedWhole_OwnStoredAndAssessed()
    {
        var db = NewDb();
        await using var server = await ApiServer.StartAsync(db: db);
        var key = server.AddKey("市住房和城乡建设局");
        const string Path = "/v1/ledgers/zhanjiang-2023";

        var forbidden = await server.Client.SendAsync(ApiServer.Post(Path + "/figures", """{"figures":[{"target":"20.1","as_of":"2023-06-30","value":12},{"target":"1.1","as_of":"2023-06-30","value":50}]}""", key));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(0, Open(db).Count(Ledger));

        var stored = await server.Client.SendAsync(ApiServer.Post(Path + "/figures", """{"figures":[{"target":"20.1","as_of":"2023-06-30","value":12}]}""", key));
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        var history = JObject.Parse(await (await server.Client.SendAsync(ApiServer.Get(Path + "/figures?target=20.1", key))).Content.ReadAsStringAsync());
        Assert.Equal("12", (string?)history["versions"]!.Single()["value"]);
        var assessment = JObject.Parse(await (await server.Client.SendAsync(ApiServer.Get(Path + "/assessment?as_of=2023-06-30", key))).Content.ReadAsStringAsync());
        Assert.Equal("on_track", (string?)assessment["assessments"]![0]!["tasks"]!.Single(t => (int)t["no"]! == 20)["status"]);
    }
}
