using Engine.Http.Access;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Http.Access;

public class AccessRulesTests
{
    private const string Header = """
        { "id": "t", "title": "x", "period": { "start": "2023-01-01", "end": "2023-12-31" },
          "units": { "市市场监督管理局": ["市市场监管局"], "市民政局": ["民政局"] } }
        """;

    // Task 1 is led by the short spelling, task 2 names the canonical one as responsible, task 3 is another unit's.
    private const string Area = """
        { "area": { "no": "一", "name": "测试" }, "tasks": [
          { "no": 1, "measure": { "no": 1, "name": "m" }, "lead": ["市市场监管局"], "responsible": [], "text": "t",
            "targets": [ { "id": "1.1", "metric": "m", "kind": "milestone", "unit": "%" } ] },
          { "no": 2, "measure": { "no": 1, "name": "m" }, "lead": ["市甲局"], "responsible": ["民政局"], "text": "t",
            "targets": [ { "id": "2.1", "metric": "m", "kind": "milestone", "unit": "%" } ] },
          { "no": 3, "measure": { "no": 1, "name": "m" }, "lead": ["市乙局"], "responsible": [], "text": "t",
            "targets": [ { "id": "3.1", "metric": "m", "kind": "milestone", "unit": "%" } ] } ] }
        """;

    private static Ledger Read()
    {
        using var temp = new TempLedger(Area, Header);
        return temp.Read();
    }

    private static Caller Unit(string unit) => new("k1", unit, IsAdmin: false);

    [Fact]
    public void Forbidden_KeyForCanonicalName_MayActOnTasksNamingAnAlias()
    {
        var ledger = Read();
        Assert.Equal(["2.1", "3.1"], AccessRules.Forbidden(Unit("市市场监督管理局"), ledger, ["1.1", "2.1", "3.1"]));
        Assert.Equal(["1.1", "3.1"], AccessRules.Forbidden(Unit("市民政局"), ledger, ["1.1", "2.1", "3.1"]));
    }

    [Fact]
    public void Forbidden_KeyBoundToAnAlias_MayActOnTheUnitsTasks()
    {
        var ledger = Read();
        Assert.Empty(AccessRules.Forbidden(Unit("市市场监管局"), ledger, ["1.1"]));
        Assert.Empty(AccessRules.Forbidden(Unit("民政局"), ledger, ["2.1"]));
    }

    [Fact]
    public void Forbidden_SpellingNotInTheTable_IsAnotherUnit()
    {
        var ledger = Read();
        Assert.Equal(["1.1"], AccessRules.Forbidden(Unit("市场监管局"), ledger, ["1.1"]));
    }
}
