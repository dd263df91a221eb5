using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Engine.Rules.Figures;

/// <summary>How a number cell is shown.</summary>
internal enum XlsxNumberKind
{
    Plain,
    Date,
    Percent,
}

/// <summary>
/// What each cell style of a workbook shows its numbers as, from the number format: a date (built-in formats 14–22,
/// 27–36, 45–47, 50–58, or a custom code with y or d), a percentage (built-in 9 and 10, or a custom code with a bare
/// %, which multiplies by 100), or the number. Quoted text and escaped characters do not count: the template shows
/// "%" beside a plain number with <c>General"%"</c>, which does not multiply.
/// </summary>
internal sealed class XlsxNumberFormats
{
    private readonly XlsxNumberKind[] _byStyle;

    private XlsxNumberFormats(XlsxNumberKind[] byStyle) => _byStyle = byStyle;

    public static XlsxNumberFormats From(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? "") ?? [];
        var styles = stylesheet?.CellFormats?.Elements<CellFormat>().Select(f => Kind(f.NumberFormatId?.Value ?? 0, custom)).ToArray() ?? [];
        return new XlsxNumberFormats(styles);
    }

    public XlsxNumberKind Of(Cell cell)
    {
        var index = cell.StyleIndex?.Value ?? 0;
        return index < _byStyle.Length ? _byStyle[index] : XlsxNumberKind.Plain;
    }

    private static XlsxNumberKind Kind(uint id, Dictionary<uint, string> custom)
    {
        if (custom.TryGetValue(id, out var code))
        {
            return OfCode(code);
        }

        return id switch
        {
            9 or 10 => XlsxNumberKind.Percent,
            (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58) => XlsxNumberKind.Date,
            _ => XlsxNumberKind.Plain,
        };
    }

    internal static XlsxNumberKind OfCode(string code)
    {
        // The positive section only, without quoted text, escaped characters and [colour]/[locale] brackets.
        var bare = new System.Text.StringBuilder();
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == ';')
            {
                break;
            }

            if (c == '"')
            {
                i = code.IndexOf('"', i + 1) is var end && end < 0 ? code.Length : end;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++;
            }
            else if (c == '[')
            {
                i = code.IndexOf(']', i + 1) is var end && end < 0 ? code.Length : end;
            }
            else
            {
                bare.Append(char.ToLowerInvariant(c));
            }
        }

        var text = bare.ToString();
        return text.Contains('%', StringComparison.Ordinal) ? XlsxNumberKind.Percent
            : text.Contains('y', StringComparison.Ordinal) || text.Contains('d', StringComparison.Ordinal) ? XlsxNumberKind.Date
            : XlsxNumberKind.Plain;
    }
}
