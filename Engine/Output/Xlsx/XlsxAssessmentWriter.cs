using Engine.Rules.Assessment;
using Engine.Rules.Authoring;
using Engine.Rules.Ledgers;

namespace Engine.Output.Xlsx;

/// <summary>
/// The assessed ledger as the spreadsheet units use: the ledger's own columns, one sheet per entity under a title row
/// with its full name, a dropdown of the labels in 评估情况 (so a supervisor can still override by hand) coloured by
/// its value, a frozen and filtered header, and a summary sheet by area and lead unit. Every sheet prints on landscape
/// A4 one page wide, each ledger sheet repeating its header row on every page.
/// </summary>
internal static class XlsxAssessmentWriter
{
    /// <summary>Sheet name for the figures without an entity (the whole city).</summary>
    public const string NoEntitySheet = "评估";

    public const string SummarySheet = "汇总";

    /// <summary>The warning level, after the ledger's own columns.</summary>
    public const string AlertColumn = "预警";

    /// <summary>The column (ledgers with a reporting cycle) and its mark for a task whose figures are not current.</summary>
    public static readonly string StaleColumn = TargetPhrases.StaleLabel(Language.Zh);

    /// <summary>The 评估情况 column, which the dropdown and the status colours cover.</summary>
    private const string StatusColumn = "J";

    /// <summary>Rows above the header on a ledger sheet: the title with the entity's full name and the date.</summary>
    private const int TitleRows = 1;

    public static void Write(EvaluationResult result, Stream output, Language lang = Language.Zh)
    {
        // The names are claimed in the order the workbook writes the sheets, so the summary can list them as they will be.
        var names = new XlsxSheetNames();
        var summaryName = names.Claim(SummarySheet);
        var dated = result.AsOfDates.Count > 1;
        var ledgers = result.Assessments.Select(a => new LedgerSheet(a, names.Claim(WantedName(a, dated)))).ToList();
        var sheets = new List<XlsxSheet> { XlsxSummarySheet.Build(summaryName, result, ledgers, lang) };
        sheets.AddRange(ledgers.Select(l => Ledger(result.Ledger, l, lang)));
        XlsxWorkbook.Write(output, sheets);
    }

    /// <summary>Who a sheet or section is about, in full: the entity, or 评估 for figures without one.</summary>
    public static string EntityName(EntityAssessment assessment) => assessment.Entity.Length == 0 ? NoEntitySheet : assessment.Entity;

    /// <summary>"（截至2023年6月30日）", as titles close.</summary>
    public static string AsOfPhrase(DateOnly asOf, Language lang) =>
        lang == Language.Zh ? $"（截至{TargetPhrases.Date(asOf, lang)}）" : $" (as of {TargetPhrases.Date(asOf, lang)})";

    private static string WantedName(EntityAssessment a, bool dated) => dated ? $"{EntityName(a)} {a.AsOf:MM-dd}" : EntityName(a);

    private static XlsxSheet Ledger(Ledger ledger, LedgerSheet target, Language lang)
    {
        var assessment = target.Assessment;
        var sheet = new XlsxSheet(target.Name);
        var reporting = ledger.Reporting is not null;
        sheet.Widths(14, 16, 20, 5, 48, 36, 40, 12, 8, 10, 14, 8, 8);
        var who = assessment.Entity.Length == 0 ? ledger.Title : $"{assessment.Entity}　{ledger.Title}";
        sheet.Row(($"{who}{AsOfPhrase(assessment.AsOf, lang)}", XlsxStyles.Title));
        var header = AssessmentCsvWriter.Columns.Take(11).Append(AlertColumn).Concat(reporting ? [StaleColumn] : []).ToList();
        sheet.Row([.. header.Select(c => ((object?)c, XlsxStyles.Header))]);
        sheet.FreezeHeader(header.Count);
        foreach (var task in assessment.Tasks)
        {
            var t = task.Task;
            List<(object? Value, uint Style)> cells =
            [
                (t.Area.Title, XlsxStyles.Body),
                (string.Join("、", t.Lead), XlsxStyles.Body),
                (string.Join("、", t.Responsible), XlsxStyles.Body),
                (t.No, XlsxStyles.Number),
                (t.Text, XlsxStyles.Body),
                (TaskExplainer.Achievements(task, lang), XlsxStyles.Body),
                (TaskExplainer.Problems(task, lang), XlsxStyles.Body),
                ("", XlsxStyles.Body),
                (Semantics.TaskPercent(task.Progress), XlsxStyles.Number),
                (ledger.Labels.For(task.Status), XlsxStyles.StatusLabel),
                (t.Remark ?? "", XlsxStyles.Body),
                (task.Alert is { } alert ? AlertLabels.For(alert.Level, lang) : "", task.Alert is null ? XlsxStyles.Body : XlsxStyles.ForAlert(task.Alert.Level)),
            ];
            if (reporting)
            {
                cells.Add((task.Stale ? "是" : "", XlsxStyles.Body));
            }

            sheet.Row([.. cells]);
        }

        if (assessment.Tasks.Count > 0)
        {
            var range = $"{StatusColumn}{TitleRows + 2}:{StatusColumn}{TitleRows + 1 + assessment.Tasks.Count}";
            sheet.ListValidation(range, ledger.Labels.All);
            sheet.ColourByValue(range, Statuses.Order.Select(s => (ledger.Labels.For(s), XlsxStyles.DifferentialForStatus(s))));
        }

        sheet.Print = new XlsxPrintSetup(Landscape: true, XlsxPrintSetup.FooterFor(who, assessment.AsOf, lang));
        return sheet;
    }
}
