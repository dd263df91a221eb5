using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Engine.Output;
using Engine.Output.Xlsx;
using Engine.Rules.Assessment;
using Engine.Rules.Authoring;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Output;

/// <summary>
/// The Chinese that people read, in every output of the bundled samples at the four quarter ends: no English word the
/// ledger does not use itself, no comparison symbols, no 今天, no target id in brackets. Machine fields (codes, ids,
/// the rule revision, file names) are exempt.
/// </summary>
public partial class OfficialWordingTests
{
    private static readonly Ledger Bundled = LedgerReader.Read(BundledPaths.Targets);

    private static readonly IReadOnlyList<string> LedgerTexts = LedgerOwnTexts(Bundled);

    private static readonly HashSet<string> LedgerWords = [.. LedgerTexts.SelectMany(s => AsciiWord().Matches(s).Select(m => m.Value))];

    public static TheoryData<string> QuarterEnds => new() { "2023-03-31", "2023-06-30", "2023-09-30", "2023-12-31" };

    private static EvaluationResult Evaluate(string asOf)
    {
        var figures = FigureFiles.Read(Path.Combine(BundledPaths.Samples, $"figures-{asOf}.csv"), Bundled);
        return new Evaluator(Bundled).Evaluate(figures, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(QuarterEnds))]
    public void TaskTexts_LabelsAndRefusals_ReadAsOfficialChinese(string asOf)
    {
        var result = Evaluate(asOf);
        var texts = result.Assessments.SelectMany(a => a.Tasks).SelectMany(t => new[]
        {
            TaskExplainer.Achievements(t, Language.Zh),
            TaskExplainer.Problems(t, Language.Zh),
            Bundled.Labels.For(t.Status),
            t.Alert is { } alert ? AlertLabels.For(alert.Level, Language.Zh) : "",
        }).Concat(result.Rejected.Select(p => p.MessageIn(Language.Zh)));
        AssertOfficial(texts, $"texts as of {asOf}");
    }

    [Theory]
    [MemberData(nameof(QuarterEnds))]
    public void Report_VisibleText_ReadsAsOfficialChinese(string asOf)
    {
        var result = Evaluate(asOf);
        using var writer = new StringWriter();
        HtmlReportWriter.Write(result, writer, Language.Zh);
        var html = writer.ToString();
        // The revision and the refused rows' file names are machine text.
        html = Regex.Replace(html, "<style>.*?</style>|<code>.*?</code>", "", RegexOptions.Singleline);
        var visible = WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", "\n"));
        AssertOfficial(visible.Split('\n'), $"report as of {asOf}");
    }

    [Theory]
    [MemberData(nameof(QuarterEnds))]
    public void Workbook_CellText_ReadsAsOfficialChinese(string asOf)
    {
        var result = Evaluate(asOf);
        using var stream = new MemoryStream();
        XlsxAssessmentWriter.Write(result, stream, Language.Zh);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var texts = document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>())
            .Where(c => c.DataType?.Value == CellValues.InlineString || c.DataType?.Value == CellValues.String)
            .Select(c => c.InnerText.Replace(Bundled.Revision, "", StringComparison.Ordinal));
        AssertOfficial(texts, $"workbook as of {asOf}");
    }

    [Theory]
    [MemberData(nameof(QuarterEnds))]
    public void Explain_InChinese_ReadsAsOfficialChinese(string asOf)
    {
        var figures = FigureFiles.Read(Path.Combine(BundledPaths.Samples, $"figures-{asOf}.csv"), Bundled);
        var evaluator = new Evaluator(Bundled);
        var date = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);
        // Every 20th target: each kind, schedule and status appears among them, at a cost that fits the suite.
        var lines = Bundled.Targets.Where((_, i) => i % 20 == 0)
            .SelectMany(t => TargetReasoning.Explain(evaluator, figures, t.Id, "", date, Language.Zh))
            .Select(l => l.Replace($"figures-{asOf}.csv", "", StringComparison.Ordinal));
        AssertOfficial(lines, $"explain as of {asOf}");
    }

    [Fact]
    public void AssertOfficial_SymbolsEnglishTodayAndBracketedIds_AreEachCaught()
    {
        foreach (var bad in new[] { "目标≥12%", "目标=0%", "今天截止", "调解成功率（150.3）", "progress 50%" })
        {
            Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertOfficial([bad], "sample"));
        }

        AssertOfficial(["截至评估日2023年6月30日，比例为5%（目标不低于12%）。"], "sample");
    }

    private static void AssertOfficial(IEnumerable<string> texts, string where)
    {
        var faults = new List<string>();
        // The ledger's own words (a task text quoting "PM2.5浓度≤22.9μg/m3") are shown as the ledger has them.
        foreach (var text in texts.Select(t => t.Trim()).Where(t => t.Length > 0 && !IsLedgerOwn(t)))
        {
            if (Symbols().Match(text) is { Success: true } symbol)
            {
                faults.Add($"symbol '{symbol.Value}' in: {text}");
            }

            if (text.Contains("今天", StringComparison.Ordinal))
            {
                faults.Add($"今天 in: {text}");
            }

            if (BracketedId().Match(text) is { Success: true } id)
            {
                faults.Add($"target id {id.Value} in: {text}");
            }

            foreach (Match word in AsciiWord().Matches(text))
            {
                if (!LedgerWords.Contains(word.Value))
                {
                    faults.Add($"English word '{word.Value}' in: {text}");
                }
            }
        }

        Assert.True(faults.Count == 0, $"{where}: {faults.Count} fault(s), first: {string.Join(Environment.NewLine, faults.Take(5))}");
    }

    private static IReadOnlyList<string> LedgerOwnTexts(Ledger ledger) =>
    [
        .. ledger.Tasks.SelectMany(t => new[] { t.Text, t.Area.Title, t.Measure.Name, t.Remark ?? "" }
            .Concat(t.Lead).Concat(t.Responsible)
            .Concat(t.Targets.SelectMany(g => new[] { g.Metric, g.Unit, g.Source ?? "" })))
            .Append(ledger.Title)
            .Where(s => s.Length > 0),
    ];

    private static bool IsLedgerOwn(string text) =>
        LedgerTexts.Contains(text, StringComparer.Ordinal) || (text.EndsWith('…') && LedgerTexts.Any(t => t.StartsWith(text[..^1], StringComparison.Ordinal)));

    [GeneratedRegex("[A-Za-z]+")]
    private static partial Regex AsciiWord();

    [GeneratedRegex("[≤≥≈=<>]")]
    private static partial Regex Symbols();

    [GeneratedRegex(@"（\d+\.\d+）")]
    private static partial Regex BracketedId();
}
