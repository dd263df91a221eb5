using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Engine.Output.Xlsx;

/// <summary>
/// Builds one worksheet row by row, then assembles it in the element order the schema requires
/// (page properties, views, columns, data, filter, conditional formats, validations, print settings), so the file
/// opens without repair. Rows holding wrapped text get a height that shows all of it.
/// </summary>
internal sealed class XlsxSheet
{
    private readonly SheetData _data = new();
    private readonly List<DataValidation> _validations = [];
    private readonly List<ConditionalFormatting> _conditional = [];
    private readonly List<double> _widths = [];
    private uint _row;
    private int _frozenRows;
    private string? _filter;
    private int _priority;

    public XlsxSheet(string name) => Name = name;

    public string Name { get; }

    public uint RowCount => _row;

    /// <summary>The header row that <see cref="FreezeHeader"/> set, which printing repeats at the top of every page.</summary>
    public uint? HeaderRow { get; private set; }

    public XlsxPrintSetup? Print { get; set; }

    /// <summary>Column widths in characters, which also decide how many lines wrapped text takes: set them before the rows.</summary>
    public void Widths(params double[] widths) => _widths.AddRange(widths);

    /// <summary>Freezes the rows down to the last one written, and makes that row the header: filtered over the given columns and repeated on every printed page.</summary>
    public void FreezeHeader(int columns)
    {
        _frozenRows = (int)_row;
        HeaderRow = _row;
        _filter = $"A{_row}:{Column(columns)}{_row}";
    }

    public uint Row(params (object? Value, uint Style)[] cells)
    {
        var row = new Row { RowIndex = ++_row };
        var lines = 0;
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
                    cell.InlineString = new InlineString(new Text(XlsxText.Writable(s)) { Space = SpaceProcessingModeValues.Preserve });
                    // Text that does not wrap takes one line; without a stored height LibreOffice may draw it lower than its row.
                    lines = Math.Max(lines, XlsxStyles.Wraps(style) && i < _widths.Count ? XlsxRowHeight.Lines(s, _widths[i]) : 1);

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

        if (lines > 0)
        {
            row.Height = XlsxRowHeight.Points(lines);
            row.CustomHeight = true;
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

    /// <summary>
    /// Colours the cells of <paramref name="range"/> by their value: one rule per text, each with its differential
    /// format. The colour follows the value, so a cell changed by hand (e.g. from a dropdown) recolours itself.
    /// </summary>
    public void ColourByValue(string range, IEnumerable<(string Text, uint Differential)> rules)
    {
        var formatting = new ConditionalFormatting { SequenceOfReferences = new ListValue<StringValue> { InnerText = range } };
        foreach (var (text, differential) in rules)
        {
            formatting.Append(new ConditionalFormattingRule(new Formula($"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\""))
            {
                Type = ConditionalFormatValues.CellIs,
                Operator = ConditionalFormattingOperatorValues.Equal,
                FormatId = differential,
                Priority = ++_priority,
            });
        }

        _conditional.Add(formatting);
    }

    public void WriteTo(WorksheetPart part)
    {
        var worksheet = new Worksheet();
        if (Print is not null)
        {
            // Fit-to-page in pageSetup takes effect only with this flag.
            worksheet.Append(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        }

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

        foreach (var formatting in _conditional)
        {
            worksheet.Append(formatting);
        }

        if (_validations.Count > 0)
        {
            worksheet.Append(new DataValidations(_validations) { Count = (uint)_validations.Count });
        }

        if (Print is not null)
        {
            var m = XlsxPrintSetup.Margins;
            worksheet.Append(new PrintOptions { HorizontalCentered = true });
            worksheet.Append(new PageMargins { Left = m.Left, Right = m.Right, Top = m.Top, Bottom = m.Bottom, Header = m.Header, Footer = m.Footer });
            worksheet.Append(new PageSetup
            {
                PaperSize = XlsxPrintSetup.A4,
                Orientation = Print.Landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
                FitToWidth = 1,
                FitToHeight = 0,
            });
            worksheet.Append(new HeaderFooter(new OddFooter(Print.Footer)));
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
