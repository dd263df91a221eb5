using Engine.Rules.Ledgers;

namespace Engine.Rules.Figures;

/// <summary>
/// The figure fields and the header names that mean them: the format's English names, and the Chinese headers
/// of the figures template (and of units' own sheets), so a filled-in template reads back as it is. Header names
/// match after <see cref="InputText"/> normalisation, ignoring case. A header may hold other columns (the
/// template's 目标截止日期, a unit's own remarks); two columns for one field are refused, since the engine cannot
/// know which one the clerk meant.
/// </summary>
internal static class FigureColumns
{
    public const string Target = "target";
    public const string AsOf = "as_of";
    public const string Value = "value";
    public const string Unit = "unit";
    public const string Entity = "entity";
    public const string ReportedBy = "reported_by";
    public const string Note = "note";

    public static readonly string[] Required = [Target, AsOf, Value];

    /// <summary>Every field, in the order a figures file lists them.</summary>
    public static readonly string[] All = [Target, AsOf, Value, Unit, Entity, ReportedBy, Note];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        [Target] = Target, ["目标编号"] = Target,
        [AsOf] = AsOf, ["报送截至日期"] = AsOf, ["截至日期"] = AsOf,
        [Value] = Value, ["报送值"] = Value,
        [Unit] = Unit, ["单位"] = Unit,
        [Entity] = Entity, ["填报主体"] = Entity,
        [ReportedBy] = ReportedBy, ["填报单位"] = ReportedBy,
        [Note] = Note, ["备注"] = Note,
    };

    /// <summary>The header names as they compare: normalised, trimmed, without a byte order mark.</summary>
    public static string Name(string header) => InputText.Field(header.TrimStart('\uFEFF'));

    /// <summary>The field a header (or JSON key) names, or null.</summary>
    public static string? FieldOf(string header) => Aliases.TryGetValue(Name(header), out var field) ? field : null;

    /// <summary>Maps header cells to fields (1-based column numbers); unknown headers are other columns and are ignored.</summary>
    public static Dictionary<string, int> Map(IReadOnlyList<string> headers)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            if (FieldOf(headers[i]) is { } field)
            {
                map.TryAdd(field, i + 1);
            }
        }

        return map;
    }

    public static IReadOnlyList<string> Missing(IReadOnlyDictionary<string, int> map) => [.. Required.Where(f => !map.ContainsKey(f))];

    /// <summary>
    /// The header's fields, or a located problem when a name is given twice (or two names mean one field), which
    /// would leave the engine to guess which column the clerk filled in.
    /// </summary>
    public static Dictionary<string, int> MapChecked(IReadOnlyList<string> headers, string source, int line)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headers.Count; i++)
        {
            var name = Name(headers[i]);
            if (name.Length == 0)
            {
                continue;
            }

            var key = FieldOf(name) ?? name;
            if (seen.TryGetValue(key, out var first))
            {
                var firstName = Name(headers[first - 1]);
                var said = string.Equals(firstName, name, StringComparison.OrdinalIgnoreCase) ? $"names \"{name}\" twice" : $"has \"{firstName}\" and \"{name}\", which both mean {key}";
                throw new FigureFileException(new Problem(source, line, i + 1, key, $"the header {said}: columns {first} and {i + 1}; keep one") { Code = ProblemCodes.DuplicateColumn });
            }

            seen[key] = i + 1;
        }

        return Map(headers);
    }

    /// <summary>0-based positions of the header's columns that have no name: ignored while their cells are empty.</summary>
    public static int[] Unnamed(IReadOnlyList<string> headers) => [.. Enumerable.Range(0, headers.Count).Where(i => Name(headers[i]).Length == 0)];

    /// <summary>The problem for a row with text in a column the header does not name.</summary>
    public static Problem UnnamedCell(string source, int line, int column, string text) =>
        new(source, line, column, "", $"column {column} has no name in the header but this row holds \"{text}\" there; name the column or clear the cell")
        {
            Code = ProblemCodes.BadRow,
            MessageZh = $"第{column}列表头没有列名，但该行在此列填了“{text}”；请给该列命名或清空该单元格",
        };
}
