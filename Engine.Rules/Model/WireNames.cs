namespace Engine.Rules.Model;

/// <summary>The snake_case names that rule files and outputs use for the model's enums (format v1).</summary>
public static class WireNames
{
    private static readonly Dictionary<string, Schedule> Schedules = new(StringComparer.Ordinal)
    {
        ["linear"] = Schedule.Linear,
        ["hold"] = Schedule.Hold,
        ["final"] = Schedule.Final,
    };

    private static readonly Dictionary<string, Combine> Combines = new(StringComparer.Ordinal)
    {
        ["all"] = Combine.All,
        ["any"] = Combine.Any,
    };

    private static readonly Dictionary<string, Status> Statuses = new(StringComparer.Ordinal)
    {
        ["achieved"] = Status.Achieved,
        ["on_track"] = Status.OnTrack,
        ["no_data"] = Status.NoData,
        ["lagging"] = Status.Lagging,
        ["missed"] = Status.Missed,
    };

    public static IReadOnlyCollection<string> ScheduleNames => Schedules.Keys;

    public static IReadOnlyCollection<string> CombineNames => Combines.Keys;

    public static IReadOnlyCollection<string> StatusNames => Statuses.Keys;

    public static bool TryParseSchedule(string name, out Schedule schedule) => Schedules.TryGetValue(name, out schedule);

    public static bool TryParseCombine(string name, out Combine combine) => Combines.TryGetValue(name, out combine);

    public static bool TryParseStatus(string name, out Status status) => Statuses.TryGetValue(name, out status);

    public static string Name(this Schedule schedule) => Schedules.First(p => p.Value == schedule).Key;

    public static string Name(this Combine combine) => Combines.First(p => p.Value == combine).Key;

    public static string Name(this Status status) => status switch
    {
        Status.Achieved => "achieved",
        Status.OnTrack => "on_track",
        Status.NoData => "no_data",
        Status.Lagging => "lagging",
        Status.Missed => "missed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };
}
