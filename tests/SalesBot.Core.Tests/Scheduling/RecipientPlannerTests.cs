using SalesBot.Core.Scheduling;

namespace SalesBot.Core.Tests.Scheduling;

/// <summary>Briefs, follow-ups and nudges for one person: own time zone, quiet hours, away, opt-out, pause, skip, move, daily cap.</summary>
public sealed class RecipientPlannerTests
{
    private const string Berlin = "Europe/Berlin";
    private static readonly DateOnly Monday = new(2026, 6, 1);
    private static readonly TimeOnly Nine = new(9, 0);
    private static readonly QuietHours Night = new(new TimeOnly(22, 0), new TimeOnly(7, 0));

    // Plans the first three weeks of June 2026.
    private static IReadOnlyList<PlannedOccurrence> June(RecipientAgenda agenda) => RecipientPlanner.Plan(agenda, Build.Utc(2026, 5, 31), Build.Utc(2026, 6, 21));

    private static DateTime Local(PlannedOccurrence planned) => WallClock.ToLocal(planned.SendAt, TimeZones.Find(planned.RecipientTimeZoneId));

    [Theory]
    [InlineData("Europe/Berlin", "2026-06-01T07:00:00")]
    [InlineData("America/New_York", "2026-06-01T13:00:00")]
    [InlineData("Australia/Sydney", "2026-05-31T23:00:00")]
    [InlineData("Asia/Kolkata", "2026-06-01T03:30:00")]
    [InlineData("America/Phoenix", "2026-06-01T16:00:00")]
    [InlineData(null, "2026-06-01T07:00:00")]
    public void Plan_TeamNudge_ReachesEachMemberAtNineInTheirOwnZone(string? memberZone, string expectedUtc)
    {
        var team = Build.Team("team-1", Berlin, Monday, Nine);
        var agenda = Build.Agenda(Build.Person("member", memberZone), fallbackZone: team.TimeZoneId, teams: [team]);

        var first = June(agenda)[0];

        Assert.Equal(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), first.SendAt.UtcDateTime);
        Assert.Equal(Monday.ToDateTime(Nine), Local(first));
        Assert.Equal(OccurrenceKey.HabitNudge("team-1", "member", Monday), first.Key);
    }

    [Fact]
    public void Plan_NudgeInMorningQuietHours_MovesToTheirEnd()
    {
        var agenda = Build.Agenda(Build.Person("member", Berlin, new QuietHours(new TimeOnly(21, 0), new TimeOnly(8, 0))), teams: [Build.Team("team-1", Berlin, Monday, new TimeOnly(7, 0))]);

        var first = June(agenda)[0];

        Assert.Equal(Monday.ToDateTime(new TimeOnly(8, 0)), Local(first));
        Assert.Equal(SendAdjustments.QuietHours, first.Adjustments);
        Assert.Equal(Monday, first.Key.Date);
    }

    [Fact]
    public void Plan_NudgeLateEveningInQuietHours_MovesToNextMorningAndKeepsItsDate()
    {
        var agenda = Build.Agenda(Build.Person("member", Berlin, Night), teams: [Build.Team("team-1", Berlin, Monday, new TimeOnly(23, 0))]);

        var first = June(agenda)[0];

        Assert.Equal(new DateTime(2026, 6, 2, 7, 0, 0), Local(first));
        Assert.Equal(Monday, first.Key.Date);
    }

    [Fact]
    public void Plan_RecipientAway_SkipsNudgesUntilTheResumeDate()
    {
        var agenda = Build.Agenda(Build.Person("member", Berlin, resumesOn: new DateOnly(2026, 6, 10)), teams: [Build.Team("team-1", Berlin, Monday, Nine)]);

        var plan = June(agenda);

        Assert.Equal([SkipReason.RecipientAway, SkipReason.RecipientAway, null], plan.Select(p => p.SkipReason));
        Assert.Equal(new DateOnly(2026, 6, 15), plan[2].Key.Date);
    }

    [Fact]
    public void Plan_OptedOutManager_SkipsNudgesButStillGetsBriefs()
    {
        var agenda = Build.Agenda(
            Build.Person("manager", Berlin, optedOut: true),
            oneOnOnes: [Build.OneOnOne(Berlin, new DateOnly(2026, 6, 2), new TimeOnly(10, 0))],
            teams: [Build.Team("team-1", Berlin, Monday, Nine)]);

        var plan = June(agenda);

        Assert.All(plan.Where(p => p.Key.IsNudge), p => Assert.Equal(SkipReason.OptedOut, p.SkipReason));
        Assert.All(plan.Where(p => !p.Key.IsNudge), p => Assert.Null(p.SkipReason));
        Assert.Equal(3, plan.Count(p => p.Key.Kind == OccurrenceKind.Brief));
    }

    [Fact]
    public void Plan_TeamPaused_SkipsItsNudgesWithSchedulePaused()
    {
        var team = Build.Team("team-1", Berlin, Monday, Nine) with { ResumesOn = new DateOnly(2026, 6, 9) };
        var agenda = Build.Agenda(Build.Person("member", Berlin), teams: [team]);

        Assert.Equal([SkipReason.SchedulePaused, SkipReason.SchedulePaused, null], June(agenda).Select(p => p.SkipReason));
    }

    [Fact]
    public void Plan_TwoNudgesOnOneDay_TheLaterMovesToTheNextDay()
    {
        var agenda = Build.Agenda(
            Build.Person("seller", Berlin),
            teams: [Build.Team("team-1", Berlin, Monday, Nine)],
            focus: FocusPromptSchedule.Default("seller", Monday));

        var week = June(agenda).Take(2).ToArray();

        Assert.Equal(OccurrenceKind.FocusPrompt, week[0].Key.Kind);
        Assert.Equal(Monday.ToDateTime(new TimeOnly(8, 30)), Local(week[0]));
        Assert.Equal(OccurrenceKind.HabitNudge, week[1].Key.Kind);
        Assert.Equal(new DateTime(2026, 6, 2, 9, 0, 0), Local(week[1]));
        Assert.Equal(SendAdjustments.DailyCap, week[1].Adjustments);
        Assert.Equal(Monday, week[1].Key.Date);
    }

    [Fact]
    public void Plan_ThreeNudgesOnOneDay_TheThirdIsSkippedAndRecorded()
    {
        var agenda = Build.Agenda(
            Build.Person("seller", Berlin),
            teams: [Build.Team("team-1", Berlin, Monday, Nine), Build.Team("team-2", Berlin, Monday, new TimeOnly(11, 0))],
            focus: FocusPromptSchedule.Default("seller", Monday));

        var firstWeek = June(agenda).Where(p => p.Key.Date == Monday).ToArray();

        Assert.Equal(3, firstWeek.Length);
        var skipped = Assert.Single(firstWeek, p => p.SkipReason is not null);
        Assert.Equal(SkipReason.DailyCapReached, skipped.SkipReason);
        Assert.Equal(Monday.ToDateTime(new TimeOnly(11, 0)), Local(skipped));
        Assert.Equal(2, firstWeek.Select(p => WallClock.LocalDate(p.SendAt, TimeZones.Find(Berlin))).Distinct().Count());
    }

    [Fact]
    public void Plan_DeferredNudgeWhoseNextDayIsTaken_IsSkipped()
    {
        var agenda = Build.Agenda(
            Build.Person("seller", Berlin),
            teams: [Build.Team("team-1", Berlin, Monday, Nine), Build.Team("team-2", Berlin, Monday.AddDays(1), Nine)],
            focus: new FocusPromptSchedule { PersonId = "seller", Rule = new WeeklyRule(Monday, new TimeOnly(10, 0)) });

        var plan = June(agenda).Where(p => p.Key.Date <= Monday.AddDays(1)).ToArray();

        Assert.Equal(SkipReason.DailyCapReached, plan.Single(p => p.Key.Kind == OccurrenceKind.FocusPrompt).SkipReason);
        Assert.All(plan.Where(p => p.Key.Kind == OccurrenceKind.HabitNudge), p => Assert.Null(p.SkipReason));
    }

    [Fact]
    public void Plan_AnyAgenda_AtMostOneNudgePerLocalDay()
    {
        var agenda = Build.Agenda(
            Build.Person("seller", "America/New_York", Night),
            teams:
            [
                Build.Team("team-1", Berlin, Monday, Nine), Build.Team("team-2", Berlin, Monday, new TimeOnly(23, 30)),
                Build.Team("team-3", Berlin, Monday.AddDays(1), new TimeOnly(6, 0)), Build.Team("team-4", Berlin, Monday.AddDays(2), Nine),
            ],
            focus: FocusPromptSchedule.Default("seller", Monday));

        var plan = RecipientPlanner.Plan(agenda, Build.Utc(2026, 1, 1), Build.Utc(2027, 1, 1));
        var sent = plan.Where(p => p.SkipReason is null).ToArray();

        // Each week in New York: Monday focus 08:30 beats team-1 09:00, whose Tuesday is taken by team-2 (23:30 →
        // 07:00 after quiet hours) and team-3 (06:00 → 07:00); team-3's Wednesday is taken by team-4: 3 sent, 2 skipped.
        var zone = TimeZones.Find("America/New_York");
        Assert.Equal(sent.Length, sent.Select(p => WallClock.LocalDate(p.SendAt, zone)).Distinct().Count());
        Assert.Equal(31 * 3, sent.Length);
        Assert.Equal(31 * 2, plan.Count(p => p.SkipReason == SkipReason.DailyCapReached));
    }

    [Fact]
    public void Plan_BriefAndNudgeOnOneDay_BothGoBecauseABriefIsNotANudge()
    {
        var agenda = Build.Agenda(
            Build.Person("manager", Berlin),
            oneOnOnes: [Build.OneOnOne(Berlin, new DateOnly(2026, 6, 2), new TimeOnly(10, 0))],
            teams: [Build.Team("team-1", Berlin, Monday, Nine)]);

        var monday = June(agenda).Where(p => WallClock.LocalDate(p.SendAt, TimeZones.Find(Berlin)) == Monday).ToArray();

        Assert.Equal([OccurrenceKind.HabitNudge, OccurrenceKind.Brief], monday.Select(p => p.Key.Kind));
        Assert.All(monday, p => Assert.Null(p.SkipReason));
    }

    [Fact]
    public void Plan_OneOnOneInTheSellersAgenda_GivesTheSellerNothing()
    {
        var schedule = Build.OneOnOne(Berlin, new DateOnly(2026, 6, 2), new TimeOnly(10, 0));
        var seller = Build.Person("seller", Berlin, Night, resumesOn: new DateOnly(2026, 12, 1), optedOut: true);
        var manager = Build.Person("manager", Berlin);

        var sellerPlan = June(Build.Agenda(seller, oneOnOnes: [schedule]));
        var managerPlan = June(Build.Agenda(manager, oneOnOnes: [schedule]));

        Assert.Empty(sellerPlan);
        Assert.Equal(3, managerPlan.Count(p => p is { Key.Kind: OccurrenceKind.Brief, SkipReason: null }));
    }

    [Fact]
    public void Plan_ManagerAway_SkipsBriefsAndFollowUpsUntilBack()
    {
        var agenda = Build.Agenda(Build.Person("manager", Berlin, resumesOn: new DateOnly(2026, 6, 3)), oneOnOnes: [Build.OneOnOne(Berlin, new DateOnly(2026, 6, 2), new TimeOnly(10, 0))]);

        var plan = June(agenda);

        Assert.All(plan.Where(p => p.Key.Date == new DateOnly(2026, 6, 2)), p => Assert.Equal(SkipReason.RecipientAway, p.SkipReason));
        Assert.All(plan.Where(p => p.Key.Date > new DateOnly(2026, 6, 2)), p => Assert.Null(p.SkipReason));
    }

    [Fact]
    public void Plan_DayBeforeBrief_SameLocalTimeTheDayBefore()
    {
        var agenda = Build.Agenda(Build.Person("manager", Berlin), oneOnOnes: [Build.OneOnOne(Berlin, new DateOnly(2026, 6, 2), new TimeOnly(10, 0))]);

        var brief = June(agenda).First(p => p.Key.Kind == OccurrenceKind.Brief);

        Assert.Equal(new DateTime(2026, 6, 1, 10, 0, 0), Local(brief));
        Assert.Equal(Build.Utc(2026, 6, 2, 8), brief.MeetingStart);
        Assert.Equal(brief.MeetingStart, brief.UsefulUntil);
    }

    /// <summary>The New York case from quartz.md §2: a Sunday 10:00 1:1 on 8 March 2026, the day DST starts.</summary>
    [Fact]
    public void Plan_DayBeforeBriefForNewYorkSpringForwardSunday_IsSaturdayTenEst()
    {
        var schedule = Build.OneOnOne("America/New_York", new DateOnly(2026, 3, 1), new TimeOnly(10, 0));
        var agenda = Build.Agenda(Build.Person("manager", "America/New_York"), oneOnOnes: [schedule]);

        var brief = RecipientPlanner.Resolve(agenda, OccurrenceKey.Brief(schedule.Id, new DateOnly(2026, 3, 8)))!;

        Assert.Equal(Build.Utc(2026, 3, 7, 15), brief.SendAt); // Saturday 10:00 EST
        Assert.Equal(Build.Utc(2026, 3, 8, 14), brief.MeetingStart); // Sunday 10:00 EDT
        Assert.Equal(TimeSpan.FromHours(23), brief.MeetingStart - brief.SendAt);
    }

    [Fact]
    public void Plan_MorningOfBrief_IsAtEight()
    {
        var agenda = Build.Agenda(Build.Person("manager", Berlin), oneOnOnes: [Build.OneOnOne(Berlin, new DateOnly(2026, 6, 2), new TimeOnly(14, 0), BriefLead.MorningOf)]);

        var brief = June(agenda).First(p => p.Key.Kind == OccurrenceKind.Brief);

        Assert.Equal(new DateTime(2026, 6, 2, 8, 0, 0), Local(brief));
        Assert.Equal(SendAdjustments.None, brief.Adjustments);
    }

    [Fact]
    public void Plan_MorningOfBriefForAnEarlyOneOnOne_IsOneHourBefore()
    {
        var agenda = Build.Agenda(Build.Person("manager", Berlin), oneOnOnes: [Build.OneOnOne(Berlin, new DateOnly(2026, 6, 2), new TimeOnly(8, 30), BriefLead.MorningOf)]);

        var brief = June(agenda).First(p => p.Key.Kind == OccurrenceKind.Brief);

        Assert.Equal(new DateTime(2026, 6, 2, 7, 30, 0), Local(brief));
        Assert.Equal(SendAdjustments.EarlyMeeting, brief.Adjustments);
    }

    [Fact]
    public void Plan_BriefInManagersQuietHours_WaitsForTheirEndWhileStillBeforeTheOneOnOne()
    {
        // 1:1 Tuesday 06:00, brief Monday 06:00 in quiet hours (22:00–07:00) → Monday 07:00.
        var agenda = Build.Agenda(Build.Person("manager", Berlin, Night), oneOnOnes: [Build.OneOnOne(Berlin, new DateOnly(2026, 6, 2), new TimeOnly(6, 0))]);

        var brief = June(agenda).First(p => p.Key.Kind == OccurrenceKind.Brief);

        Assert.Equal(new DateTime(2026, 6, 1, 7, 0, 0), Local(brief));
        Assert.Equal(SendAdjustments.QuietHours, brief.Adjustments);
    }

    [Fact]
    public void Plan_BriefWhoseQuietHoursEndTooLate_GoesAtItsTimeInsideQuietHours()
    {
        // Morning-of for a 07:15 1:1 → 06:15, in quiet hours until 07:00, which is less than 30 minutes before the 1:1.
        var agenda = Build.Agenda(Build.Person("manager", Berlin, Night), oneOnOnes: [Build.OneOnOne(Berlin, new DateOnly(2026, 6, 2), new TimeOnly(7, 15), BriefLead.MorningOf)]);

        var brief = June(agenda).First(p => p.Key.Kind == OccurrenceKind.Brief);

        Assert.Equal(new DateTime(2026, 6, 2, 6, 15, 0), Local(brief));
        Assert.Equal(SendAdjustments.EarlyMeeting | SendAdjustments.QuietHoursOverridden, brief.Adjustments);
    }

    [Fact]
    public void Plan_FollowUpRequest_AtTheEndOfTheOneOnOneOrAfterQuietHours()
    {
        var agenda = Build.Agenda(
            Build.Person("manager", Berlin, Night),
            oneOnOnes: [Build.OneOnOne(Berlin, new DateOnly(2026, 6, 2), new TimeOnly(10, 0)), Build.OneOnOne(Berlin, new DateOnly(2026, 6, 3), new TimeOnly(21, 45), id: "1on1-late")]);

        var followUps = June(agenda).Where(p => p.Key.Kind == OccurrenceKind.FollowUpRequest && p.Key.Date.Day <= 3).ToArray();

        Assert.Equal(new DateTime(2026, 6, 2, 10, 30, 0), Local(followUps[0]));
        Assert.Equal(new DateTime(2026, 6, 4, 7, 0, 0), Local(followUps[1]));
        Assert.Equal(Build.Utc(2026, 6, 3, 22), followUps[0].UsefulUntil); // start of 4 June, Berlin
    }

    [Fact]
    public void Plan_SkippedOneOnOne_RecordsTheSkipForBriefAndFollowUp()
    {
        var schedule = Build.OneOnOne(Berlin, new DateOnly(2026, 6, 2), new TimeOnly(10, 0)).Skip(new DateOnly(2026, 6, 9)).Schedule!;

        var skipped = June(Build.Agenda(Build.Person("manager", Berlin), oneOnOnes: [schedule])).Where(p => p.Key.Date == new DateOnly(2026, 6, 9)).ToArray();

        Assert.Equal([OccurrenceKind.Brief, OccurrenceKind.FollowUpRequest], skipped.Select(p => p.Key.Kind));
        Assert.All(skipped, p => Assert.Equal(SkipReason.SkippedByManager, p.SkipReason));
    }

    [Fact]
    public void Plan_MovedOneOnOne_BriefFollowsTheNewTimeUnderTheOriginalKey()
    {
        var schedule = Build.OneOnOne(Berlin, new DateOnly(2026, 6, 2), new TimeOnly(10, 0))
            .Move(new DateOnly(2026, 6, 9), new DateOnly(2026, 6, 11), new TimeOnly(15, 0)).Schedule!;

        var plan = June(Build.Agenda(Build.Person("manager", Berlin), oneOnOnes: [schedule]));
        var brief = plan.Single(p => p.Key == OccurrenceKey.Brief(schedule.Id, new DateOnly(2026, 6, 9)));

        Assert.Equal(new DateTime(2026, 6, 10, 15, 0, 0), Local(brief));
        Assert.Single(plan, p => p.Key.Kind == OccurrenceKind.Brief && WallClock.LocalDate(p.SendAt, TimeZones.Find(Berlin)) == new DateOnly(2026, 6, 10));
    }

    [Fact]
    public void Plan_PausedOneOnOne_SkipsUntilItResumes()
    {
        var schedule = Build.OneOnOne(Berlin, new DateOnly(2026, 6, 2), new TimeOnly(10, 0)).PauseUntil(new DateOnly(2026, 6, 16));

        var briefs = June(Build.Agenda(Build.Person("manager", Berlin), oneOnOnes: [schedule])).Where(p => p.Key.Kind == OccurrenceKind.Brief).ToArray();

        Assert.Equal([SkipReason.SchedulePaused, SkipReason.SchedulePaused, null], briefs.Select(p => p.SkipReason));
    }

    [Fact]
    public void Plan_DeletedSchedules_PlanNothing()
    {
        var agenda = Build.Agenda(
            Build.Person("manager", Berlin),
            oneOnOnes: [Build.OneOnOne(Berlin, new DateOnly(2026, 6, 2), new TimeOnly(10, 0)).Delete()],
            teams: [Build.Team("team-1", Berlin, Monday, Nine) with { Deleted = true }],
            focus: FocusPromptSchedule.Default("manager", Monday) with { Deleted = true });

        Assert.Empty(June(agenda));
        Assert.Null(RecipientPlanner.Next(agenda, Build.Utc(2026, 6, 1)));
    }

    [Fact]
    public void Next_AfterAnInstant_IsTheFirstThingStrictlyLater()
    {
        var agenda = Build.Agenda(Build.Person("member", Berlin), teams: [Build.Team("team-1", Berlin, Monday, Nine)]);

        var next = RecipientPlanner.Next(agenda, Build.Utc(2026, 6, 1, 7))!;

        Assert.Equal(Build.Utc(2026, 6, 8, 7), next.SendAt);
    }

    [Fact]
    public void Resolve_KeyNotInAnySchedule_IsNull()
    {
        var agenda = Build.Agenda(Build.Person("member", Berlin), teams: [Build.Team("team-1", Berlin, Monday, Nine)]);

        Assert.NotNull(RecipientPlanner.Resolve(agenda, OccurrenceKey.HabitNudge("team-1", "member", Monday)));
        Assert.Null(RecipientPlanner.Resolve(agenda, OccurrenceKey.HabitNudge("team-1", "member", Monday.AddDays(1))));
        Assert.Null(RecipientPlanner.Resolve(agenda, OccurrenceKey.HabitNudge("team-2", "member", Monday)));
    }

    /// <summary>A member who travels from Sydney to New York on the nudge's Monday: the key is the local date, so the second zone's Monday 09:00 is the same occurrence.</summary>
    [Fact]
    public void Resolve_MemberChangesZoneAfterPlanning_SameKeySameOccurrence()
    {
        var team = Build.Team("team-1", Berlin, Monday, Nine);
        var inSydney = Build.Agenda(Build.Person("member", "Australia/Sydney"), teams: [team]);
        var inNewYork = Build.Agenda(Build.Person("member", "America/New_York"), teams: [team]);

        var before = June(inSydney)[0];
        var after = RecipientPlanner.Resolve(inNewYork, before.Key)!;

        Assert.Equal(before.Key, after.Key);
        Assert.Equal(Build.Utc(2026, 6, 1, 13), after.SendAt);
    }
}
