namespace Engine.Rules.Figures;

/// <summary>
/// A figure row as a reader found it, fields still text. Every input format (CSV, JSON, spreadsheet, HTTP)
/// produces these, so parsing and validation happen in one place.
/// </summary>
/// <param name="Source">File or input name, for problems.</param>
/// <param name="Line">Line (CSV: header = 1), array index + 1 (JSON) or sheet row.</param>
/// <param name="Target">The target id as written; checked against the ledger by the intake.</param>
/// <param name="AsOf">The as-of date as written, expected as YYYY-MM-DD.</param>
/// <param name="Value">The value as written, expected as an invariant-culture number.</param>
public sealed record RawFigure(string Source, int Line, string? Target, string? AsOf, string? Value)
{
    /// <summary>The unit as written; when given it must be the target's.</summary>
    public string? Unit { get; init; }

    /// <summary>Who is assessed (a city, a district), as written; empty or null for the ledger-wide entity <c>""</c>.</summary>
    public string? Entity { get; init; }

    /// <summary>The unit or person who reported the figure (报送单位), as written.</summary>
    public string? ReportedBy { get; init; }

    /// <summary>The reporter's note, as written.</summary>
    public string? Note { get; init; }

    /// <summary>1-based column where the row starts, for inputs whose rows have no fixed columns (a JSON element); 0 when unknown.</summary>
    public int Column { get; init; }

    /// <summary>Where the row is when its line does not say (an element of a one-line JSON array, <c>figures[12]</c>); problems put it before the field.</summary>
    public string? Path { get; init; }

    /// <summary>1-based column of each field in the source (shared by all rows of a file), so rejections can name the cell.</summary>
    public IReadOnlyDictionary<string, int>? Columns { get; init; }
}
