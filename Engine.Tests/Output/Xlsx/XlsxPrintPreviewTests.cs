using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Spreadsheet;
using Engine.Tests.Support;

namespace Engine.Tests.Output.Xlsx;

/// <summary>
/// Prints the bundled workbook to PDF with LibreOffice (headless) and reads the PDF's text back with poppler's
/// pdftotext: what LibreOffice cuts off at a row's height is missing from the PDF, so every explanation found whole
/// shows its row is tall enough. Both programs are installed by .ci/run; without them the test skips unless CI is set.
/// </summary>
public partial class XlsxPrintPreviewTests
{
    private const string LibreOfficeMissing = "LibreOffice not installed (apt-get install libreoffice-calc-nogui)";
    private const string PopplerMissing = "poppler-utils not installed (apt-get install poppler-utils)";

    [SkippableFact]
    public void EvaluateXlsx_PrintedByLibreOffice_ShowsEveryAchievementAndProblemWholeOnLandscapePages()
    {
        var soffice = ExternalProgram.Require(LibreOfficeMissing, "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice");
        var pdftotext = ExternalProgram.Require(PopplerMissing, "/usr/bin/pdftotext");
        var pdfinfo = ExternalProgram.Require(PopplerMissing, "/usr/bin/pdfinfo");
        using var folder = new TempFolder();
        using var workbook = AssessedWorkbook.Bundled();
        var pdf = Print(soffice, workbook.Path, folder.Path);

        var info = Run(pdfinfo, pdf);
        var size = info.Split('\n').Single(l => l.StartsWith("Page size:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(double.Parse(size[2], CultureInfo.InvariantCulture) > double.Parse(size[4], CultureInfo.InvariantCulture), $"pages are not landscape: {string.Join(' ', size)}");
        var pages = Run(pdftotext, "-enc", "UTF-8", pdf, "-").Split('\f').Select(Normalise).Where(p => p.Length > 0).ToList();

        // Each explanation column read on its own: side by side, pdftotext would mix lines of neighbouring cells.
        var widths = workbook.Sheet("评估").Descendants<Column>().ToDictionary(c => (int)c.Min!.Value, c => c.Width!.Value);
        var words = Words(Run(pdftotext, "-bbox", "-enc", "UTF-8", pdf, "-"));
        var (achievements, problems) = (ColumnText(words, "落实情况", "存在问题", widths[6], widths[7], first: true), ColumnText(words, "落实情况", "存在问题", widths[6], widths[7], first: false));

        var rows = workbook.Texts("评估").Skip(2).ToList();
        var cut = rows.Select(r => r[5]).Where(t => t.Length > 0 && !achievements.Contains(Normalise(t), StringComparison.Ordinal))
            .Concat(rows.Select(r => r[6]).Where(t => t.Length > 0 && !problems.Contains(Normalise(t), StringComparison.Ordinal))).ToList();
        Assert.True(rows.Count(r => r[6].Length > 0) > 100, "the sample has problems to print");
        Assert.True(cut.Count == 0, $"{cut.Count} texts are not whole in the printed PDF, e.g. {string.Join(" | ", cut.Take(3))}");

        // Every page of the ledger repeats its header, and every page's footer numbers it and gives the date.
        static bool HasHeader(List<(string Text, double Left, double Right)> page) => page.Any(w => w.Text == "落实情况") && page.Any(w => w.Text == "存在问题");
        var ledgerPages = words.SkipWhile(p => !HasHeader(p)).ToList();
        Assert.True(ledgerPages.Count > 1);
        Assert.All(ledgerPages, p => Assert.True(HasHeader(p), "a page of the ledger without its header"));
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"第{i + 1}页，共{pages.Count}页", pages[i], StringComparison.Ordinal);
            Assert.Contains("截至2023年6月30日", pages[i], StringComparison.Ordinal);
        }

        // ENGINE_UPDATE_SCREENSHOT=1 refreshes README's print preview: the first page of the ledger sheet.
        if (Environment.GetEnvironmentVariable("ENGINE_UPDATE_SCREENSHOT") == "1")
        {
            var pdftoppm = ExternalProgram.Require(PopplerMissing, "/usr/bin/pdftoppm");
            var page = (pages.Count - ledgerPages.Count + 1).ToString(CultureInfo.InvariantCulture);
            Run(pdftoppm, "-png", "-r", "96", "-f", page, "-l", page, "-singlefile", pdf, Path.Combine(BundledPaths.Root, "docs", "workbook-print"));
        }
    }

