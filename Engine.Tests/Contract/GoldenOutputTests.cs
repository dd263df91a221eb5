using Engine.Tests.Support;

namespace Engine.Tests.Contract;

/// <summary>
/// The evaluate outputs of the four bundled samples, byte for byte. A change that moves them on purpose
/// regenerates the files in the same commit (see README, "Golden files").
/// </summary>
public class GoldenOutputTests
{
    public static TheoryData<string> Quarters => new() { "2023-03-31", "2023-06-30", "2023-09-30", "2023-12-31" };

    [Theory]
    [MemberData(nameof(Quarters))]
    public void Evaluate_BundledSampleJson_MatchesGoldenFile(string asOf)
    {
        var r = Support.Cli.Run("evaluate", "--figures", Sample(asOf));
        Assert.Equal(0, r.Exit);
        AssertSame(Golden($"evaluate-{asOf}.json"), r.Out);
    }

    [Theory]
    [MemberData(nameof(Quarters))]
    public void Evaluate_BundledSampleEnglishCsv_MatchesGoldenFile(string asOf)
    {
        var r = Support.Cli.Run("evaluate", "--figures", Sample(asOf), "--lang", "en", "--format", "csv");
        Assert.Equal(0, r.Exit);
        AssertSame(Golden($"evaluate-{asOf}.en.csv"), r.Out);
    }

    private static string Sample(string asOf) => Path.Combine(BundledPaths.Samples, $"figures-{asOf}.csv");

    private static string Golden(string name) => Path.Combine(BundledPaths.Root, "Engine.Tests", "Golden", name);

    private static void AssertSame(string goldenPath, string actual)
    {
        // Bytes decoded as they are: a byte-order mark at the start is part of what is compared, not skipped.
        var expected = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(goldenPath));
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return;
        }

        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var line = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => !string.Equals(e[i], a[i], StringComparison.Ordinal), Math.Min(e.Length, a.Length));
        Assert.Fail($"{Path.GetFileName(goldenPath)} differs at line {line + 1}:\n  golden: {(line < e.Length ? e[line] : "<end>")}\n  actual: {(line < a.Length ? a[line] : "<end>")}");
    }
}
