using System.Text.RegularExpressions;
using Engine.Rules.Assessment;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using nietras.SeparatedValues;

namespace Engine.Rules.Authoring;

/// <summary>
/// Reads a ledger laid out as a table (CSV in UTF-8, or the first fitting sheet of an .xlsx) with the ledger's columns: 指标名称, 牵头单位, 责任单位, 序号,
/// 工作任务, and optionally 举措 and 备注. An empty area, unit or measure cell repeats the one above, as a merged
/// cell does in a spreadsheet.
/// </summary>
internal static partial class LedgerTableReader
{
    public static (IReadOnlyList<DraftRow> Rows, IReadOnlyList<Problem> Problems) Read(string path)
    {
        var name = Path.GetFileName(path);
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return ReadWorkbook(path, name);
            }
            catch (Exception e) when (Figures.XlsxCells.Damaged(e))
            {
                throw Figures.XlsxCells.Unreadable(name, e);
            }
        }

        // The header is read as a row: Sep refuses repeated or empty header names with an exception.
        var rows = new List<(int Row, List<string> Cells)>();
        var (encoding, _) = TextDecoding.ForInput(path, name);
        using var text = new BoundedLineReader(new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true), name);
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = false }).From(text);
        List<string> header = [];
        if (reader.MoveNext())
        {
            for (var i = 0; i < reader.Current.ColCount; i++)
            {
                header.Add(reader.Current[i].ToString());
            }
        }

        foreach (var row in reader)
        {
            var cells = new List<string>(row.ColCount);
            for (var i = 0; i < row.ColCount; i++)
            {
                cells.Add(row[i].ToString());
            }

            rows.Add((row.LineNumberFrom, cells));
        }

        return FromRows(name, header, rows);
    }

    // The first sheet whose header names 序号 and 工作任务.
    private static (IReadOnlyList<DraftRow> Rows, IReadOnlyList<Problem> Problems) ReadWorkbook(string path, string name)
    {
        foreach (var (sheet, sheetRows) in Figures.XlsxCells.Sheets(path))
        {
            var headerAt = sheetRows.FindIndex(r => r.Cells.Any(c => InputText.Field(c) == "序号") && r.Cells.Any(c => InputText.Field(c) is "工作任务" or "任务"));
            if (headerAt >= 0)
            {
                return FromRows($"{name}!{sheet}", sheetRows[headerAt].Cells, sheetRows.Skip(headerAt + 1));
            }
        }

        return ([], [new Problem(name, 0, 0, "序号,工作任务", "no sheet has a header row naming 序号 and 工作任务") { Code = ProblemCodes.MissingColumn }]);
    }

    private static (IReadOnlyList<DraftRow> Rows, IReadOnlyList<Problem> Problems) FromRows(string name, List<string> rawHeader, IEnumerable<(int Row, List<string> rawCells)> rawRows)
    {
        var header = rawHeader.Select(InputText.Field).ToList();
        var tableRows = rawRows.Select(r => (r.Row, Cells: r.rawCells.Select(InputText.Normalize).ToList()));
        var problems = new List<Problem>();
        var rows = new List<DraftRow>();
        int Col(params string[] names) => header.FindIndex(h => names.Contains(h));
        int area = Col("指标名称", "area"), lead = Col("牵头单位", "lead"), responsible = Col("责任单位", "配合单位", "responsible"), no = Col("序号", "no"), text = Col("工作任务", "任务", "text");
        int measure = Col("举措", "measure"), remark = Col("备注", "remark");
        var missing = new[] { ("序号", no), ("工作任务", text) }.Where(c => c.Item2 < 0).Select(c => c.Item1).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new Problem(name, 1, 0, string.Join(",", missing), $"the header has no column {string.Join(", ", missing)}; found: {string.Join(", ", header)}") { Code = ProblemCodes.MissingColumn });
            return (rows, problems);
        }

        string areaCell = "", leadCell = "", responsibleCell = "", measureCell = "";
        var measures = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, cells) in tableRows)
        {
            string Cell(int i) => i >= 0 && i < cells.Count ? cells[i].Trim() : "";
            if (cells.All(c => c.Trim().Length == 0))
            {
                continue;
            }

            areaCell = Cell(area) is { Length: > 0 } a ? a : areaCell;
            leadCell = Cell(lead) is { Length: > 0 } l ? l : leadCell;
            responsibleCell = Cell(responsible) is { Length: > 0 } r ? r : responsibleCell;
            measureCell = Cell(measure) is { Length: > 0 } m ? m : measureCell;
            var taskText = Cell(text).Replace("\n", "", StringComparison.Ordinal);
            var number = Digits().Match(Cell(no));
            if (taskText.Length == 0 || !number.Success)
            {
                problems.Add(new Problem(name, line, 0, taskText.Length == 0 ? "工作任务" : "序号", taskText.Length == 0 ? "the row has no task text" : $"序号 \"{Cell(no)}\" holds no task number") { Code = taskText.Length == 0 ? ProblemCodes.MissingField : ProblemCodes.BadNumber });
                continue;
            }

            if (!int.TryParse(number.Value, System.Globalization.CultureInfo.InvariantCulture, out var taskNo) || taskNo < 1)
            {
                problems.Add(new Problem(name, line, 0, "序号", $"序号 \"{Clip(Cell(no))}\" is not a task number (1 or more)") { Code = ProblemCodes.BadNumber });
                continue;
            }

            if (cells.FirstOrDefault(c => InputText.HasControl(c)) is { } control)
            {
                problems.Add(new Problem(name, line, cells.IndexOf(control) + 1, "", $"the row holds a control character ({InputText.FirstControl(control)}); remove it") { Code = ProblemCodes.Invalid });
                continue;
            }

            // A table without the column leaves the units to the analyst; one with it must name a lead unit.
            if (lead >= 0 && Units(leadCell).Count == 0)
            {
                problems.Add(new Problem(name, line, lead + 1, "牵头单位", "the row names no lead unit (牵头单位), nor does any row above it") { Code = ProblemCodes.MissingField });
                continue;
            }

            var (areaNo, areaName) = Area(areaCell.Length > 0 ? areaCell : "未分类");
            var (measureNo, measureName) = Measure(measureCell, areaName, measures);
            rows.Add(new DraftRow(areaNo, areaName, measureNo, measureName, taskNo, Units(leadCell), Units(responsibleCell), taskText)
            {
                Remark = Cell(remark) is { Length: > 0 } rm ? rm : null,
            });
        }

        return (rows, problems);
    }

    private static string Clip(string text) => text.Length > 40 ? text[..40] + "…" : text;

    /// <summary>"（二）办理建筑许可" → ("二", "办理建筑许可").</summary>
    private static (string No, string Name) Area(string cell)
    {
        var m = AreaPattern().Match(cell);
        return m.Success ? (m.Groups["no"].Value, m.Groups["name"].Value.Trim()) : (cell, cell);
    }

    /// <summary>"6.优化投资项目审批审核服务" → (6, name); without a number, measures are numbered as they appear.</summary>
    private static (int No, string Name) Measure(string cell, string areaName, Dictionary<string, int> seen)
    {
        var m = MeasurePattern().Match(cell);
        if (m.Success && int.TryParse(m.Groups["no"].Value, System.Globalization.CultureInfo.InvariantCulture, out var numbered))
        {
            return (numbered, m.Groups["name"].Value.Trim());
        }

        var name = cell.Length > 0 ? cell : areaName;
        if (!seen.TryGetValue(name, out var no))
        {
            seen[name] = no = seen.Count + 1;
        }

        return (no, name);
    }

    /// <summary>Splits a unit cell on 、 (not inside brackets) and drops "（按职责分工）".</summary>
    public static IReadOnlyList<string> Units(string cell)
    {
        var clean = DutyQualifier().Replace(cell, "").Replace("\n", "", StringComparison.Ordinal);
        var units = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < clean.Length; i++)
        {
            depth += clean[i] is '（' or '(' ? 1 : clean[i] is '）' or ')' ? -1 : 0;
            if (depth == 0 && clean[i] is '、' or '，' or ',' or ';' or '；')
            {
                units.Add(clean[start..i].Trim());
                start = i + 1;
            }
        }

        units.Add(clean[start..].Trim());
        return [.. units.Where(u => u.Length > 0 && u != "/")];
    }

    // "（按职责分工）", "（各部门按职责分工）": a note on the whole cell, not part of a unit's name.
    [GeneratedRegex(@"[（(][^（）()]*按职责分工[）)]")]
    private static partial Regex DutyQualifier();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^[（(](?<no>[一二三四五六七八九十]+)[）)]\s*(?<name>.+)$")]
    private static partial Regex AreaPattern();

    [GeneratedRegex(@"^(?<no>\d+)\s*[.．、]\s*(?<name>.+)$")]
    private static partial Regex MeasurePattern();
}
