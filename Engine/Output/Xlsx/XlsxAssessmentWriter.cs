using Engine.Rules.Assessment;
using Engine.Rules.Authoring;
using Engine.Rules.Ledgers;

namespace Engine.Output.Xlsx;

/// <summary>
/// The assessed ledger as the spreadsheet units use: the ledger's own columns, one sheet per entity,
/// a dropdown of the labels in 评估情况 (so a supervisor can still override by hand), status colours,
/// a frozen header, and a summary sheet by status, area and lead unit.
/// </summary>
internal static class XlsxAssessmentWriter
{
    /// <summary>Sheet name for the figures without an entity (the whole city).</summary>
    public const string NoEntitySheet = "评估";

    public const string SummarySheet = "汇总";

    /// <summary>The warning level, after the ledger's own columns.</summary>
    public const string AlertColumn = "预警";

    private static readonly IReadOnlyList<Status> Order = Statuses.Order;

    /// <summary>The column (ledgers with a reporting cycle) and its mark for a task whose figures are not current.</summary>
    public static readonly string StaleColumn = TargetPhrases.StaleLabel(Language.Zh);

    public static void Write(EvaluationResult result, Stream output, Language lang = Language.Zh)
    {
        var sheets = new List<XlsxSheet> { Summary(result, lang) };
        sheets.AddRange(result.Assessments.Select(a => Ledger(result.Ledger, a, lang, result.AsOfDates.Count > 1)));
        XlsxWorkbook.Write(output, sheets);
    }

    private static XlsxSheet Ledger(Ledger ledger, EntityAssessment assessment, Language lang, bool dated)
    {
        var name = assessment.Entity.Length == 0 ? NoEntitySheet : assessment.Entity;
        var sheet = new XlsxSheet(dated ? $"{name} {assessment.AsOf:MM-dd}" : name);
        var reporting = ledger.Reporting is not null;
        sheet.Widths(14, 16, 22, 7, 50, 36, 40, 18, 10, 12, 18, 8, 10);
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
                (ledger.Labels.For(task.Status), XlsxStyles.ForStatus(task.Status)),
                (t.Remark ?? "", XlsxStyles.Body),
                (task.Alert?.Level ?? "", task.Alert is null ? XlsxStyles.Body : XlsxStyles.ForAlert(task.Alert.Level)),
            ];
            if (reporting)
            {
                cells.Add((task.Stale ? "是" : "", XlsxStyles.Body));
            }

            sheet.Row([.. cells]);
        }

        if (assessment.Tasks.Count > 0)
        {
            sheet.ListValidation($"J2:J{assessment.Tasks.Count + 1}", ledger.Labels.All);
        }

        return sheet;
    }

    private static XlsxSheet Summary(EvaluationResult result, Language lang)
    {
        var labels = result.Ledger.Labels;
        var stale = result.Ledger.Reporting is null ? null : TargetPhrases.StaleLabel(lang);
        var sheet = new XlsxSheet(SummarySheet);
        sheet.Widths(16, 30, 10, 10, 10, 10, 10, 10);
        sheet.Row(($"{result.Ledger.Title}（截至{IsoDate.Format(result.AsOf)}）", XlsxStyles.Title));
        sheet.Row(($"规则版本 {result.Ledger.Revision}；数据 读取{result.Figures.Read} 采用{result.Figures.Used} 被更正{result.Figures.Superseded} 晚于评估日{result.Figures.AfterAsOf} 拒收{result.Figures.Rejected} 空行{result.Figures.Blank}", XlsxStyles.Default));
        sheet.Row();
        Table(sheet, "按状态", result.Assessments.Select(a => (a.Entity, "合计", (IReadOnlyList<TaskAssessment>)a.Tasks)), labels, stale);
        Table(sheet, "按指标", result.Assessments.SelectMany(a => a.Tasks.GroupBy(t => t.Task.Area.Title).Select(g => (a.Entity, g.Key, (IReadOnlyList<TaskAssessment>)[.. g]))), labels, stale);
        // By unit, not by spelling: aliases in the ledger's units table count under the canonical name.
        Table(sheet, "按牵头单位", result.Assessments.SelectMany(a => a.Tasks.SelectMany(t => result.Ledger.Units.CanonicalDistinct(t.Task.Lead).Select(l => (Lead: l, Task: t))).GroupBy(p => p.Lead).OrderByDescending(g => g.Count(p => p.Task.Status is Status.Lagging or Status.Missed)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => (a.Entity, g.Key, (IReadOnlyList<TaskAssessment>)[.. g.Select(p => p.Task)]))), labels, stale);
        return sheet;
    }

    /// <summary>A table of status counts per group; with a reporting cycle, the stale tasks (counted under their status too) in a column of their own.</summary>
    private static void Table(XlsxSheet sheet, string title, IEnumerable<(string Entity, string Group, IReadOnlyList<TaskAssessment> Tasks)> rows, StatusLabels labels, string? stale)
    {
        sheet.Row((title, XlsxStyles.Title));
        var extra = stale is null ? [] : new[] { ((object?)stale, XlsxStyles.Header) };
        sheet.Row([("单位/主体", XlsxStyles.Header), ("分组", XlsxStyles.Header), .. Order.Select(s => ((object?)labels.For(s), XlsxStyles.ForStatus(s))), .. extra, ("合计", XlsxStyles.Header)]);
        foreach (var (entity, group, tasks) in rows)
        {
            var staleCount = stale is null ? [] : new[] { ((object?)tasks.Count(t => t.Stale), XlsxStyles.Number) };
            sheet.Row([(entity.Length == 0 ? NoEntitySheet : entity, XlsxStyles.Body), (group, XlsxStyles.Body), .. Order.Select(s => ((object?)tasks.Count(t => t.Status == s), XlsxStyles.Number)), .. staleCount, (tasks.Count, XlsxStyles.Number)]);
        }

        sheet.Row();
    }
}
