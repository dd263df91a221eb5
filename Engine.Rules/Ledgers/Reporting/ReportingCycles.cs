namespace Engine.Rules.Ledgers;

/// <summary>The wire names of the reporting cycles.</summary>
internal static class ReportingCycles
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["month"] = 1,
        ["quarter"] = 3,
        ["half_year"] = 6,
        ["year"] = 12,
    };

    public static IReadOnlyCollection<string> Names => Months.Keys;

    /// <summary>The cycle in Chinese words: 每月, 每季度, 每半年, 每年.</summary>
    public static string WordsZh(int months) => months switch
    {
        1 => "每月",
        3 => "每季度",
        6 => "每半年",
        12 => "每年",
        _ => $"每{months}个月",
    };

    public static bool TryParse(string name, out int months) => Months.TryGetValue(name, out months);

    public static string Name(int months) => Months.FirstOrDefault(p => p.Value == months).Key
        ?? throw new ArgumentOutOfRangeException(nameof(months), months, "Not a reporting cycle.");

    /// <summary>Reads <c>"reporting": { "cycle": "quarter", "grace_days": 15 }</c>.</summary>
    public static ReportingCycle? Parse(Newtonsoft.Json.Linq.JObject? obj, ProblemSink sink)
    {
        if (obj is null)
        {
            return null;
        }

        var fields = new JsonFields(obj, sink);
        var cycle = fields.String("cycle", required: true);
        var grace = fields.Integer("grace_days", required: false, min: 0) ?? 0;
        fields.ReportUnknown();
        if (cycle is null)
        {
            return null;
        }

        if (!TryParse(cycle, out var months))
        {
            fields.Problem("cycle", $"unknown reporting cycle \"{cycle}\"; it must be one of: {string.Join(", ", Names)}");
            return null;
        }

        return new ReportingCycle(months, grace);
    }
}
