namespace Engine.Rules.Figures;

/// <summary>
/// A figure row as a reader found it, fields still text. Every input format (CSV, JSON, spreadsheet, HTTP)
/// produces these, so parsing and validation happen in one place.
/// </summary>
/// <param name="Source">File or input name, for problems.</param>
/// <param name="Line">Line (CSV: header = 1), array index + 1 (JSON) or sheet row.</param>
public sealed record RawFigure(string Source, int Line, string? Target, string? AsOf, string? Value)
{
    public string? Unit { get; init; }

    public string? Entity { get; init; }

    public string? ReportedBy { get; init; }

    public string? Note { get; init; }

    /// <summary>1-based column of each field in the source (shared by all rows of a file), so rejections can name the cell.</summary>
    public IReadOnlyDictionary<string, int>? Columns { get; init; }
}
