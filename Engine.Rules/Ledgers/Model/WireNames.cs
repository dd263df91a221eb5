namespace Engine.Rules.Ledgers;

/// <summary>The snake_case names that rule files and outputs use for the model's enums (format v1).</summary>
internal static class WireNames
{
    private static readonly Dictionary<string, Combine> Combines = new(StringComparer.Ordinal)
    {
        ["all"] = Combine.All,
        ["any"] = Combine.Any,
    };

    public static IReadOnlyCollection<string> ScheduleNames => Schedules.Names;

    public static IReadOnlyCollection<string> CombineNames => Combines.Keys;

    public static IReadOnlyCollection<string> StatusNames => Statuses.Names;

    public static bool TryParseSchedule(string name, out Schedule schedule) => Schedules.TryParse(name, out schedule);

    public static bool TryParseCombine(string name, out Combine combine) => Combines.TryGetValue(name, out combine);

    public static bool TryParseStatus(string name, out Status status) => Statuses.TryParse(name, out status);

    public static string Name(this Schedule schedule) => Schedules.Name(schedule);

    public static string Name(this Combine combine) => Combines.First(p => p.Value == combine).Key;

    public static string Name(this Status status) => Statuses.Of(status).Name;
}
