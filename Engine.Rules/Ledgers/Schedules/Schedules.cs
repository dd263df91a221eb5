namespace Engine.Rules.Ledgers;

/// <summary>
/// The one place that lists the schedules: wire names and each schedule's decision table (format v1). Every row of a
/// table becomes one rule per target; the rows of a table cover every case once.
/// </summary>
internal static class Schedules
{
    private static readonly Dictionary<Schedule, (string Name, string Description, IReadOnlyList<ScheduleDecision> Decisions)> Table = new()
    {
        [Schedule.Linear] = ("linear", "progress is held against the time-proportional expectation (序时进度)",
        [
            new(true, null, null, Status.Achieved, " → achieved"),
            new(false, true, null, Status.Missed, ", deadline reached → missed"),
            new(false, false, true, Status.OnTrack, ", linear, progress ≥ τ×(1−slack) → on_track"),
            new(false, false, false, Status.Lagging, ", linear, progress < τ×(1−slack) → lagging"),
        ]),
        [Schedule.Hold] = ("hold", "a level to keep all year: met is on track, anything else lags",
        [
            new(true, true, null, Status.Achieved, ", deadline reached → achieved"),
            new(false, true, null, Status.Missed, ", deadline reached → missed"),
            new(true, false, null, Status.OnTrack, ", hold, before the deadline → on_track"),
            new(false, false, null, Status.Lagging, ", hold, before the deadline → lagging"),
        ]),
        [Schedule.Final] = ("final", "judged only at the deadline: on track until then",
        [
            new(true, true, null, Status.Achieved, ", deadline reached → achieved"),
            new(false, true, null, Status.Missed, ", deadline reached → missed"),
            new(true, false, null, Status.OnTrack, ", final, before the deadline → on_track"),
            new(false, false, null, Status.OnTrack, ", final, before the deadline → on_track"),
        ]),
    };

    private static readonly Dictionary<string, Schedule> ByName = Table.ToDictionary(p => p.Value.Name, p => p.Key, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static string Name(Schedule schedule) => Entry(schedule).Name;

    public static string Description(Schedule schedule) => Entry(schedule).Description;

    public static IReadOnlyList<ScheduleDecision> Decisions(Schedule schedule) => Entry(schedule).Decisions;

    public static bool TryParse(string name, out Schedule schedule) => ByName.TryGetValue(name, out schedule);

    private static (string Name, string Description, IReadOnlyList<ScheduleDecision> Decisions) Entry(Schedule schedule) =>
        Table.TryGetValue(schedule, out var entry) ? entry : throw new ArgumentOutOfRangeException(nameof(schedule), schedule, "Unknown schedule.");
}
