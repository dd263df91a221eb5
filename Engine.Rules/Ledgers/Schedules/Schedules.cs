using static Engine.Rules.Ledgers.DecisionTest;

namespace Engine.Rules.Ledgers;

/// <summary>
/// The one place that lists the schedules and the decision table of semantics v2. Before the deadline a target is
/// judged by its schedule and nature; from the deadline on, by whether it is met now and was met at the deadline.
/// </summary>
internal static class Schedules
{
    private static readonly Dictionary<Schedule, (string Name, string Description, string Zh)> Table = new()
    {
        [Schedule.Linear] = ("linear", "progress is held against the time-proportional expectation (序时进度) at the figure's date", "按序时进度"),
        [Schedule.Hold] = ("hold", "a level to keep all year: met is on track, anything else lags", "全年保持"),
        [Schedule.Final] = ("final", "judged only at the deadline: on track until then", "到期判定"),
    };

    /// <summary>How a decision row's tests read in Chinese, for explanations that name no rule in English.</summary>
    private static readonly Dictionary<DecisionTest, string> TestWordsZh = new()
    {
        [Met] = "达标",
        [NotMet] = "未达标",
        [DeadlineReached] = "已到截止日期",
        [BeforeDeadline] = "截止日期前",
        [MetAtDeadline] = "截止日时已达标",
        [NotMetAtDeadline] = "截止日时未达标",
        [DeadlineReportPending] = "截止日的数据尚未到报送期限",
        [DeadlineReportOwed] = "截止日的数据已到报送期限",
        [OnPace] = "进度不低于序时要求",
        [Behind] = "进度低于序时要求",
        [WithinBudget] = "未超出序时预算",
        [OverBudget] = "超出序时预算",
    };

    private static readonly Dictionary<string, Schedule> ByName = Table.ToDictionary(p => p.Value.Name, p => p.Key, StringComparer.Ordinal);

    /// <summary>From the deadline on, every schedule alike: met then and now, met only now, or not met.</summary>
    private static readonly ScheduleDecision[] FromTheDeadline =
    [
        new([Met, DeadlineReached, MetAtDeadline], Status.Achieved, "met, deadline reached, met at the deadline → achieved"),
        new([Met, DeadlineReached, NotMetAtDeadline], Status.AchievedLate, "met, deadline reached, not met at the deadline → achieved_late"),
        new([NotMet, DeadlineReached, DeadlineReportOwed], Status.Missed, "not met, deadline reached → missed"),
        new([NotMet, DeadlineReached, DeadlineReportPending], Status.Lagging, "not met, deadline reached, its report not yet due → lagging"),
    ];

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static string Name(Schedule schedule) => Entry(schedule).Name;

    public static string Description(Schedule schedule) => Entry(schedule).Description;

    /// <summary>The schedule in Chinese words (按序时进度, 全年保持, 到期判定).</summary>
    public static string WordsZh(Schedule schedule) => Entry(schedule).Zh;

    /// <summary>A decision row's tests in Chinese, joined: "未达标、截止日期前、进度低于序时要求".</summary>
    public static string WordsZh(ScheduleDecision decision) => string.Join("、", decision.Tests.Select(t => TestWordsZh[t]));

    public static bool TryParse(string name, out Schedule schedule) => ByName.TryGetValue(name, out schedule);

    /// <summary>The decision table of one target: its schedule's rows before the deadline, then the deadline's.</summary>
    public static IReadOnlyList<ScheduleDecision> Decisions(Target target) => [.. BeforeTheDeadline(target), .. FromTheDeadline];

    private static IEnumerable<ScheduleDecision> BeforeTheDeadline(Target target)
    {
        switch (target.Schedule)
        {
            case Schedule.Linear when target.Nature == Nature.Cumulative && target.Kind.Direction < 0:
                // A budget counted up over the year (全年停电时间): never done early, judged by the share used so far.
                yield return new([Met, BeforeDeadline, WithinBudget], Status.OnTrack, "met, linear budget, within τ×value → on_track");
                yield return new([Met, BeforeDeadline, OverBudget], Status.Lagging, "met, linear budget, over τ×value → lagging");
                yield return new([NotMet, BeforeDeadline, WithinBudget], Status.OnTrack, "not met, linear budget, within τ×value → on_track");
                yield return new([NotMet, BeforeDeadline, OverBudget], Status.Lagging, "not met, linear budget, over τ×value → lagging");
                break;
            case Schedule.Linear:
                yield return target.Nature == Nature.Cumulative
                    ? new([Met, BeforeDeadline], Status.Achieved, "met, cumulative, before the deadline → achieved")
                    : new([Met, BeforeDeadline], Status.OnTrack, "met, level, before the deadline → on_track");
                yield return new([NotMet, BeforeDeadline, OnPace], Status.OnTrack, "not met, linear, progress ≥ τ×(1−slack) → on_track");
                yield return new([NotMet, BeforeDeadline, Behind], Status.Lagging, "not met, linear, progress < τ×(1−slack) → lagging");
                break;
            case Schedule.Hold:
                yield return new([Met, BeforeDeadline], Status.OnTrack, "met, hold, before the deadline → on_track");
                yield return new([NotMet, BeforeDeadline], Status.Lagging, "not met, hold, before the deadline → lagging");
                break;
            case Schedule.Final:
                yield return new([Met, BeforeDeadline], Status.OnTrack, "met, final, before the deadline → on_track");
                yield return new([NotMet, BeforeDeadline], Status.OnTrack, "not met, final, before the deadline → on_track");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(target), target.Schedule, "Unknown schedule.");
        }
    }

    private static (string Name, string Description, string Zh) Entry(Schedule schedule) =>
        Table.TryGetValue(schedule, out var entry) ? entry : throw new ArgumentOutOfRangeException(nameof(schedule), schedule, "Unknown schedule.");
}
