using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Engine.Rules.Ledgers;

namespace Engine.Output.Xlsx;

/// <summary>
/// The workbook's cell formats: header, wrapped body text, numbers, dates, percentages, one fill per status
/// (for summary headers), and one differential format per status that the 评估情况 column's conditional formatting uses.
/// </summary>
internal static class XlsxStyles
{
    public const uint Default = 0;
    public const uint Header = 1;
    public const uint Body = 2;
    public const uint Number = 3;
    public const uint Date = 4;
    public const uint Title = 5;
    public const uint Percent = 6;

    /// <summary>A status label without a fill of its own: the sheet's conditional formatting colours it from its value.</summary>
    public const uint StatusLabel = 7;
    private const uint FirstStatus = 8;

    /// <summary>A share as a percentage (0.125 shown 12.5%); custom formats start at 164, below are Excel's built-in ones.</summary>
    private const uint PercentFormat = PercentNumberFormatId + 1;

    private static readonly Status[] StatusOrder = [.. Statuses.Order];

    /// <summary>Fills for the usual warning colours; any other level gets the grey of no data.</summary>
    public static readonly IReadOnlyDictionary<string, string> AlertColours = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["red"] = "FFFF8080",
        ["orange"] = "FFFFC080",
        ["yellow"] = "FFFFFF80",
        ["blue"] = "FF9DC3E6",
    };

    private static readonly string[] AlertOrder = ["red", "orange", "yellow", "blue"];

    /// <summary>A plain number shown with "%" beside it (<c>General"%"</c>): a percent target's figure is typed as 12 for 12%, and Excel does not divide it by 100.</summary>
    public static uint PercentNumber => FirstStatus + (uint)StatusOrder.Length + (uint)AlertOrder.Length;

    /// <summary>The custom number format of <see cref="PercentNumber"/>.</summary>
    public const uint PercentNumberFormatId = 164;

    /// <summary>A cell format with a fixed fill of the status (summary headers, which no dropdown changes).</summary>
    public static uint ForStatus(Status status) => FirstStatus + (uint)Array.IndexOf(StatusOrder, status);

    /// <summary>The differential format (dxfId) that colours a cell holding the status's label.</summary>
    public static uint DifferentialForStatus(Status status) => (uint)Array.IndexOf(StatusOrder, status);

    public static uint ForAlert(string level)
    {
        var i = Array.FindIndex(AlertOrder, a => string.Equals(a, level, StringComparison.OrdinalIgnoreCase));
        return i < 0 ? ForStatus(Status.NoData) : FirstStatus + (uint)StatusOrder.Length + (uint)i;
    }

    /// <summary>Whether cells of the format wrap their text, so their row must be tall enough for every line.</summary>
    public static bool Wraps(uint style) => style is Header or Body or StatusLabel || (style >= FirstStatus && style < FirstStatus + StatusOrder.Length);

    public static Stylesheet Build()
    {
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFD9D9D9"));
        foreach (var status in StatusOrder)
        {
            fills.Append(Solid(Statuses.Of(status).Fill));
        }

        foreach (var level in AlertOrder)
        {
            fills.Append(Solid(AlertColours[level]));
        }

        fills.Count = (uint)fills.ChildElements.Count;
        var fonts = new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" })) { Count = 2 };
        var thin = new Border(
            new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin) { Count = 2 };

        var formats = new CellFormats(
            new CellFormat(),
            Format(font: 1, fill: 2, border: 1, wrap: true, horizontal: HorizontalAlignmentValues.Center),
            Format(font: 0, fill: 0, border: 1, wrap: true),
            Format(font: 0, fill: 0, border: 1, wrap: false, horizontal: HorizontalAlignmentValues.Center),
            Format(font: 0, fill: 0, border: 1, wrap: false, numberFormat: 14),
            Format(font: 1, fill: 0, border: 0, wrap: false),
            Format(font: 0, fill: 0, border: 1, wrap: false, horizontal: HorizontalAlignmentValues.Right, numberFormat: PercentFormat),
            Format(font: 1, fill: 0, border: 1, wrap: true, horizontal: HorizontalAlignmentValues.Center));
        for (var i = 0; i < StatusOrder.Length; i++)
        {
            formats.Append(Format(font: 1, fill: (uint)(3 + i), border: 1, wrap: true, horizontal: HorizontalAlignmentValues.Center));
        }

        for (var i = 0; i < AlertOrder.Length; i++)
        {
            formats.Append(Format(font: 1, fill: (uint)(3 + StatusOrder.Length + i), border: 1, wrap: false, horizontal: HorizontalAlignmentValues.Center));
        }

        formats.Append(Format(font: 0, fill: 0, border: 1, wrap: false, horizontal: HorizontalAlignmentValues.Center, numberFormat: PercentNumberFormatId));
        formats.Count = (uint)formats.ChildElements.Count;
        var differential = new DifferentialFormats(StatusOrder.Select(s => new DifferentialFormat(DifferentialFill(Statuses.Of(s).Fill)))) { Count = (uint)StatusOrder.Length };
        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = PercentNumberFormatId, FormatCode = "General\"%\"" },
                new NumberingFormat { NumberFormatId = PercentFormat, FormatCode = "0.0%" }) { Count = 2 },
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 },
            differential);
    }

    private static Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = HexBinaryValue.FromString(argb) }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    /// <summary>
    /// In a differential format Excel paints a solid fill with its background colour, unlike a cell format; both colours
    /// carry the status's fill so a reader that takes the foreground one shows the same.
    /// </summary>
    private static Fill DifferentialFill(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = HexBinaryValue.FromString(argb) }, new BackgroundColor { Rgb = HexBinaryValue.FromString(argb) }) { PatternType = PatternValues.Solid });

    private static CellFormat Format(uint font, uint fill, uint border, bool wrap, HorizontalAlignmentValues? horizontal = null, uint numberFormat = 0)
    {
        var format = new CellFormat
        {
            FontId = font,
            FillId = fill,
            BorderId = border,
            NumberFormatId = numberFormat,
            ApplyFont = font != 0,
            ApplyFill = fill != 0,
            ApplyBorder = border != 0,
            ApplyNumberFormat = numberFormat != 0,
            ApplyAlignment = true,
        };
        var alignment = new Alignment { WrapText = wrap, Vertical = VerticalAlignmentValues.Top };
        if (horizontal is not null)
        {
            alignment.Horizontal = horizontal;
        }

        format.Append(alignment);
        return format;
    }
}
