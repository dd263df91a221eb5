using Engine.Tests.Support;

namespace Engine.Tests.Figures;

public class TextLoaderFigureReaderTests
{
    [Fact]
    public void Evaluate_TsvFile_ReadsThroughTextLoaderAndNamesEveryBadLine()
    {
        using var folder = new TempFolder();
        var tsv = folder.File("f.tsv", "target\tas_of\tvalue\tentity\n20.1\t2023-06-30\t5.9\tA\n\n20.1\t2023-06-30\tabc\tA\n//20.1\t2023-06-30\t7\tA\n   \n47.2\t2023-06-30\t7.7\tA\n");
        var r = Support.Cli.Run("evaluate", "--figures", tsv, "--out", Path.Combine(folder.Path, "out.json"));
        Assert.Equal(0, r.Exit);
        Assert.Contains("f.tsv:4:3 [value]: value \"abc\" is not a number", r.Err, StringComparison.Ordinal);
        Assert.Contains("f.tsv:5:1: the line starts with //", r.Err, StringComparison.Ordinal);
        // The empty line 3 and the blank line 6 are blank rows, counted, not rejected.
        Assert.DoesNotContain("f.tsv:6:", r.Err, StringComparison.Ordinal);
        Assert.Contains("figures read 6 = used 2 + superseded 0 + after as-of 0 + rejected 2 + blank 2", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BundledSampleAsTsv_GivesTheSameAssessmentAsTheCsv()
    {
        using var folder = new TempFolder();
        var csv = Path.Combine(BundledPaths.Samples, "figures-2023-06-30.csv");
        var tsv = folder.File("figures-2023-06-30.tsv", File.ReadAllText(csv).Replace(',', '\t'));
        var fromCsv = Support.Cli.Run("evaluate", "--figures", csv, "--format", "csv");
        var fromTsv = Support.Cli.Run("evaluate", "--figures", tsv, "--format", "csv");
        Assert.Equal((0, 0), (fromCsv.Exit, fromTsv.Exit));
        Assert.Equal(fromCsv.Out, fromTsv.Out);
        static string[] Rejected(string err) => [.. err.Split('\n').Where(l => l.StartsWith("rejected:", StringComparison.Ordinal))];
        var expected = Rejected(fromCsv.Err).Select(l => l.Replace(".csv:", ".tsv:", StringComparison.Ordinal)).ToArray();
        Assert.Equal(7, expected.Length);
        Assert.Equal(expected, Rejected(fromTsv.Err));
    }
}
