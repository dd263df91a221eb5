using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Engine.Output.Xlsx;

/// <summary>
/// Builds one worksheet row by row, then assembles it in the element order the schema requires
/// (views, columns, data, filter, validations), so the file opens without repair.
/// </summary>
internal sealed class XlsxSheet
{
    private readonly SheetData _data = new();
    private readonly List<DataValidation> _validations = [];
    private readonly List<double> _widths = [];
    private uint _row;
    private int _frozenRows;
    private string? _filter;

    public XlsxSheet(string name) => Name = name;

    public string Name { get; }

    public uint RowCount => _row;

    public void Widths(params double[] widths) => _widths.AddRange(widths);

    /// <summary>Freezes the rows above the next row and filters the header row over the given columns.</summary>
    public void FreezeHeader(int columns)
    {
        _frozenRows = (int)_row;
        _filter = $"A{_row}:{Column(columns)}{_row}";
    }

    public uint Row(params (object? Value, uint Style)[] cells)
    {
        var row = new Row { RowIndex = ++_row };
        for (var i = 0; i < cells.Length; i++)
        {
            var (value, style) = cells[i];
            var cell = new Cell { CellReference = $"{Column(i + 1)}{_row}", StyleIndex = style };
            switch (value)
            {
                case null:
                    break;
                case string s when s.Length == 0:
                    break;
                case string s:
                    cell.DataType = CellValues.InlineString;
                    cell.InlineString = new InlineString(new Text(s) { Space = SpaceProcessingModeValues.Preserve });
                    break;
                case int n:
                    cell.CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture));
                    break;
                case decimal d:
                    cell.CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture));
                    break;
                case uint u:
                    cell.CellValue = new CellValue(u.ToString(CultureInfo.InvariantCulture));
                    break;
                case DateOnly date:
                    cell.CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture));
                    break;
                default:
                    throw new ArgumentException($"Unsupported cell value type {value.GetType().Name}.", nameof(cells));
            }

            row.Append(cell);
        }

        _data.Append(row);
        return _row;
    }

    /// <summary>A dropdown list on a column range.</summary>
    public void ListValidation(string range, IEnumerable<string> items, bool allowBlank = true) =>
        _validations.Add(new DataValidation(new Formula1($"\"{string.Join(",", items)}\""))
        {
            Type = DataValidationValues.List,
            AllowBlank = allowBlank,
            ShowErrorMessage = true,
            SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
        });

    public void Validation(string range, DataValidationValues type, DataValidationOperatorValues op, string min, string? max, string prompt)
    {
        var validation = new DataValidation { Type = type, Operator = op, AllowBlank = true, ShowErrorMessage = true, ErrorTitle = "无效输入", Error = prompt, ShowInputMessage = true, Prompt = prompt, SequenceOfReferences = new ListValue<StringValue> { InnerText = range } };
        validation.Append(new Formula1(min));
        if (max is not null)
        {
            validation.Append(new Formula2(max));
        }

        _validations.Add(validation);
    }

    public void WriteTo(WorksheetPart part)
    {
        var worksheet = new Worksheet();
        var view = new SheetView { WorkbookViewId = 0 };
        if (_frozenRows > 0)
        {
            view.Append(new Pane { VerticalSplit = _frozenRows, TopLeftCell = $"A{_frozenRows + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        }

        worksheet.Append(new SheetViews(view));
        if (_widths.Count > 0)
        {
            var columns = new Columns();
            for (var i = 0; i < _widths.Count; i++)
            {
                columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = _widths[i], CustomWidth = true });
            }

            worksheet.Append(columns);
        }

        worksheet.Append(_data);
        if (_filter is not null && _row > (uint)_frozenRows)
        {
            worksheet.Append(new AutoFilter { Reference = _filter });
        }

        if (_validations.Count > 0)
        {
            worksheet.Append(new DataValidations(_validations) { Count = (uint)_validations.Count });
        }

        part.Worksheet = worksheet;
    }

    /// <summary>Spreadsheet column letters: 1 → A, 27 → AA.</summary>
    public static string Column(int index)
    {
        var name = "";
        for (; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }
}
