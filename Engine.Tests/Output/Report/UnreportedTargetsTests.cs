using Engine.Http.Store;
using Engine.Output.Report;
using Engine.Rules.Assessment;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Output.Report;

/// <summary>
/// The 未报送单位 target by target: a unit owes a figure for each target of its tasks, as lead, that is 待报送 or
/// stale at the date; it leaves the list when it owes none.
/// </summary>
public sealed class UnreportedTargetsTests : IDisposable
{
    // 市甲局 leads task 1 (two targets), with 市乙局 responsible; 市乙局 leads task 2 (one target) under an alias.
    private const string Area = """
        { "area": { "no": "一", "name": "测试" }, "tasks": [
          { "no": 1, "measure": { "no": 1, "name": "m" }, "lead": ["市甲局"], "responsible": ["市乙局"], "text": "任务一",
            "targets": [ { "id": "1.1", "metric": "对接会场数", "kind": "at_least", "nature": "cumulative", "value": 10, "unit": "场" },
                         { "id": "1.2", "metric": "制度建设", "kind": "milestone", "unit": "%" } ] },
          { "no": 2, "measure": { "no": 1, "name": "m" }, "lead": ["乙局"], "responsible": [], "text": "任务二",
            "targets": [ { "id": "2.1", "metric": "培训场次", "kind": "at_least", "nature": "cumulative", "value": 4, "unit": "场" } ] } ] }
        """;

    private const string Header = """
        { "id": "t", "title": "test ledger", "period": { "start": "2023-01-01", "end": "2023-12-31" },
          "reporting": { "cycle": "quarter", "grace_days": 10 }, "units": { "市乙局": ["乙局"] } }
        """;

    // As of 15 July the report for 30 June is owed (30 June + 10 days of grace).
    private const string AsOf = "2023-07-15";

    private readonly TempFolder _folder = new();
    private readonly TempLedger _temp = new(Area, Header);

    [Fact]
    public void UnreportedTargets_NothingStored_EachLeadOwesEachTargetOfItsTasks()
    {
        var owing = Owing();

        Assert.Equal([("市甲局", 2), ("市乙局", 1)], owing.Select(o => (o.Unit, o.Owed.Count)));
        Assert.Equal(["1.1", "1.2"], owing[0].Owed.Select(o => o.Target.Target.Id));
        Assert.All(owing[0].Owed, o => Assert.False(o.Stale));
        Assert.All(owing[0].Owed, o => Assert.Equal(new DateOnly(2023, 6, 30), o.Due));
    }

    [Fact]
    public void UnreportedTargets_ResponsibleOnly_IsNotListedForThatTask()
    {
        var owing = Owing();

        // 市乙局 is responsible for task 1, lead of task 2 (written 乙局, listed under its canonical name).
        var yi = Assert.Single(owing, o => o.Unit == "市乙局");
        Assert.Equal(["2.1"], yi.Owed.Select(o => o.Target.Target.Id));
        Assert.DoesNotContain(owing, o => o.Unit == "乙局");
    }

    [Fact]
    public void UnreportedTargets_FigureStored_UnitLeavesTheList()
    {
        Assert.Contains(Owing(), o => o.Unit == "市乙局");

        Store(("2.1", "2023-06-30", "2"));

        Assert.DoesNotContain(Owing(), o => o.Unit == "市乙局");
        Assert.Contains(Owing(), o => o.Unit == "市甲局");
    }

    [Fact]
    public void UnreportedTargets_StaleFigure_ListsTheUnitAgainWithTheDateOwed()
    {
        Store(("2.1", "2023-03-31", "2"));

        var yi = Assert.Single(Owing(), o => o.Unit == "市乙局");
        var owed = Assert.Single(yi.Owed);
        Assert.True(owed.Stale);
        Assert.Equal(new DateOnly(2023, 6, 30), owed.Due);
        Assert.Equal(new DateOnly(2023, 3, 31), owed.Target.Figure!.AsOf);
    }

    [Fact]
    public void UnreportedTargets_OneTargetOfTwoReported_OwesTheOtherOnly()
    {
        Store(("1.2", "2023-06-30", "50"));

        var jia = Assert.Single(Owing(), o => o.Unit == "市甲局");
        Assert.Equal(["1.1"], jia.Owed.Select(o => o.Target.Target.Id));
    }

    [Fact]
    public void UnreportedTargets_MostTargetsOwedFirst_SameUnitsAsTheTaskLevelList()
    {
        var tasks = Assessed().Assessments[0].Tasks;
        var byTarget = TaskLists.UnreportedTargets(Ledger, tasks);
        var byTask = TaskLists.Unreported(Ledger, tasks);

        // The same units owe; by task they tie (one task each, then by name), by target 市甲局 owes two.
        Assert.Equal(byTask.Select(o => o.Unit).Order(StringComparer.Ordinal), byTarget.Select(o => o.Unit).Order(StringComparer.Ordinal));
        Assert.Equal(["市乙局", "市甲局"], byTask.Select(o => o.Unit));
        Assert.Equal(["市甲局", "市乙局"], byTarget.Select(o => o.Unit));
    }

    private Ledger Ledger => _ledger ??= _temp.Read();

    private Ledger? _ledger;

    private FigureStore? _store;

    private FigureStore FigureStore => _store ??= new FigureStore(Path.Combine(_folder.Path, "figures.db"));

    /// <summary>Stores figures as the API does: taken in, then the accepted ones in one submission.</summary>
    private void Store(params (string Target, string AsOf, string Value)[] rows)
    {
        var intake = new FigureIntake(Ledger);
        foreach (var (target, asOf, value) in rows)
        {
            intake.Add(new RawFigure("test", 1, target, asOf, value));
        }

        Assert.Empty(intake.Rejected);
        FigureStore.Store("t", "test (admin)", null, intake.Accepted, DateTimeOffset.UtcNow);
    }

    /// <summary>The assessment from the figures in force in the store, as the pages and the API make it.</summary>
    private EvaluationResult Assessed() =>
        Run.Evaluate(Ledger, AsOf, _store is null ? [] : FigureStore.Latest("t", null));

    private IReadOnlyList<TaskLists.UnitOwes> Owing() => TaskLists.UnreportedTargets(Ledger, Assessed().Assessments[0].Tasks);

    public void Dispose()
    {
        _temp.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
