namespace Engine.Rules.Figures;

/// <summary>
/// The figure fields and the header names that mean them: the format's English names, and the Chinese headers
/// of the figures template (and of units' own sheets), so a filled-in template reads back as it is.
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

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        [Target] = Target, ["目标编号"] = Target,
        [AsOf] = AsOf, ["截至日期"] = AsOf,
        [Value] = Value, ["报送值"] = Value,
        [Unit] = Unit, ["单位"] = Unit,
        [Entity] = Entity, ["填报主体"] = Entity,
        [ReportedBy] = ReportedBy, ["填报单位"] = ReportedBy,
        [Note] = Note, ["备注"] = Note,
    };

    /// <summary>Maps header cells to fields (1-based column numbers); unknown headers are other columns and are ignored.</summary>
    public static Dictionary<string, int> Map(IReadOnlyList<string> headers)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            if (Aliases.TryGetValue(headers[i].Trim().TrimStart('\uFEFF'), out var field))
            {
                map.TryAdd(field, i + 1);
            }
        }

        return map;
    }

    public static IReadOnlyList<string> Missing(IReadOnlyDictionary<string, int> map) => [.. Required.Where(f => !map.ContainsKey(f))];
}
