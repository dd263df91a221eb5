using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;

namespace Engine.Output.Xlsx;

/// <summary>
/// The 汇总 sheet: per entity, tasks by area (with the total) and by lead unit, each row with its count per status,
/// the stale count when the ledger has a reporting cycle, and the rates a supervision office quotes — 完成率 (done, on
/// time or late), 滞后率 (lagging or missed) and 未报送率 (no figure) — as percentages of the row's tasks. With several
/// entities, a table by entity comes first and each entity's tables sit under a section row naming it.
/// </summary>
internal static class XlsxSummarySheet
{
    private static readonly IReadOnlyList<Status> Order = Statuses.Order;

    public static XlsxSheet Build(string name, EvaluationResult result, IReadOnlyList<LedgerSheet> ledgers, Language lang)
    {
        var ledger = result.Ledger;
        var stale = ledger.Reporting is null ? null : TargetPhrases.StaleLabel(lang);
        var sheet = new XlsxSheet(name);
        sheet.Widths([36, .. Order.Select(_ => 10.0), .. stale is null ? Array.Empty<double>() : [10], 8, 10, 10, 10, 24]);
        sheet.Row(($"{ledger.Title}{XlsxAssessmentWriter.AsOfPhrase(result.AsOf, lang)}", XlsxStyles.Title));
        sheet.Row(($"规则版本 {ledger.Revision}；数据 读取{result.Figures.Read} 采用{result.Figures.Used} 被更正{result.Figures.Superseded} 晚于评估日{result.Figures.AfterAsOf} 拒收{result.Figures.Rejected} 空行{result.Figures.Blank}", XlsxStyles.Default));
        sheet.Row();
        var several = ledgers.Count > 1;
        if (several)
        {
            // Sheet names may be shortened to fit Excel's 31 characters: the last column says which sheet holds whom.
            Table(sheet, "按主体", "主体", ledgers.Select(l => (Section(l.Assessment, result, lang), (IReadOnlyList<TaskAssessment>)l.Assessment.Tasks, (string?)l.Name)), ledger.Labels, stale, total: false, sheetColumn: true);
        }

        foreach (var (assessment, _) in ledgers)
        {
            if (several)
            {
                sheet.Row((Section(assessment, result, lang), XlsxStyles.Title));
            }

            var byArea = assessment.Tasks.GroupBy(t => t.Task.Area.Title).Select(g => (g.Key, (IReadOnlyList<TaskAssessment>)[.. g], (string?)null));
            Table(sheet, "按指标", "指标名称", byArea, ledger.Labels, stale, total: true);

            // By unit, not by spelling: aliases in the ledger's units table count under the canonical name.
            var byLead = assessment.Tasks
                .SelectMany(t => ledger.Units.CanonicalDistinct(t.Task.Lead).Select(l => (Lead: l, Task: t)))
                .GroupBy(p => p.Lead)
                .OrderByDescending(g => g.Count(p => p.Task.Status is Status.Lagging or Status.Missed))
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, (IReadOnlyList<TaskAssessment>)[.. g.Select(p => p.Task)], (string?)null));
            Table(sheet, "按牵头单位", "牵头单位", byLead, ledger.Labels, stale, total: false);
        }

        sheet.Print = new XlsxPrintSetup(Landscape: true, XlsxPrintSetup.FooterFor(ledger.Title, result.AsOf, lang));
        return sheet;
    }

    /// <summary>The rates of a group of tasks: done (on time or late), lagging or missed, and not reported; null for no tasks.</summary>
    public static (decimal Done, decimal Behind, decimal Unreported)? Rates(IReadOnlyList<TaskAssessment> tasks)
    {
        if (tasks.Count == 0)
        {
            return null;
        }

        decimal Share(Func<Status, bool> which) => (decimal)tasks.Count(t => which(t.Status)) / tasks.Count;
        return (Share(s => s is Status.Achieved or Status.AchievedLate), Share(s => s is Status.Lagging or Status.Missed), Share(s => s is Status.NoData));
    }

    /// <summary>A section's name: the entity in full, with its date when the run covers several.</summary>
    private static string Section(EntityAssessment assessment, EvaluationResult result, Language lang) =>
        result.AsOfDates.Count > 1 ? $"{XlsxAssessmentWriter.EntityName(assessment)}{XlsxAssessmentWriter.AsOfPhrase(assessment.AsOf, lang)}" : XlsxAssessmentWriter.EntityName(assessment);

    private static void Table(XlsxSheet sheet, string title, string groupHeader, IEnumerable<(string Group, IReadOnlyList<TaskAssessment> Tasks, string? Sheet)> rows, StatusLabels labels, string? stale, bool total, bool sheetColumn = false)
    {
        sheet.Row((title, XlsxStyles.Title));
        var extra = stale is null ? [] : new[] { ((object?)stale, XlsxStyles.Header) };
        var sheetHeader = sheetColumn ? new[] { ((object?)"工作表", XlsxStyles.Header) } : [];
        sheet.Row([(groupHeader, XlsxStyles.Header), .. Order.Select(s => ((object?)labels.For(s), XlsxStyles.ForStatus(s))), .. extra, ("合计", XlsxStyles.Header), ("完成率", XlsxStyles.Header), ("滞后率", XlsxStyles.Header), ("未报送率", XlsxStyles.Header), .. sheetHeader]);
        var all = new List<TaskAssessment>();
        foreach (var (group, tasks, sheetName) in rows)
        {
            Counts(sheet, group, tasks, stale is not null, sheetColumn ? sheetName ?? "" : null);
            all.AddRange(tasks);
        }

        if (total)
        {
            Counts(sheet, "合计", all, stale is not null, null);
        }

        sheet.Row();
    }

    private static void Counts(XlsxSheet sheet, string group, IReadOnlyList<TaskAssessment> tasks, bool stale, string? sheetName)
    {
        var staleCount = stale ? new[] { ((object?)tasks.Count(t => t.Stale), XlsxStyles.Number) } : [];
        var rates = Rates(tasks);
        var sheetCell = sheetName is null ? [] : new[] { ((object?)sheetName, XlsxStyles.Body) };
        sheet.Row(
        [
            (group, XlsxStyles.Body),
            .. Order.Select(s => ((object?)tasks.Count(t => t.Status == s), XlsxStyles.Number)),
            .. staleCount,
            (tasks.Count, XlsxStyles.Number),
            (rates?.Done, XlsxStyles.Percent),
            (rates?.Behind, XlsxStyles.Percent),
            (rates?.Unreported, XlsxStyles.Percent),
            .. sheetCell,
        ]);
    }
}
