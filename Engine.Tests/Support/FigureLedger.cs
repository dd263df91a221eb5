using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Tests.Support;

/// <summary>A small ledger with a percent target (20.1), a counted one (101.1), a plain number (47.2) and a milestone (30.1), and reading files into it.</summary>
internal static class FigureLedger
{
    public static Ledger Ledger { get; } = TempLedger.WithTarget("""
        { "id": "20.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 12, "unit": "%" },
        { "id": "101.1", "metric": "新增上市企业", "kind": "at_least", "nature": "cumulative", "value": 2000, "unit": "家" },
        { "id": "47.2", "metric": "停电时间", "kind": "at_most", "nature": "level", "value": 5, "unit": "小时" },
        { "id": "30.1", "metric": "工程", "kind": "milestone", "unit": "%" }
        """);

    /// <summary>Writes the bytes as a file of the name and reads it with every row kept.</summary>
    public static FigureSet Read(TempFolder folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder.Path, name);
        File.WriteAllBytes(path, bytes);
        return FigureFiles.Read(path, Ledger, keepRows: true);
    }

    /// <summary>Writes the text as UTF-8 and reads it.</summary>
    public static FigureSet Read(TempFolder folder, string name, string text) => Read(folder, name, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>The one accepted figure of a set.</summary>
    public static (string Target, DateOnly AsOf, decimal Value) Only(FigureSet set)
    {
        Assert.Empty(set.Rejected);
        var figure = Assert.Single(set.All("", "20.1").Concat(set.All("", "101.1")).Concat(set.All("", "47.2")).Concat(set.All("", "30.1")));
        return (figure.TargetId, figure.AsOf, figure.Value);
    }
}
