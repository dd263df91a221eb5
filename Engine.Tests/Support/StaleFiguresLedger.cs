using Engine.Rules.Assessment;

namespace Engine.Tests.Support;

/// <summary>
/// A small quarterly ledger (10 days' grace) assessed as of 2023-09-30, when the report for 30 June is owed:
/// task 1 (市甲局) last reported for 31 March and is stale and lagging, task 2 (市甲局) reported for 30 June and is
/// on track, task 3 (市乙局) achieved its total by 31 March and owes no more reports.
/// </summary>
internal static class StaleFiguresLedger
{
    private const string Area = """
        { "area": { "no": "一", "name": "测试" }, "tasks": [
          { "no": 1, "measure": { "no": 1, "name": "m" }, "lead": ["市甲局"], "responsible": [], "text": "任务一",
            "targets": [ { "id": "1.1", "metric": "融资对接会场数", "kind": "at_least", "nature": "cumulative", "value": 10, "unit": "场" } ] },
          { "no": 2, "measure": { "no": 1, "name": "m" }, "lead": ["市甲局"], "responsible": [], "text": "任务二",
            "targets": [ { "id": "2.1", "metric": "m", "kind": "milestone", "unit": "%" } ] },
          { "no": 3, "measure": { "no": 1, "name": "m" }, "lead": ["市乙局"], "responsible": [], "text": "任务三",
            "targets": [ { "id": "3.1", "metric": "培训场次", "kind": "at_least", "nature": "cumulative", "value": 4, "unit": "场" } ] } ] }
        """;

    public static EvaluationResult Assessed()
    {
        using var temp = new TempLedger(Area, TempLedger.QuarterlyHeader);
        return Run.Evaluate(temp.Read(), "2023-09-30", ("1.1", "2023-03-31", "2"), ("2.1", "2023-06-30", "60"), ("3.1", "2023-03-31", "4"));
    }
}
