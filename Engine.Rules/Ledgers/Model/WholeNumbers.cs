namespace Engine.Rules.Ledgers;

/// <summary>
/// The one definition of which targets are counted in whole numbers by default: a firm is listed or it is not,
/// so 新增上市企业0.5家 cannot be a true figure. The rule file's <c>integer</c> overrides the default either way.
/// </summary>
internal static class WholeNumbers
{
    /// <summary>Units that count things one by one.</summary>
    private static readonly HashSet<string> CountWords = new(StringComparer.Ordinal)
    {
        "个", "家", "项", "次", "件", "人", "人次", "户", "场", "所", "条", "宗", "批", "座", "台", "套", "种", "名", "位", "期",
        "场次", "笔", "份", "例", "家次", "枚", "张", "册",
    };

    /// <summary>Nouns after 个 that measure time or a share, which may be fractional (3.5个工作日, 0.5个百分点).</summary>
    private static readonly HashSet<string> MeasureNouns = new(StringComparer.Ordinal)
    {
        "工作日", "自然日", "月", "小时", "百分点", "季度",
    };

    /// <summary>Words of a metric that make it a ratio or a mean (人均, 每万人…), fractional even in a count unit.</summary>
    private static readonly string[] RatioWords = ["人均", "平均", "每万", "每千", "每百", "每个"];

    /// <summary>Whether the unit counts things: a count word, or 个 followed by a noun that is not a measure (个环节).</summary>
    public static bool IsCountUnit(string unit) =>
        CountWords.Contains(unit) || (unit.Length > 1 && unit[0] == '个' && !MeasureNouns.Contains(unit[1..]));

    /// <summary>
    /// The default of <c>integer</c>: a count unit, whole target values and a metric that is no ratio or mean;
    /// never for a kind whose figure is the share of the work done.
    /// </summary>
    public static bool ByDefault(TargetKind kind, string metric, string unit, decimal? value, decimal? value2) =>
        !kind.MeasuresCompletion
        && IsCountUnit(unit)
        && IsWhole(value)
        && IsWhole(value2)
        && !RatioWords.Any(w => metric.Contains(w, StringComparison.Ordinal));

    /// <summary>Whether a number (or its absence) is whole.</summary>
    public static bool IsWhole(decimal? number) => number is not { } n || n == decimal.Truncate(n);
}
