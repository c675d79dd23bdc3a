using SalesBot.Core.Scheduling;

namespace SalesBot.Core.Tests.Scheduling;

/// <summary>
/// Three years (2026–2028) of weekly occurrences in every covered zone, planned in consecutive odd-sized windows (as
/// a scheduler re-planning after each send would): at a normal time, at each transition's skipped time and at each
/// repeated time. None missed, none doubled, strictly increasing, each at its documented local time.
/// </summary>
public sealed class LongRunTests
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(17);

    public static TheoryData<string> Zones => new(ZoneTransitions.Zones);

    [Theory]
    [MemberData(nameof(Zones))]
    public void HabitNudge_ThreeYearsWeekly_NoneMissedNoneDoubledAllAtTheirLocalTime(string zoneId)
    {
        var zone = TimeZones.Find(zoneId);
        foreach (var (day, time) in RulesFor(zoneId))
        {
            var first = WeeklyRule.NextOnOrAfter(new DateOnly(2026, 1, 1), day);
            var team = Build.Team("team-1", "Etc/UTC", first, time);
            var agenda = Build.Agenda(Build.Person("member", zoneId), teams: [team]);

            var plan = Build.PlanInWindows(agenda, ZoneTransitions.From, ZoneTransitions.To, Window);

            var expectedDates = DatesBefore(team.Rule, zone, ZoneTransitions.To, TimeSpan.Zero);
            Assert.Equal(expectedDates, plan.Select(p => p.Key.Date));
            Assert.Equal(plan.Count, plan.Select(p => p.Key).Distinct().Count());
            AssertStrictlyIncreasing(plan.Select(p => p.SendAt));
            foreach (var planned in plan)
            {
                AssertAtDocumentedLocalTime(planned.Key.Date.ToDateTime(time), planned.SendAt, zone);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Zones))]
    public void BriefsAndMeetings_ThreeYearsWeekly_NoneMissedNoneDoubled(string zoneId)
    {
        var zone = TimeZones.Find(zoneId);
        foreach (var (day, time) in RulesFor(zoneId))
        {
            var first = WeeklyRule.NextOnOrAfter(new DateOnly(2026, 1, 8), day);
            var schedule = Build.OneOnOne(zoneId, first, time);
            var agenda = Build.Agenda(Build.Person("manager", zoneId), oneOnOnes: [schedule]);

            var plan = Build.PlanInWindows(agenda, ZoneTransitions.From, ZoneTransitions.To, Window);
            var briefs = plan.Where(p => p.Key.Kind == OccurrenceKind.Brief).ToArray();
            var followUps = plan.Where(p => p.Key.Kind == OccurrenceKind.FollowUpRequest).ToArray();
            var meetings = MeetingCalendar.Between(schedule, ZoneTransitions.From, ZoneTransitions.To);

            Assert.Equal(DatesBefore(schedule.Rule, zone, ZoneTransitions.To, TimeSpan.Zero), meetings.Select(m => m.NominalDate));
            Assert.Equal(DatesBefore(schedule.Rule, zone, ZoneTransitions.To, TimeSpan.FromDays(1)), briefs.Select(p => p.Key.Date));
            Assert.Equal(DatesBefore(schedule.Rule, zone, ZoneTransitions.To - schedule.Duration, TimeSpan.Zero), followUps.Select(p => p.Key.Date));
            AssertStrictlyIncreasing(meetings.Select(m => m.Start));
            AssertStrictlyIncreasing(briefs.Select(b => b.SendAt));
            foreach (var (meeting, brief) in meetings.Zip(briefs))
            {
                AssertAtDocumentedLocalTime(meeting.LocalStart, meeting.Start, zone);
                AssertAtDocumentedLocalTime(meeting.LocalStart.AddDays(-1), brief.SendAt, zone);
                Assert.InRange(meeting.Start - brief.SendAt, TimeSpan.FromHours(22), TimeSpan.FromHours(26));
            }
        }
    }

    [Theory]
    [InlineData("America/Phoenix")]
    [InlineData("Asia/Kolkata")]
    [InlineData("America/Sao_Paulo")]
    [InlineData("Asia/Tehran")]
    public void HabitNudge_ZoneWithoutDst_NeverShiftsInUtc(string zoneId)
    {
        var first = new DateOnly(2026, 1, 5);
        var agenda = Build.Agenda(Build.Person("member", zoneId), teams: [Build.Team("team-1", "Etc/UTC", first, new TimeOnly(9, 0))]);

        var plan = RecipientPlanner.Plan(agenda, ZoneTransitions.From, ZoneTransitions.To);

        Assert.Equal(156, plan.Count); // every Monday from 5 Jan 2026 to 25 Dec 2028
        Assert.Single(plan.Select(p => p.SendAt.UtcDateTime.TimeOfDay).Distinct());
        Assert.All(plan.Zip(plan.Skip(1)), pair => Assert.Equal(TimeSpan.FromDays(7), pair.Second.SendAt - pair.First.SendAt));
    }

    [Theory]
    [InlineData("Europe/Berlin")]
    [InlineData("America/New_York")]
    [InlineData("Australia/Lord_Howe")]
    public void Plan_WindowOfOneWeekOrSeventeenHours_GivesTheSameOccurrences(string zoneId)
    {
        var quiet = new QuietHours(new TimeOnly(21, 0), new TimeOnly(7, 30));
        var person = Build.Person("manager", zoneId, quiet);
        var agenda = Build.Agenda(
            person,
            oneOnOnes: [Build.OneOnOne(zoneId, new DateOnly(2026, 1, 5), new TimeOnly(2, 30), BriefLead.MorningOf), Build.OneOnOne(zoneId, new DateOnly(2026, 1, 6), new TimeOnly(10, 0), id: "1on1-2")],
            teams: [Build.Team("team-1", zoneId, new DateOnly(2026, 1, 5), new TimeOnly(8, 0)), Build.Team("team-2", zoneId, new DateOnly(2026, 1, 4), new TimeOnly(22, 0))],
            focus: FocusPromptSchedule.Default("manager", new DateOnly(2026, 1, 1)));

        var byWeek = Build.PlanInWindows(agenda, ZoneTransitions.From, ZoneTransitions.To, TimeSpan.FromDays(7));
        var byHours = Build.PlanInWindows(agenda, ZoneTransitions.From, ZoneTransitions.To, Window);
        var byOddMinutes = Build.PlanInWindows(agenda, ZoneTransitions.From, ZoneTransitions.To, TimeSpan.FromMinutes(1_439));

        Assert.Equal(byWeek, byHours);
        Assert.Equal(byWeek, byOddMinutes);
        Assert.Equal(byWeek.Count, byWeek.Select(p => p.Key).Distinct().Count());
        Assert.Contains(byWeek, p => p.Adjustments.HasFlag(SendAdjustments.DailyCap));
        Assert.Contains(byWeek, p => p.Adjustments.HasFlag(SendAdjustments.QuietHours));
    }

    // Every rule date whose local time (moved earlier by whole days, for the day-before brief) is before the end.
    private static DateOnly[] DatesBefore(WeeklyRule rule, TimeZoneInfo zone, DateTimeOffset end, TimeSpan lead) =>
        rule.DatesBetween(rule.FirstDate, new DateOnly(2029, 2, 1))
            .Where(d => WallClock.ToInstant(d.AddDays(-lead.Days), rule.Time, zone) < end)
            .ToArray();

    // A normal time plus, for zones with DST, each transition's skipped or repeated mid-window time on its weekday.
    private static IEnumerable<(DayOfWeek Day, TimeOnly Time)> RulesFor(string zoneId) =>
        ZoneTransitions.All.Where(t => t.ZoneId == zoneId)
            .Select(t => (t.LocalDate.DayOfWeek, TimeOnly.FromDateTime(t.WindowMiddle)))
            .Prepend((DayOfWeek.Wednesday, new TimeOnly(12, 0)))
            .Distinct();

    // The documented policy: a normal local time is kept, a skipped one is shifted forward by the gap, a repeated one is its first pass.
    private static void AssertAtDocumentedLocalTime(DateTime local, DateTimeOffset instant, TimeZoneInfo zone)
    {
        var readBack = WallClock.ToLocal(instant, zone);
        switch (WallClock.Classify(local, zone))
        {
            case LocalTimeKind.Skipped:
                Assert.True(readBack > local && readBack - local <= TimeSpan.FromHours(1), $"{local:s} → {readBack:s}");
                Assert.Equal(zone.GetUtcOffset(instant - TimeSpan.FromHours(2)), local - instant.UtcDateTime);
                break;
            case LocalTimeKind.Repeated:
                var offsetNow = zone.GetUtcOffset(instant);
                var offsetLater = zone.GetUtcOffset(instant + TimeSpan.FromHours(2));
                Assert.Equal(local, readBack);
                Assert.True(offsetNow > offsetLater, "the first pass, before the clocks go back");
                Assert.Equal(local, WallClock.ToLocal(instant + (offsetNow - offsetLater), zone)); // the second pass, not used
                break;
            default:
                Assert.Equal(local, readBack);
                break;
        }
    }

    private static void AssertStrictlyIncreasing(IEnumerable<DateTimeOffset> instants)
    {
        var list = instants.ToArray();
        for (var i = 1; i < list.Length; i++)
        {
            Assert.True(list[i] > list[i - 1], $"{list[i - 1]:O} then {list[i]:O}");
        }
    }
}
