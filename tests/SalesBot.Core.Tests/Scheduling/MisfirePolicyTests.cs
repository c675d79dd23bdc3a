using SalesBot.Core.Scheduling;

namespace SalesBot.Core.Tests.Scheduling;

/// <summary>After downtime: catch up while still useful, else skip with a reason. Computed instants, no clock.</summary>
public sealed class MisfirePolicyTests
{
    private const string Berlin = "Europe/Berlin";
    private static readonly QuietHours Night = new(new TimeOnly(22, 0), new TimeOnly(7, 0));

    // Brief for a Tuesday 2 June 10:00 Berlin 1:1 (08:00Z), due Monday 1 June 10:00 (08:00Z).
    private static PlannedOccurrence Brief(PersonPreferences manager, BriefLead lead = BriefLead.DayBefore, int hour = 10) =>
        RecipientPlanner.Resolve(Build.Agenda(manager, oneOnOnes: [Build.OneOnOne(Berlin, new DateOnly(2026, 6, 2), new TimeOnly(hour, 0), lead)]), OccurrenceKey.Brief("1on1-1", new DateOnly(2026, 6, 2)))!;

    // Habit nudge due Monday 1 June 09:00 Berlin (07:00Z).
    private static PlannedOccurrence Nudge(PersonPreferences member) =>
        RecipientPlanner.Resolve(Build.Agenda(member, teams: [Build.Team("team-1", Berlin, new DateOnly(2026, 6, 1), new TimeOnly(9, 0))]), OccurrenceKey.HabitNudge("team-1", member.PersonId, new DateOnly(2026, 6, 1)))!;

    [Fact]
    public void Decide_FiredOnTime_SendsNotAsCatchUp()
    {
        var manager = Build.Person("manager", Berlin);

        var decision = MisfirePolicy.Decide(Brief(manager), manager, Build.Utc(2026, 6, 1, 8).AddSeconds(30));

        Assert.Equal(MisfireAction.Send, decision.Action);
        Assert.False(decision.CaughtUp);
        Assert.Equal(TimeSpan.FromSeconds(30), decision.Lateness);
    }

    [Fact]
    public void Decide_FiredAMinuteEarly_WaitsForThePlannedTime()
    {
        var manager = Build.Person("manager", Berlin);

        var decision = MisfirePolicy.Decide(Brief(manager), manager, Build.Utc(2026, 6, 1, 7, 59));

        Assert.Equal(MisfireAction.Wait, decision.Action);
        Assert.Equal(Build.Utc(2026, 6, 1, 8), decision.WaitUntil);
    }

    [Fact]
    public void Decide_FiredThreeSecondsEarly_SendsWithinTolerance()
    {
        var manager = Build.Person("manager", Berlin);

        Assert.Equal(MisfireAction.Send, MisfirePolicy.Decide(Brief(manager), manager, Build.Utc(2026, 6, 1, 8).AddSeconds(-3)).Action);
    }

    [Fact]
    public void Decide_BriefAfterDowntimeBeforeTheOneOnOne_CatchesUp()
    {
        var manager = Build.Person("manager", Berlin);

        var decision = MisfirePolicy.Decide(Brief(manager), manager, Build.Utc(2026, 6, 2, 7, 45));

        Assert.Equal(MisfireAction.Send, decision.Action);
        Assert.True(decision.CaughtUp);
    }

    [Fact]
    public void Decide_BriefAfterTheOneOnOneStarted_IsSkippedAsMeetingStarted()
    {
        var manager = Build.Person("manager", Berlin);

        var decision = MisfirePolicy.Decide(Brief(manager), manager, Build.Utc(2026, 6, 2, 8));

        Assert.Equal(MisfireAction.Skip, decision.Action);
        Assert.Equal(SkipReason.MeetingStarted, decision.SkipReason);
    }

    [Fact]
    public void Decide_BriefCaughtUpInQuietHours_WaitsForTheirEndWhenThatIsEarlyEnough()
    {
        var manager = Build.Person("manager", Berlin, Night);

        var decision = MisfirePolicy.Decide(Brief(manager), manager, Build.Utc(2026, 6, 1, 21)); // 23:00 Berlin

        Assert.Equal(MisfireAction.Wait, decision.Action);
        Assert.Equal(Build.Utc(2026, 6, 2, 5), decision.WaitUntil); // 07:00 Berlin, 3 h before the 1:1
    }

