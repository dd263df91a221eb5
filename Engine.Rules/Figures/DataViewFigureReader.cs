using System.Globalization;
using Engine.Rules.Ledgers;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Engine.Rules.Figures;

/// <summary>
/// Reads figures from an ML.NET <see cref="IDataView"/>: what another system that already holds its data in ML.NET
/// hands the engine directly, and what the CLI's TSV reader (ML.NET's TextLoader) produces. Columns are found by
/// name as in a figures file's header (<c>target</c>, <c>as_of</c>, <c>value</c>, … or the Chinese headers).
/// Every column may be text; <c>value</c> may also be a number column and <c>as_of</c> a date column. Each row
/// goes through the same checks as a file's rows, so a bad row is rejected with its row number and field.
/// </summary>
public static class DataViewFigureReader
{
    /// <summary>Reads every row of the view into the sink, numbering rows from <paramref name="firstLine"/>.</summary>
    /// <param name="view">The data, with columns named as a figures file's header.</param>
    /// <param name="source">The input's name in problems.</param>
    /// <param name="sink">Where the rows go, usually a <see cref="FigureIntake"/>.</param>
    /// <param name="firstLine">The line number of the first row: 2 for a file whose line 1 is the header, 1 for data without one.</param>
    public static void Read(IDataView view, string source, IFigureSink sink, int firstLine = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firstLine);
        Read(view, source, sink, position => checked(firstLine + (int)position));
    }

    /// <summary>Reads every row of the view into the sink, numbering rows as the caller's input does.</summary>
    /// <param name="view">The data, with columns named as a figures file's header.</param>
    /// <param name="source">The input's name in problems.</param>
    /// <param name="sink">Where the rows go, usually a <see cref="FigureIntake"/>.</param>
    /// <param name="lineOfRow">The line (or row number) to name in problems for the row at a cursor position.</param>
    public static void Read(IDataView view, string source, IFigureSink sink, Func<long, int> lineOfRow)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(lineOfRow);
        var visible = view.Schema.Where(c => !c.IsHidden).ToList();
        var names = visible.Select(c => c.Name).ToList();
        var columns = FigureColumns.Map(names);
        var missing = FigureColumns.Missing(columns);
        if (missing.Count > 0)
        {
            throw new FigureFileException(new Problem(source, 0, 0, string.Join(",", missing), $"the data has no column {string.Join(", ", missing.Select(m => $"\"{m}\""))}; found: {string.Join(", ", names)}") { Code = ProblemCodes.MissingColumn });
        }

        var used = columns.ToDictionary(p => p.Key, p => visible[p.Value - 1]);
        using var cursor = view.GetRowCursor(used.Values);
        var cells = used.ToDictionary(p => p.Key, p => Cell.For(cursor, p.Value, p.Key, source));
        var empty = new EmptyCell();
        Cell Field(string field) => cells.TryGetValue(field, out var c) ? c : empty;
        Cell target = Field(FigureColumns.Target), asOf = Field(FigureColumns.AsOf), value = Field(FigureColumns.Value);
        Cell unit = Field(FigureColumns.Unit), entity = Field(FigureColumns.Entity), reportedBy = Field(FigureColumns.ReportedBy), note = Field(FigureColumns.Note);
        while (cursor.MoveNext())
        {
            sink.Add(new FigureRowText(source, lineOfRow(cursor.Position), target.Read(), asOf.Read(), value.Read())
            {
                Unit = unit.Read(),
                Entity = entity.Read(),
                ReportedBy = reportedBy.Read(),
                Note = note.Read(),
                Columns = columns,
            });
        }
    }

    /// <summary>One column of the cursor, read as text.</summary>
    private abstract class Cell
    {
        public abstract ReadOnlySpan<char> Read();

        public static Cell For(DataViewRowCursor cursor, DataViewSchema.Column column, string field, string source) => column.Type switch
        {
            TextDataViewType => new TextCell(cursor.GetGetter<ReadOnlyMemory<char>>(column)),
            NumberDataViewType n when field == FigureColumns.Value && n.RawType == typeof(double) => new NumberCell<double>(cursor.GetGetter<double>(column), double.IsNaN),
            NumberDataViewType n when field == FigureColumns.Value && n.RawType == typeof(float) => new NumberCell<float>(cursor.GetGetter<float>(column), float.IsNaN),
            NumberDataViewType n when field == FigureColumns.Value && n.RawType == typeof(int) => new NumberCell<int>(cursor.GetGetter<int>(column), _ => false),
            NumberDataViewType n when field == FigureColumns.Value && n.RawType == typeof(long) => new NumberCell<long>(cursor.GetGetter<long>(column), _ => false),
            DateTimeDataViewType when field == FigureColumns.AsOf => new DateCell(cursor.GetGetter<DateTime>(column)),
            _ => throw new FigureFileException(new Problem(source, 0, column.Index + 1, field, $"column \"{column.Name}\" holds {column.Type}; {field} must be text{(field == FigureColumns.Value ? " or a number (Single, Double, Int32, Int64)" : field == FigureColumns.AsOf ? " or a DateTime" : "")}") { Code = ProblemCodes.WrongType }),
        };
    }

    private sealed class EmptyCell : Cell
    {
        public override ReadOnlySpan<char> Read() => default;
    }

    private sealed class TextCell(ValueGetter<ReadOnlyMemory<char>> getter) : Cell
    {
        private ReadOnlyMemory<char> _value;

        public override ReadOnlySpan<char> Read()
        {
            getter(ref _value);
            return _value.Span;
        }
    }

    /// <summary>A number as its shortest round-trip text, which is what the sender meant (0.1, not 0.1000000000000000055…); missing (NaN) is empty.</summary>
    private sealed class NumberCell<T>(ValueGetter<T> getter, Func<T, bool> missing) : Cell
        where T : ISpanFormattable
    {
        private readonly char[] _text = new char[64];
        private T _value = default!;

        public override ReadOnlySpan<char> Read()
        {
            getter(ref _value);
            return !missing(_value) && _value.TryFormat(_text, out var written, "R", CultureInfo.InvariantCulture) ? _text.AsSpan(0, written) : default;
        }
    }

    private sealed class DateCell(ValueGetter<DateTime> getter) : Cell
    {
        private readonly char[] _text = new char[10];
        private DateTime _value;

        public override ReadOnlySpan<char> Read()
        {
            getter(ref _value);
            return IsoDate.TryFormat(DateOnly.FromDateTime(_value), _text, out var written) ? _text.AsSpan(0, written) : default;
        }
    }
}
