using Engine.Rules.Ledgers;

namespace Engine.Rules.Figures;

/// <summary>
/// The name cells of figure rows (entity, reporter, unit) as <see cref="InputText.Field(ReadOnlySpan{char})"/> reads
/// them, one string per distinct name. A bulk file repeats a handful of names a million times, most of them
/// Chinese (区县01), and the normalisation of a non-ASCII cell costs a string and an ICU call per row; the same
/// cell text always normalises to the same name, so each distinct text is normalised once and found again by its
/// raw characters. The memo stops growing at <see cref="Limit"/> texts (a file of distinct names gains nothing from
/// it), after which cells take the general path, with the same result.
/// </summary>
internal sealed class CellNames
{
    private const int Limit = 4096;

    // Normalised names, each kept once (an entity's name is also a dictionary key in the reduction).
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    // Raw cell text as read (untrimmed, not normalised) → its normalised name; "" for a cell that is blank.
    private readonly Dictionary<string, string> _cells = new(StringComparer.Ordinal);

    // Kept rather than asked for per row: each GetAlternateLookup call checks the comparer with a type test.
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _namesBySpan;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _cellsBySpan;

    // The last cell text found in the memo (the memo's own key string) and its name.
    private string _lastCell = "";
    private string _lastName = "";

    public CellNames()
    {
        _namesBySpan = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        _cellsBySpan = _cells.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The cell's normalised, trimmed text as one shared string; "" when it is blank.</summary>
    public string Field(ReadOnlySpan<char> cell)
    {
        // Most files leave the unit and reporter empty, and give one entity's rows together: neither needs a hash.
        if (cell.IsEmpty)
        {
            return "";
        }

        if (cell.SequenceEqual(_lastCell))
        {
            return _lastName;
        }

        if (_cellsBySpan.TryGetValue(cell, out var text, out var known))
        {
            (_lastCell, _lastName) = (text, known);
            return known;
        }

        var name = Intern(InputText.Field(cell));
        if (_cells.Count < Limit)
        {
            text = cell.ToString();
            _cells[text] = name;
            (_lastCell, _lastName) = (text, name);
        }

        return name;
    }

    private string Intern(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return "";
        }

        if (_namesBySpan.TryGetValue(text, out var known))
        {
            return known;
        }

        var made = text.ToString();
        _names[made] = made;
        return made;
    }
}