    [Fact]
    public void Decide_BriefCaughtUpInQuietHoursTooCloseToTheOneOnOne_SendsNow()
    {
        var manager = Build.Person("manager", Berlin, Night);
        var brief = Brief(manager, BriefLead.DayBefore, hour: 7); // 1:1 Tuesday 07:00 Berlin

        var decision = MisfirePolicy.Decide(brief, manager, Build.Utc(2026, 6, 2, 4)); // 06:00 Berlin, quiet until 07:00

        Assert.Equal(MisfireAction.Send, decision.Action);
        Assert.True(decision.CaughtUp);
    }

    [Fact]
    public void Decide_NudgeLateOnTheSameDayBeforeQuietHours_CatchesUp()
    {
        var member = Build.Person("member", Berlin, Night);

        var decision = MisfirePolicy.Decide(Nudge(member), member, Build.Utc(2026, 6, 1, 19)); // 21:00 Berlin

        Assert.Equal(MisfireAction.Send, decision.Action);
        Assert.True(decision.CaughtUp);
        Assert.Equal(TimeSpan.FromHours(12), decision.Lateness);
    }

    [Fact]
    public void Decide_NudgeLateOnceQuietHoursBegan_IsSkippedAsQuietHoursBegan()
    {
        var member = Build.Person("member", Berlin, Night);

        var decision = MisfirePolicy.Decide(Nudge(member), member, Build.Utc(2026, 6, 1, 20, 30)); // 22:30 Berlin

        Assert.Equal(MisfireAction.Skip, decision.Action);
        Assert.Equal(SkipReason.QuietHoursBegan, decision.SkipReason);
    }

    [Fact]
    public void Decide_NudgeTheNextDay_IsSkippedAsDayEnded()
    {
        var member = Build.Person("member", Berlin);

        var decision = MisfirePolicy.Decide(Nudge(member), member, Build.Utc(2026, 6, 2, 7));

        Assert.Equal(MisfireAction.Skip, decision.Action);
        Assert.Equal(SkipReason.DayEnded, decision.SkipReason);
    }

    [Fact]
    public void Decide_NudgeWhenMemberNowInQuietHoursSetSincePlanning_IsSkipped()
    {
        var member = Build.Person("member", Berlin);
        var planned = Nudge(member);
        var nowQuiet = member with { QuietHours = new QuietHours(new TimeOnly(12, 0), new TimeOnly(14, 0)) };

        var decision = MisfirePolicy.Decide(planned, nowQuiet, Build.Utc(2026, 6, 1, 11)); // 13:00 Berlin

        Assert.Equal(SkipReason.QuietHoursBegan, decision.SkipReason);
    }

    [Fact]
    public void Decide_FollowUpRequestTheNextDay_CatchesUp_TwoDaysLater_IsSkipped()
    {
        var manager = Build.Person("manager", Berlin);
        var agenda = Build.Agenda(manager, oneOnOnes: [Build.OneOnOne(Berlin, new DateOnly(2026, 6, 2), new TimeOnly(10, 0))]);
        var followUp = RecipientPlanner.Resolve(agenda, OccurrenceKey.FollowUpRequest("1on1-1", new DateOnly(2026, 6, 2)))!;

        var nextDay = MisfirePolicy.Decide(followUp, manager, Build.Utc(2026, 6, 3, 15));
        var twoDaysLater = MisfirePolicy.Decide(followUp, manager, Build.Utc(2026, 6, 3, 22));

        Assert.Equal(MisfireAction.Send, nextDay.Action);
        Assert.Equal(MisfireAction.Skip, twoDaysLater.Action);
        Assert.Equal(SkipReason.FollowUpWindowPassed, twoDaysLater.SkipReason);
    }

    [Fact]
    public void Decide_PlannedSkip_IsRecordedWithItsOwnReason()
    {
        var member = Build.Person("member", Berlin, optedOut: true);

        var decision = MisfirePolicy.Decide(Nudge(member), member, Build.Utc(2026, 6, 1, 7));

        Assert.Equal(MisfireAction.Skip, decision.Action);
        Assert.Equal(SkipReason.OptedOut, decision.SkipReason);
    }
}
