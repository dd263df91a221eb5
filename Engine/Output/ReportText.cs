using Engine.Rules.Assessment;
using Engine.Rules.Authoring;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Output;

/// <summary>The fixed words of the report, in Chinese and English.</summary>
internal sealed record ReportText(
    string AsOf, string Revision, string Rejected, string WholeLedger, string Totals, string AllTasks, string ByArea, string LeadUnits,
    string LeadUnit, string Total, string ShareBehind, string BehindList, string AllTargets, string Task, string Target, string Metric,
    string Figure, string Requirement, string Expected, string Progress, string Status, string Alerts, string Stale, string NoAlert, string Unreported, Func<FigureCounts, string> Figures, Func<int, string> TaskNo,
    Func<IReadOnlyList<int>, IReadOnlyList<int>, string> Owes)
{
    public static ReportText For(Language lang) => lang == Language.Zh ? Zh : En;

    private static readonly ReportText Zh = new(
        "截至", "规则版本", "拒收的数据行", "全部", "总体情况", "全部任务", "各指标任务状态", "牵头单位完成情况", "牵头单位", "合计", "滞后、未完成和待报送占比",
        "进度滞后和未完成的任务", "各任务目标明细", "任务", "目标", "指标", "报送值", "目标值", "序时进度", "完成进度", "状态", "预警", TargetPhrases.StaleLabel(Language.Zh), "无预警", "未报送单位",
        c => $"数据：读取{c.Read}行，采用{c.Used}，被更正{c.Superseded}，晚于评估日{c.AfterAsOf}，拒收{c.Rejected}，空行{c.Blank}",
        no => $"序号{no}",
        (noData, stale) => string.Join("；", new[]
        {
            noData.Count == 0 ? null : $"{noData.Count}项任务待报送（序号{string.Join("、", noData)}）",
            stale.Count == 0 ? null : $"{stale.Count}项任务未按期报送（序号{string.Join("、", stale)}）",
        }.OfType<string>()));

    private static readonly ReportText En = new(
        "As of", "rule revision", "Rejected figure rows", "All", "Totals", "All tasks", "Tasks by area", "Lead units", "Lead unit", "Total", "Behind or unreported",
        "Lagging and missed tasks", "Targets of every task", "Task", "Target", "Metric", "Figure", "Required", "Expected", "Progress", "Status", "Alerts", TargetPhrases.StaleLabel(Language.En), "No alert", "Units owing figures",
        c => $"figures: read {c.Read}, used {c.Used}, superseded {c.Superseded}, after as-of {c.AfterAsOf}, rejected {c.Rejected}, blank {c.Blank}",
        no => $"task {no}",
        (noData, stale) => string.Join("; ", new[]
        {
            noData.Count == 0 ? null : $"{noData.Count} task(s) with no figures (tasks {string.Join(", ", noData)})",
            stale.Count == 0 ? null : $"{stale.Count} task(s) with out-of-date figures (tasks {string.Join(", ", stale)})",
        }.OfType<string>()));
}
