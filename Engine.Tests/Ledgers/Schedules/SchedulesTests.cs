using Engine.Rules.Ledgers;

namespace Engine.Tests.Ledgers;

public class SchedulesTests
{
    public static TheoryData<Schedule, Nature, string> Tables()
    {
        var data = new TheoryData<Schedule, Nature, string>();
        foreach (var schedule in Enum.GetValues<Schedule>())
        {
            foreach (var nature in Enum.GetValues<Nature>())
            {
                foreach (var kind in TargetKinds.All)
                {
                    data.Add(schedule, nature, kind.Name);
                }
            }
        }

        return data;
    }

    private static Target Target(Schedule schedule, Nature nature, string kind) => new()
    {
        Id = "1.1",
        TaskNo = 1,
        Metric = "m",
        Kind = TargetKinds.Named(kind),
        Nature = nature,
        Value = 10m,
        Value2 = 20m,
        Unit = "个",
        Deadline = new DateOnly(2023, 12, 31),
        Schedule = schedule,
        Slack = 0m,
    };

    private static bool Holds(DecisionTest test, bool met, bool reached, bool metAtDeadline, bool onPace, bool withinBudget, bool pending) => test switch
    {
        DecisionTest.Met => met,
        DecisionTest.NotMet => !met,
        DecisionTest.DeadlineReached => reached,
        DecisionTest.BeforeDeadline => !reached,
        DecisionTest.MetAtDeadline => metAtDeadline,
        DecisionTest.NotMetAtDeadline => !metAtDeadline,
        DecisionTest.OnPace => onPace,
        DecisionTest.Behind => !onPace,
        DecisionTest.WithinBudget => withinBudget,
        DecisionTest.OverBudget => !withinBudget,
        DecisionTest.DeadlineReportPending => pending,
        DecisionTest.DeadlineReportOwed => !pending,
        _ => throw new ArgumentOutOfRangeException(nameof(test)),
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Decisions_EveryCase_IsDecidedExactlyOnce(Schedule schedule, Nature nature, string kind)
    {
        var decisions = Schedules.Decisions(Target(schedule, nature, kind));
        bool[] both = [true, false];
        foreach (var (met, reached, atDeadline, pace, budget, pending) in
                 from a in both from b in both from c in both from d in both from e in both from f in both select (a, b, c, d, e, f))
        {
            var matching = decisions.Count(d => d.Tests.All(t => Holds(t, met, reached, atDeadline, pace, budget, pending)));
            Assert.True(matching == 1, $"{schedule}/{nature}/{kind}: met={met} reached={reached} metAtDeadline={atDeadline} onPace={pace} withinBudget={budget} reportPending={pending} is decided by {matching} rows");
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Decisions_AchievedLate_OnlyFromTheDeadlineOn(Schedule schedule, Nature nature, string kind) =>
        Assert.All(
            Schedules.Decisions(Target(schedule, nature, kind)).Where(d => d.Status == Status.AchievedLate),
            d => Assert.Contains(DecisionTest.DeadlineReached, d.Tests));

    [Fact]
    public void Decisions_LevelMetBeforeTheDeadline_IsOnTrackNotAchieved()
    {
        var row = Schedules.Decisions(Target(Schedule.Linear, Nature.Level, "at_least")).Single(d => d.Met && d.Tests.Contains(DecisionTest.BeforeDeadline));
        Assert.Equal(Status.OnTrack, row.Status);
    }

    [Fact]
    public void Decisions_CumulativeBudget_IsNeverAchievedEarly() =>
        Assert.DoesNotContain(
            Schedules.Decisions(Target(Schedule.Linear, Nature.Cumulative, "at_most")).Where(d => d.Tests.Contains(DecisionTest.BeforeDeadline)),
            d => d.Status == Status.Achieved);

    [Fact]
    public void Name_UnknownSchedule_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Schedules.Name((Schedule)99));

    [Fact]
    public void TryParse_EachName_RoundTrips() =>
        Assert.All(Enum.GetValues<Schedule>(), s => Assert.True(Schedules.TryParse(Schedules.Name(s), out var back) && back == s));
}