    /// <summary>The words of each page of <c>pdftotext -bbox</c> output, in its reading order, with where they sit.</summary>
    private static List<List<(string Text, double Left, double Right)>> Words(string html) =>
        [.. html.Split("<page ").Skip(1).Select(page => WordPattern.Matches(page).Select(m => (
            WebUtility.HtmlDecode(m.Groups["text"].Value),
            double.Parse(m.Groups["left"].Value, CultureInfo.InvariantCulture),
            double.Parse(m.Groups["right"].Value, CultureInfo.InvariantCulture))).ToList())];

    /// <summary>
    /// The text printed in the column headed <paramref name="left"/> (or, not <paramref name="first"/>, the one right of
    /// it headed <paramref name="right"/>), page after page. The centred headers give the columns' middles; with the
    /// sheet's widths they give the scale, hence each column's edges, and a word belongs where its middle falls.
    /// </summary>
    private static string ColumnText(List<List<(string Text, double Left, double Right)>> pages, string left, string right, double leftWidth, double rightWidth, bool first)
    {
        var text = new StringBuilder();
        foreach (var words in pages)
        {
            var heads = words.Where(w => w.Text == left || w.Text == right).ToList();
            var (a, b) = (heads.FirstOrDefault(w => w.Text == left), heads.FirstOrDefault(w => w.Text == right));
            if (a.Text is null || b.Text is null)
            {
                continue;
            }

            var (middleA, middleB) = ((a.Left + a.Right) / 2, (b.Left + b.Right) / 2);
            var scale = (middleB - middleA) / ((leftWidth + rightWidth) / 2);
            var (from, to) = first ? (middleA - (scale * leftWidth / 2), middleA + (scale * leftWidth / 2)) : (middleB - (scale * rightWidth / 2), middleB + (scale * rightWidth / 2));
            foreach (var w in words.Where(w => (w.Left + w.Right) / 2 is var x && x > from && x < to))
            {
                text.Append(w.Text);
            }
        }

        return Normalise(text.ToString());
    }

    /// <summary>Converts the workbook with its own LibreOffice profile, so runs beside each other (or beside a desktop LibreOffice) do not share one.</summary>
    private static string Print(string soffice, string workbook, string folder)
    {
        var profile = new Uri(Path.Combine(folder, "libreoffice-profile")).AbsoluteUri;
        Run(soffice, $"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder, workbook);
        var pdf = Path.Combine(folder, Path.GetFileNameWithoutExtension(workbook) + ".pdf");
        Assert.True(File.Exists(pdf), $"LibreOffice wrote no {pdf}");
        return pdf;
    }

    /// <summary>The text without any whitespace: the PDF breaks lines where the cell wraps them.</summary>
    private static string Normalise(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var c in text.Where(c => !char.IsWhiteSpace(c)))
        {
            kept.Append(c);
        }

        return kept.ToString();
    }

    private static string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(program)} did not finish in 3 minutes");
        }

        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(program)} exited with {process.ExitCode}: {error.Result}");
        return output.Result;
    }

    [GeneratedRegex("<word xMin=\"(?<left>[0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"(?<right>[0-9.]+)\" yMax=\"[0-9.]+\">(?<text>[^<]*)</word>")]
    private static partial Regex WordPatternRegex();

    private static Regex WordPattern => WordPatternRegex();
}
