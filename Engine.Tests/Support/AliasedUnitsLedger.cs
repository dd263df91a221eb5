using Engine.Rules.Assessment;

namespace Engine.Tests.Support;

/// <summary>
/// A small ledger whose units table joins 市市场监管局 to 市市场监督管理局 and 民政局 to 市民政局, assessed as of
/// 2023-06-30: task 1 (led by the short spelling) lags, task 2 (the canonical one) is on track, task 3 names
/// 市民政局 under both spellings and lags, task 4 (市乙局) has no figure.
/// </summary>
internal static class AliasedUnitsLedger
{
    private const string Header = """
        { "id": "t", "title": "别名测试", "period": { "start": "2023-01-01", "end": "2023-12-31" },
          "units": { "市市场监督管理局": ["市市场监管局"], "市民政局": ["民政局"] } }
        """;

    private const string Area = """
        { "area": { "no": "一", "name": "测试" }, "tasks": [
          { "no": 1, "measure": { "no": 1, "name": "m" }, "lead": ["市市场监管局"], "responsible": [], "text": "任务一",
            "targets": [ { "id": "1.1", "metric": "m", "kind": "milestone", "unit": "%" } ] },
          { "no": 2, "measure": { "no": 1, "name": "m" }, "lead": ["市市场监督管理局"], "responsible": [], "text": "任务二",
            "targets": [ { "id": "2.1", "metric": "m", "kind": "milestone", "unit": "%" } ] },
          { "no": 3, "measure": { "no": 1, "name": "m" }, "lead": ["市民政局", "民政局"], "responsible": [], "text": "任务三",
            "targets": [ { "id": "3.1", "metric": "m", "kind": "milestone", "unit": "%" } ] },
          { "no": 4, "measure": { "no": 1, "name": "m" }, "lead": ["市乙局"], "responsible": [], "text": "任务四",
            "targets": [ { "id": "4.1", "metric": "m", "kind": "milestone", "unit": "%" } ] } ] }
        """;

    public static EvaluationResult Assessed()
    {
        using var temp = new TempLedger(Area, Header);
        return Run.Evaluate(temp.Read(), "2023-06-30", ("1.1", "2023-06-30", "10"), ("2.1", "2023-06-30", "80"), ("3.1", "2023-06-30", "10"));
    }
}
