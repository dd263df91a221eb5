using Engine.Rules.Ledgers;

namespace Engine.Tests.Ledgers;

public class SchedulesTests
{
    public static TheoryData<Schedule> All => [.. Enum.GetValues<Schedule>()];

    [Theory]
    [MemberData(nameof(All))]
    public void Decisions_EveryCase_IsDecidedExactlyOnce(Schedule schedule)
    {
        var decisions = Schedules.Decisions(schedule);
        foreach (var met in new[] { true, false })
        {
            foreach (var reached in new[] { true, false })
            {
                foreach (var onPace in new[] { true, false })
                {
                    var matching = decisions.Count(d => d.Met == met && (d.Deadline ?? reached) == reached && (d.OnPace ?? onPace) == onPace);
                    Assert.True(matching == 1, $"{schedule}: met={met}, deadline reached={reached}, on pace={onPace} is decided by {matching} rows");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Decisions_FromTheDeadlineOn_AreAchievedOrMissed(Schedule schedule)
    {
        Assert.All(
            Schedules.Decisions(schedule).Where(d => d.Deadline != false),
            d => Assert.Equal(d.Met ? Status.Achieved : Status.Missed, d.Status));
    }

    [Fact]
    public void Name_UnknownSchedule_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Schedules.Name((Schedule)99));

    [Fact]
    public void TryParse_EachName_RoundTrips() =>
        Assert.All(Enum.GetValues<Schedule>(), s => Assert.True(Schedules.TryParse(Schedules.Name(s), out var back) && back == s));
}
