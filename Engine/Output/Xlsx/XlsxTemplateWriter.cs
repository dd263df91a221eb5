using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using Engine.Rules.Ledgers;

namespace Engine.Output.Xlsx;

/// <summary>
/// The figures workbook units fill in: one row per target with what it asks, its deadline as 目标截止日期, and empty
/// 报送截至日期 (the date the figure is for) and 报送值 cells that only take a date and a number (0–100 for
/// milestones). A percent target's 报送值 is a plain number cell with "%" shown beside it, so 12 is typed for 12% and
/// read back as 12. Its headers are ones the figure reader knows; the sheet reads back through it as it is.
/// </summary>
internal static class XlsxTemplateWriter
{
    public const string SheetName = "填报";

    public static readonly string[] Columns = ["目标编号", "任务序号", "指标", "单位", "类型", "目标值", "基线值", "目标截止日期", "牵头单位", "填报主体", "报送截至日期", "报送值", "备注"];

    public static void Write(Ledger ledger, string entity, Stream output)
    {
        var sheet = new XlsxSheet(SheetName);
        sheet.Widths(9, 8, 34, 10, 12, 10, 10, 12, 22, 12, 12, 10, 24);
        sheet.Row([.. Columns.Select(c => ((object?)c, XlsxStyles.Header))]);
        sheet.FreezeHeader(Columns.Length);
        var rangedRows = new Dictionary<TargetKind, List<uint>>();
        foreach (var task in ledger.Tasks)
        {
            foreach (var t in task.Targets)
            {
                var kind = t.Kind.TemplateWords(t);
                var row = sheet.Row(
                    (t.Id, XlsxStyles.Body),
                    (task.No, XlsxStyles.Number),
                    (t.Metric, XlsxStyles.Body),
                    (t.Unit, XlsxStyles.Body),
                    (kind, XlsxStyles.Body),
                    (t.Value, XlsxStyles.Number),
                    (t.Baseline, XlsxStyles.Number),
                    (t.Deadline, XlsxStyles.Date),
                    (string.Join("、", task.Lead), XlsxStyles.Body),
                    (entity, XlsxStyles.Body),
                    (null, XlsxStyles.Date),
                    (null, t.Unit == "%" ? XlsxStyles.PercentNumber : XlsxStyles.Number),
                    (null, XlsxStyles.Body));
                if (t.Kind.FigureRange is not null)
                {
                    (rangedRows.TryGetValue(t.Kind, out var rows) ? rows : rangedRows[t.Kind] = []).Add(row);
                }
            }
        }

        var last = sheet.RowCount;
        var first = new DateOnly(ledger.Period.Start.Year - 1, 1, 1).ToDateTime(TimeOnly.MinValue).ToOADate();
        var end = new DateOnly(Math.Max(ledger.Period.End.Year, ledger.Targets.Max(t => t.Deadline.Year)) + 1, 12, 31).ToDateTime(TimeOnly.MinValue).ToOADate();
        sheet.Validation($"K2:K{last}", DataValidationValues.Date, DataValidationOperatorValues.Between, $"{first}", $"{end}", "请填写日期（如 2023-06-30）");
        var numeric = Enumerable.Range(2, (int)last - 1).Select(r => (uint)r).Except(rangedRows.Values.SelectMany(r => r)).ToList();
        if (numeric.Count > 0)
        {
            sheet.Validation(Ranges("L", numeric), DataValidationValues.Decimal, DataValidationOperatorValues.Between, "-1000000000000", "1000000000000", "请填写数字（百分比目标填 12 即 12%）");
        }

        // A kind that bounds its figures (a milestone's 0–100) validates its cells with those bounds.
        foreach (var (kind, rows) in rangedRows)
        {
            var (min, max) = kind.FigureRange!.Value;
            var (from, to) = (min.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture));
            var prompt = kind.MeasuresCompletion ? $"填完成百分比（{from}–{to}）" : $"请填写 {from}–{to} 之间的数字";
            sheet.Validation(Ranges("L", rows), DataValidationValues.Decimal, DataValidationOperatorValues.Between, from, to, prompt);
        }

        XlsxWorkbook.Write(output, [sheet]);
    }

    /// <summary>Space-separated cell ranges, consecutive rows merged ("L2:L5 L9").</summary>
    private static string Ranges(string column, List<uint> rows)
    {
        var parts = new List<string>();
        for (var i = 0; i < rows.Count;)
        {
            var j = i;
            while (j + 1 < rows.Count && rows[j + 1] == rows[j] + 1)
            {
                j++;
            }

            parts.Add(i == j ? $"{column}{rows[i]}" : $"{column}{rows[i]}:{column}{rows[j]}");
            i = j + 1;
        }

        return string.Join(" ", parts);
    }
}
