using System.Globalization;
using Engine.Rules.Assessment;
using Engine.Rules.Evaluation;
using Engine.Rules.Explaining;
using Engine.Rules.Model;
using nietras.SeparatedValues;

namespace Engine.Output;

/// <summary>Writes an evaluation as the ledger's own table: one row per task in the ledger's column order, plus entity and status.</summary>
public static class AssessmentCsvWriter
{
    public static readonly string[] Columns =
    [
        "指标名称", "牵头单位", "责任单位", "序号", "工作任务", "落实情况", "存在问题", "存在问题的意见建议", "完成进度（%）", "评估情况（请选择）", "备注", "entity", "status", "alert", "as_of",
    ];

    public static void Write(EvaluationResult result, TextWriter output, Language lang = Language.Zh)
    {
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(output, leaveOpen: true);
        foreach (var assessment in result.Assessments)
        {
            foreach (var task in assessment.Tasks)
            {
                var t = task.Task;
                using var row = writer.NewRow();
                row[Columns[0]].Set(t.Area.Title);
                row[Columns[1]].Set(string.Join("、", t.Lead));
                row[Columns[2]].Set(string.Join("、", t.Responsible));
                row[Columns[3]].Set(t.No.ToString(CultureInfo.InvariantCulture));
                row[Columns[4]].Set(t.Text);
                row[Columns[5]].Set(TaskExplainer.Achievements(task, lang));
                row[Columns[6]].Set(TaskExplainer.Problems(task, lang));
                row[Columns[7]].Set("");
                row[Columns[8]].Set(Semantics.TaskPercent(task.Progress).ToString(CultureInfo.InvariantCulture));
                row[Columns[9]].Set(result.Ledger.Labels.For(task.Status));
                row[Columns[10]].Set(t.Remark ?? "");
                row[Columns[11]].Set(assessment.Entity);
                row[Columns[12]].Set(task.Status.Name());
                row[Columns[13]].Set(task.Alert?.Level ?? "");
                row[Columns[14]].Set(assessment.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }
    }
}
