namespace Engine.Rules.Figures;

/// <summary>
/// A figure row as text spans over a reader's buffer, valid only during the call that receives it. Readers of bulk
/// input (CSV, IDataView) hand rows over this way so that a row that is checked and reduced away costs no strings.
/// </summary>
internal readonly ref struct FigureRowText
{
    public FigureRowText(string source, int line, ReadOnlySpan<char> target, ReadOnlySpan<char> asOf, ReadOnlySpan<char> value)
    {
        Source = source;
        Line = line;
        Target = target;
        AsOf = asOf;
        Value = value;
    }

    /// <summary>File or input name, for problems.</summary>
    public string Source { get; }

    /// <summary>Line (CSV: header = 1) or row of the input.</summary>
    public int Line { get; }

    public ReadOnlySpan<char> Target { get; }

    public ReadOnlySpan<char> AsOf { get; }

    public ReadOnlySpan<char> Value { get; }

    public ReadOnlySpan<char> Unit { get; init; }

    public ReadOnlySpan<char> Entity { get; init; }

    public ReadOnlySpan<char> ReportedBy { get; init; }

    public ReadOnlySpan<char> Note { get; init; }

    /// <summary>1-based column where the row starts when it has no fixed columns (a JSON element).</summary>
    public int Column { get; init; }

    /// <summary>Where the row is when its line does not say (<c>figures[12]</c>).</summary>
    public string? Path { get; init; }

    /// <summary>1-based column of each field in the source, so rejections can name the cell.</summary>
    public IReadOnlyDictionary<string, int>? Columns { get; init; }

    public static FigureRowText From(RawFigure row) => new(row.Source, row.Line, row.Target, row.AsOf, row.Value)
    {
        Unit = row.Unit,
        Entity = row.Entity,
        ReportedBy = row.ReportedBy,
        Note = row.Note,
        Columns = row.Columns,
        Column = row.Column,
        Path = row.Path,
    };

    /// <summary>The row as strings, for sinks that keep rows. Empty cells become null, as the text readers give them.</summary>
    public RawFigure ToRaw() => new(Source, Line, Text(Target), Text(AsOf), Text(Value))
    {
        Unit = Text(Unit),
        Entity = Text(Entity),
        ReportedBy = Text(ReportedBy),
        Note = Text(Note),
        Columns = Columns,
        Column = Column,
        Path = Path,
    };

    private static string? Text(ReadOnlySpan<char> cell) => cell.IsEmpty ? null : cell.ToString();
}
