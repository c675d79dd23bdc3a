using SalesBot.Core.Scheduling;

namespace SalesBot.Core.Tests.Scheduling;

/// <summary>Small builders for schedules and agendas in the scheduling tests.</summary>
internal static class Build
{
    public static PersonPreferences Person(string id, string? zone, QuietHours? quiet = null, DateOnly? resumesOn = null, bool optedOut = false) => new()
    {
        PersonId = id,
        TimeZoneId = zone,
        QuietHours = quiet,
        ResumesOn = resumesOn,
        NudgesOptedOut = optedOut,
    };

    public static TeamNudgeSchedule Team(string teamId, string zone, DateOnly firstDate, TimeOnly time, DateOnly? rotationAnchor = null) => new()
    {
        TeamId = teamId,
        ManagerId = "manager",
        TimeZoneId = zone,
        Rule = new WeeklyRule(firstDate, time),
        RotationAnchor = rotationAnchor ?? firstDate,
    };

    public static OneOnOneSchedule OneOnOne(string zone, DateOnly firstDate, TimeOnly time, BriefLead lead = BriefLead.DayBefore, Cadence cadence = Cadence.Weekly, string id = "1on1-1", string manager = "manager") => new()
    {
        Id = id,
        ManagerId = manager,
        SellerId = "seller",
        TimeZoneId = zone,
        Rule = new WeeklyRule(firstDate, time, cadence),
        BriefLead = lead,
    };

    public static RecipientAgenda Agenda(PersonPreferences person, string fallbackZone = "Europe/Berlin", IReadOnlyList<OneOnOneSchedule>? oneOnOnes = null, IReadOnlyList<TeamNudgeSchedule>? teams = null, FocusPromptSchedule? focus = null) => new()
    {
        Person = person,
        FallbackTimeZoneId = fallbackZone,
        OneOnOnes = oneOnOnes ?? [],
        Teams = teams ?? [],
        FocusPrompt = focus,
    };

    public static DateTimeOffset Utc(int year, int month, int day, int hour = 0, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    /// <summary>Plans in consecutive windows of <paramref name="window"/> (odd sizes cross local midnights and DST changes at varied points).</summary>
    public static List<PlannedOccurrence> PlanInWindows(RecipientAgenda agenda, DateTimeOffset from, DateTimeOffset to, TimeSpan window)
    {
        var all = new List<PlannedOccurrence>();
        for (var start = from; start < to; start += window)
        {
            var end = start + window < to ? start + window : to;
            all.AddRange(RecipientPlanner.Plan(agenda, start, end));
        }

        return all;
    }
}
