using Engine.Output.Report;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Output.Report;

/// <summary>The league table and the lists of a 通报: who ranks worst, how the lagging tasks group, who owes figures.</summary>
public class LeagueTableTests
{
    private const string Area = """
        { "area": { "no": "一", "name": "测试" }, "tasks": [
          { "no": 1, "measure": { "no": 1, "name": "m" }, "lead": ["市甲局"], "responsible": [], "text": "一", "targets": [ { "id": "1.1", "metric": "甲一", "kind": "milestone", "unit": "%" } ] },
          { "no": 2, "measure": { "no": 1, "name": "m" }, "lead": ["市甲局"], "responsible": [], "text": "二", "targets": [ { "id": "2.1", "metric": "甲二", "kind": "milestone", "unit": "%" } ] },
          { "no": 3, "measure": { "no": 1, "name": "m" }, "lead": ["市乙局"], "responsible": [], "text": "三", "targets": [ { "id": "3.1", "metric": "乙一", "kind": "milestone", "unit": "%" } ] },
          { "no": 4, "measure": { "no": 1, "name": "m" }, "lead": ["市丙局"], "responsible": [], "text": "四", "targets": [ { "id": "4.1", "metric": "丙一", "kind": "milestone", "unit": "%" } ] },
          { "no": 5, "measure": { "no": 1, "name": "m" }, "lead": ["市丙局"], "responsible": [], "text": "五", "targets": [ { "id": "5.1", "metric": "丙二", "kind": "milestone", "unit": "%" } ] } ] }
        """;

    private const string Header = """
        { "id": "t", "title": "t", "period": { "start": "2023-01-01", "end": "2023-12-31" },
          "alerts": [ { "level": "red", "when": { "behind_by": 20 } }, { "level": "yellow", "when": { "status": ["lagging"] } } ] }
        """;

    // As of 30 June (τ 49.6%): 1.1 at 10% is red, 2.1 at 45% yellow, 3.1 has no figure, 4.1 and 5.1 at 10% are red.
    private static Rules.Assessment.EvaluationResult Assessed()
    {
        using var temp = new TempLedger(Area, Header);
        return Run.Evaluate(temp.Read(), "2023-06-30", ("1.1", "2023-06-30", "10"), ("2.1", "2023-06-30", "45"), ("4.1", "2023-06-30", "10"), ("5.1", "2023-06-30", "10"));
    }

    [Fact]
    public void Of_UnitsThatReportedNothing_RankAmongTheWorstAndTiesGoToMoreSuchTasks()
    {
        var result = Assessed();
        var rows = LeagueTable.Of(result.Ledger, result.Assessments[0].Tasks);

        // All three at 100%: 市甲局 and 市丙局 have two such tasks each (by name after that), 市乙局 one.
        Assert.Equal(["市丙局", "市甲局", "市乙局"], rows.Select(r => r.Unit));
        Assert.All(rows, r => Assert.Equal(1m, r.Share));
        Assert.Equal(1, rows[2].Counts[Status.NoData]);
    }

    [Fact]
    public void Behind_GroupsByAlertLevelRedFirstThenByLeadUnitWithCounts()
    {
        var result = Assessed();
        var groups = TaskLists.Behind(result.Ledger, result.Assessments[0].Tasks);

        Assert.Equal(["red", "yellow"], groups.Select(g => g.Level));
        Assert.Equal([("市丙局", 2), ("市甲局", 1)], groups[0].Units.Select(u => (u.Unit, u.Tasks.Count)));
        Assert.Equal(3, groups[0].Count);
        Assert.Equal([2], groups[1].Units.SelectMany(u => u.Tasks).Select(t => t.Task.No));
    }

    [Fact]
    public void Unreported_NamesTheUnitsThatOweFiguresAndWhat()
    {
        var result = Assessed();
        var owing = Assert.Single(TaskLists.Unreported(result.Ledger, result.Assessments[0].Tasks));

        Assert.Equal("市乙局", owing.Unit);
        Assert.Equal([3], owing.NoData.Select(t => t.Task.No));
        Assert.Empty(owing.Stale);
    }

    [Fact]
    public void Unreported_StaleTasksAreOwedToo()
    {
        var result = StaleFiguresLedger.Assessed();
        var owing = Assert.Single(TaskLists.Unreported(result.Ledger, result.Assessments[0].Tasks));
        Assert.Equal(("市甲局", 0, 1), (owing.Unit, owing.NoData.Count, owing.Stale.Count));
    }
}
