using SalesBot.Core.Scheduling;

namespace SalesBot.Core.Tests.Scheduling;

/// <summary>
/// For every DST transition of 2026–2028 in the covered zones (enumerated from TimeZoneInfo): weekly nudges at a
/// normal time land at the intended local wall-clock time the week before, of and after; at a skipped time they land
/// shifted forward by the gap; at a repeated time they fire once, at the first pass; day-before briefs stay at the same
/// local time across the change. All instants are computed, no clock.
/// </summary>
public sealed class DstTransitionTests
{
    public static TheoryData<string, DateTime> Transitions => ZoneTransitions.Rows();

    public static TheoryData<string, DateTime> Gaps => ZoneTransitions.Rows(t => t.IsGap);

    public static TheoryData<string, DateTime> Overlaps => ZoneTransitions.Rows(t => !t.IsGap);

    [Theory]
    [MemberData(nameof(Transitions))]
    public void HabitNudge_NormalTimeAroundTransition_LandsAtLocalTimeWeekBeforeOfAndAfter(string zoneId, DateTime instantUtc)
    {
        var transition = ZoneTransitions.Get(zoneId, instantUtc);
        var noon = new TimeOnly(12, 0);
        var (plan, day) = PlanWeeklyNudgeAround(transition, noon);

        Assert.Equal([day.AddDays(-7), day, day.AddDays(7)], plan.Select(p => p.Key.Date));
        foreach (var planned in plan)
        {
            var local = planned.Key.Date.ToDateTime(noon);
            var offset = local < transition.WindowStart ? transition.OffsetBefore : transition.OffsetAfter;
            Assert.Equal(local - offset, planned.SendAt.UtcDateTime);
            Assert.Equal(local, WallClock.ToLocal(planned.SendAt, transition.Zone));
        }
    }

    [Theory]
    [MemberData(nameof(Gaps))]
    public void HabitNudge_SkippedTime_LandsShiftedForwardByTheGapOnlyThatDay(string zoneId, DateTime instantUtc)
    {
        var transition = ZoneTransitions.Get(zoneId, instantUtc);
        var time = TimeOnly.FromDateTime(transition.WindowMiddle);
        var (plan, day) = PlanWeeklyNudgeAround(transition, time);

        Assert.Equal([day.AddDays(-7), day, day.AddDays(7)], plan.Select(p => p.Key.Date));
        Assert.Equal(LocalTimeKind.Skipped, WallClock.Classify(day.ToDateTime(time), transition.Zone));
        Assert.Equal(day.AddDays(-7).ToDateTime(time), WallClock.ToLocal(plan[0].SendAt, transition.Zone));
        Assert.Equal(day.ToDateTime(time) + transition.Length, WallClock.ToLocal(plan[1].SendAt, transition.Zone));
        Assert.Equal(day.ToDateTime(time) - transition.OffsetBefore, plan[1].SendAt.UtcDateTime);
        Assert.Equal(day.AddDays(7).ToDateTime(time), WallClock.ToLocal(plan[2].SendAt, transition.Zone));
    }

    [Theory]
    [MemberData(nameof(Overlaps))]
    public void HabitNudge_RepeatedTime_FiresOnceAtTheFirstPass(string zoneId, DateTime instantUtc)
    {
        var transition = ZoneTransitions.Get(zoneId, instantUtc);
        var time = TimeOnly.FromDateTime(transition.WindowMiddle);
        var (plan, day) = PlanWeeklyNudgeAround(transition, time);

        Assert.Equal([day.AddDays(-7), day, day.AddDays(7)], plan.Select(p => p.Key.Date));
        Assert.Equal(LocalTimeKind.Repeated, WallClock.Classify(day.ToDateTime(time), transition.Zone));
        var onTheDay = plan[1];
        Assert.Equal(day.ToDateTime(time) - transition.OffsetBefore, onTheDay.SendAt.UtcDateTime);
        Assert.True(onTheDay.SendAt < transition.Instant, "the first pass is before the clocks go back");
        Assert.All(plan, p => Assert.Equal(p.Key.Date.ToDateTime(time), WallClock.ToLocal(p.SendAt, transition.Zone)));
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Brief_DayBeforeAcrossTransition_IsSameLocalTimeTheDayBefore(string zoneId, DateTime instantUtc)
    {
        var transition = ZoneTransitions.Get(zoneId, instantUtc);
        var zone = transition.Zone;
        var ten = new TimeOnly(10, 0);
        // The first 1:1 at 10:00 after the change, so the change falls between the brief and the 1:1.
        var meetingDay = DateOnly.FromDateTime(transition.WindowStart + transition.Length + TimeSpan.FromHours(1));
        var schedule = Build.OneOnOne(zoneId, meetingDay.AddDays(-14), ten);
        var agenda = Build.Agenda(Build.Person("manager", zoneId), oneOnOnes: [schedule]);

        var brief = RecipientPlanner.Resolve(agenda, OccurrenceKey.Brief(schedule.Id, meetingDay));
        var meeting = MeetingCalendar.ForDate(schedule, meetingDay);

        Assert.NotNull(brief);
        Assert.NotNull(meeting);
        Assert.Equal(meetingDay.AddDays(-1).ToDateTime(ten), WallClock.ToLocal(brief.SendAt, zone));
        Assert.Equal(meetingDay.ToDateTime(ten), WallClock.ToLocal(meeting.Start, zone));
        // 23 h before a spring-forward change (23.5 h on Lord Howe), 25 h before a fall-back one: not 24 elapsed hours.
        Assert.Equal(TimeSpan.FromDays(1) - (transition.OffsetAfter - transition.OffsetBefore), meeting.Start - brief.SendAt);
        Assert.Equal(meeting.Start, brief.UsefulUntil);
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Brief_MorningOfOnTransitionDay_IsAtEightLocal(string zoneId, DateTime instantUtc)
    {
        var transition = ZoneTransitions.Get(zoneId, instantUtc);
        var meetingDay = DateOnly.FromDateTime(transition.WindowStart + transition.Length + TimeSpan.FromHours(1));
        var schedule = Build.OneOnOne(zoneId, meetingDay.AddDays(-7), new TimeOnly(11, 0), BriefLead.MorningOf);
        var agenda = Build.Agenda(Build.Person("manager", zoneId), oneOnOnes: [schedule]);

        var brief = RecipientPlanner.Resolve(agenda, OccurrenceKey.Brief(schedule.Id, meetingDay));

        Assert.NotNull(brief);
        Assert.Equal(meetingDay.ToDateTime(new TimeOnly(8, 0)), WallClock.ToLocal(brief.SendAt, transition.Zone));
    }

    // A member in the transition's zone whose team nudges weekly on the transition's local weekday at the given time;
    // planned over three weeks around it.
    private static (IReadOnlyList<PlannedOccurrence> Plan, DateOnly Day) PlanWeeklyNudgeAround(ZoneTransition transition, TimeOnly time)
    {
        var day = transition.LocalDate;
        var team = Build.Team("team-1", "Etc/UTC", day.AddDays(-21), time);
        var agenda = Build.Agenda(Build.Person("member", transition.ZoneId), teams: [team]);
        var from = new DateTimeOffset(day.AddDays(-10).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var plan = RecipientPlanner.Plan(agenda, from, from.AddDays(20));
        Assert.All(plan, p => Assert.Null(p.SkipReason));
        return (plan, day);
    }
}
