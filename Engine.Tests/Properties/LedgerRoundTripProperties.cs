using Engine.Rules.Ledgers;
using Engine.Tests.Generators;
using Engine.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Engine.Tests.Properties;

public class LedgerRoundTripProperties
{
    [Property(MaxTest = 40)]
    public Property ReadWriteRead_GivesTheSameLedger() =>
        Prop.ForAll(
            Arb.From(TargetGenerators.TargetWithInteger),
            spec =>
            {
                var ledger = TempLedger.WithTarget(spec.Json());
                var folder = Path.Combine(Path.GetTempPath(), "engine-tests", Guid.NewGuid().ToString("N"));
                LedgerWriter.Write(ledger, folder);
                var again = LedgerReader.Read(folder);
                var same = LedgerWriter.LedgerJson(ledger) == LedgerWriter.LedgerJson(again)
                    && LedgerWriter.AreaJson(ledger.Areas[0], ledger.Tasks) == LedgerWriter.AreaJson(again.Areas[0], again.Tasks)
                    && ledger.Targets[0] with { Location = again.Targets[0].Location } == again.Targets[0];
                Directory.Delete(folder, recursive: true);
                return same;
            });

    [Fact]
    public void ReadWriteRead_UnitsTable_IsKeptInOrder()
    {
        var header = """{ "id": "t", "title": "x", "period": { "start": "2023-01-01", "end": "2023-12-31" }, "units": { "市民政局": ["民政局"], "市市场监督管理局": ["市市场监管局", "市市场监督管理局等相关单位"] } }""";
        using var temp = new TempLedger(TempLedger.Area("""{ "id": "1.1", "metric": "m", "kind": "milestone", "unit": "%" }"""), header);
        var ledger = temp.Read();
        var folder = Path.Combine(Path.GetTempPath(), "engine-tests", Guid.NewGuid().ToString("N"));
        LedgerWriter.Write(ledger, folder);
        var again = LedgerReader.Read(folder);
        Directory.Delete(folder, recursive: true);
        Assert.Equal(LedgerWriter.LedgerJson(ledger), LedgerWriter.LedgerJson(again));
        Assert.Equal(["市民政局", "市市场监督管理局"], again.Units.Table.Select(e => e.Key));
        Assert.Equal(["市市场监管局", "市市场监督管理局等相关单位"], again.Units.Table[1].Value);
        Assert.Equal("市市场监督管理局", again.Units.Canonical("市市场监管局"));
    }

    [Fact]
    public void ReadWriteRead_BundledLedger_IsUnchanged()
    {
        var ledger = LedgerReader.Read(BundledPaths.Targets);
        var folder = Path.Combine(Path.GetTempPath(), "engine-tests", Guid.NewGuid().ToString("N"));
        LedgerWriter.Write(ledger, folder);
        var again = LedgerReader.Read(folder);
        Assert.Equal(ledger.Tasks.Count, again.Tasks.Count);
        for (var i = 0; i < ledger.Targets.Count; i++)
        {
            Assert.Equal(ledger.Targets[i] with { Location = again.Targets[i].Location }, again.Targets[i]);
        }

        Assert.All(ledger.Areas, a => Assert.Equal(LedgerWriter.AreaJson(a, ledger.Tasks.Where(t => t.Area.File == a.File)), LedgerWriter.AreaJson(a, again.Tasks.Where(t => t.Area.File == a.File))));
        Assert.Equal(LedgerWriter.LedgerJson(ledger), LedgerWriter.LedgerJson(again));
        Directory.Delete(folder, recursive: true);
    }
}
