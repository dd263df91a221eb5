using System.Globalization;
using Engine.Rules.Authoring;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using nietras.SeparatedValues;

namespace Engine.Rules.Assessment;

/// <summary>
/// Writes an evaluation as the ledger's own table: one row per task in the ledger's column order, plus entity and
/// status, then <c>label</c> (the ledger's word for the status, as people read it). Columns are added only when they
/// carry something: <c>alert</c> and <c>alert_label</c> when the ledger defines alerts, <c>stale</c> when it declares a
/// reporting cycle, and <c>as_of</c> when the run covers several dates.
/// </summary>
public static class AssessmentCsvWriter
{
    /// <summary>The basic columns in order: the ledger's own table, then <c>entity</c> and <c>status</c>.</summary>
    public static readonly string[] Columns =
    [
        "指标名称", "牵头单位", "责任单位", "序号", "工作任务", "落实情况", "存在问题", "存在问题的意见建议", "完成进度（%）", "评估情况（请选择）", "备注", "entity", "status",
    ];

    /// <summary>The ledger's label for the status (进度滞后), beside the stable code in <c>status</c>.</summary>
    public const string LabelColumn = "label";
    /// <summary>The column of a task's warning level, written when the ledger defines alerts.</summary>
    public const string AlertColumn = "alert";
    /// <summary>The warning level as people read it (红色预警), beside the stable code in <c>alert</c>.</summary>
    public const string AlertLabelColumn = "alert_label";
    /// <summary>The column saying whether a task's figures are not current (true/false), written when the ledger declares a reporting cycle.</summary>
    public const string StaleColumn = "stale";
    /// <summary>The column of the as-of date, written when the run covers several dates.</summary>
    public const string AsOfColumn = "as_of";

    /// <summary>The header this run writes.</summary>
    public static IReadOnlyList<string> Header(EvaluationResult result) =>
    [
        .. Columns,
        LabelColumn,
        .. result.Ledger.Alerts.Count > 0 ? [AlertColumn, AlertLabelColumn] : Array.Empty<string>(),
        .. result.Ledger.Reporting is not null ? [StaleColumn] : Array.Empty<string>(),
        .. result.AsOfDates.Count > 1 ? [AsOfColumn] : Array.Empty<string>(),
    ];

    /// <summary>
    /// Writes one row per task of every assessment (no header: see <see cref="Header"/>), explanations in the language
    /// given. Text cells that a spreadsheet would take as a formula start with an apostrophe (<see cref="SpreadsheetText"/>).
    /// </summary>
    public static void Write(EvaluationResult result, TextWriter output, Language lang = Language.Zh)
    {
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(output, leaveOpen: true);
        var alerts = result.Ledger.Alerts.Count > 0;
        var dated = result.AsOfDates.Count > 1;
        var reporting = result.Ledger.Reporting is not null;
        foreach (var assessment in result.Assessments)
        {
            foreach (var task in assessment.Tasks)
            {
                var t = task.Task;
                using var row = writer.NewRow();
                row[Columns[0]].Set(SpreadsheetText.Safe(t.Area.Title));
                row[Columns[1]].Set(SpreadsheetText.Safe(string.Join("、", t.Lead)));
                row[Columns[2]].Set(SpreadsheetText.Safe(string.Join("、", t.Responsible)));
                row[Columns[3]].Set(t.No.ToString(CultureInfo.InvariantCulture));
                row[Columns[4]].Set(SpreadsheetText.Safe(t.Text));
                row[Columns[5]].Set(SpreadsheetText.Safe(TaskExplainer.Achievements(task, lang)));
                row[Columns[6]].Set(SpreadsheetText.Safe(TaskExplainer.Problems(task, lang)));
                row[Columns[7]].Set("");
                row[Columns[8]].Set(Semantics.TaskPercent(task.Progress).ToString(CultureInfo.InvariantCulture));
                row[Columns[9]].Set(SpreadsheetText.Safe(result.Ledger.Labels.For(task.Status)));
                row[Columns[10]].Set(SpreadsheetText.Safe(t.Remark ?? ""));
                row[Columns[11]].Set(SpreadsheetText.Safe(assessment.Entity));
                row[Columns[12]].Set(task.Status.Name());
                row[LabelColumn].Set(SpreadsheetText.Safe(result.Ledger.Labels.For(task.Status)));
                if (alerts)
                {
                    row[AlertColumn].Set(SpreadsheetText.Safe(task.Alert?.Level ?? ""));
                    row[AlertLabelColumn].Set(SpreadsheetText.Safe(task.Alert is { } alert ? AlertLabels.For(alert.Level, lang) : ""));
                }

                if (reporting)
                {
                    row[StaleColumn].Set(task.Stale ? "true" : "false");
                }

                if (dated)
                {
                    row[AsOfColumn].Set(IsoDate.Format(assessment.AsOf));
                }
            }
        }
    }
}
