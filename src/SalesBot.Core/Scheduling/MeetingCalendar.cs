namespace SalesBot.Core.Scheduling;

/// <summary>The occurrences of a recurring 1:1 as instants, from its local rule, overrides and pause (pure).</summary>
public static class MeetingCalendar
{
    private static readonly TimeSpan Margin = TimeSpan.FromDays(2);

    /// <summary>
    /// Occurrences starting in [<paramref name="from"/>, <paramref name="to"/>), ascending; skipped ones are included
    /// with <see cref="MeetingOccurrence.Skip"/> set (their skip is recorded), a deleted schedule has none.
    /// </summary>
    public static IReadOnlyList<MeetingOccurrence> Between(OneOnOneSchedule schedule, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var result = new List<MeetingOccurrence>();
        if (schedule.Deleted || to <= from)
        {
            return result;
        }

        var zone = TimeZones.Find(schedule.TimeZoneId);
        var firstDate = WallClock.LocalDate(from - Margin, zone);
        var lastDate = WallClock.LocalDate(to + Margin, zone);
        foreach (var date in schedule.Rule.DatesBetween(firstDate, lastDate))
        {
            var change = schedule.OverrideFor(date);
            if (change is { IsSkip: false })
            {
                continue; // added below, at its new date
            }

            AddIfWithin(result, Occurrence(schedule, date, date.ToDateTime(schedule.Rule.Time), zone, moved: false, change is not null), from, to);
        }

        foreach (var change in schedule.Overrides)
        {
            if (change is { MovedToDate: { } toDate, MovedToTime: { } toTime } && schedule.Rule.OccursOn(change.Date))
            {
                AddIfWithin(result, Occurrence(schedule, change.Date, toDate.ToDateTime(toTime), zone, moved: true, skipped: false), from, to);
            }
        }

        result.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.NominalDate.CompareTo(b.NominalDate));
        return result;
    }

    /// <summary>The next occurrence that takes place (not skipped) and starts after <paramref name="after"/>, within two years.</summary>
    public static MeetingOccurrence? Next(OneOnOneSchedule schedule, DateTimeOffset after)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var window = TimeSpan.FromDays(7L * (int)schedule.Rule.Cadence * 4);
        for (var from = after; from < after.AddYears(2); from += window)
        {
            foreach (var meeting in Between(schedule, from, from + window))
            {
                if (meeting.Start > after && meeting.Skip is null)
                {
                    return meeting;
                }
            }
        }

        return null;
    }

    /// <summary>The occurrence whose original date is <paramref name="nominalDate"/>, or null when the rule has none then.</summary>
    public static MeetingOccurrence? ForDate(OneOnOneSchedule schedule, DateOnly nominalDate)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (schedule.Deleted || !schedule.Rule.OccursOn(nominalDate))
        {
            return null;
        }

        var zone = TimeZones.Find(schedule.TimeZoneId);
        var change = schedule.OverrideFor(nominalDate);
        return change is { MovedToDate: { } toDate, MovedToTime: { } toTime }
            ? Occurrence(schedule, nominalDate, toDate.ToDateTime(toTime), zone, moved: true, skipped: false)
            : Occurrence(schedule, nominalDate, nominalDate.ToDateTime(schedule.Rule.Time), zone, moved: false, change is not null);
    }

    private static MeetingOccurrence Occurrence(OneOnOneSchedule schedule, DateOnly nominalDate, DateTime localStart, TimeZoneInfo zone, bool moved, bool skipped)
    {
        var start = WallClock.ToInstant(localStart, zone);
        var duration = schedule.Duration <= TimeSpan.Zero ? SchedulingRules.DefaultMeetingDuration
            : schedule.Duration > SchedulingRules.MaximumMeetingDuration ? SchedulingRules.MaximumMeetingDuration
            : schedule.Duration;
        SkipReason? skip = skipped ? SkipReason.SkippedByManager
            : schedule.ResumesOn is { } resumes && DateOnly.FromDateTime(localStart) < resumes ? SkipReason.SchedulePaused
            : null;
        return new MeetingOccurrence
        {
            NominalDate = nominalDate,
            LocalStart = localStart,
            Start = start,
            End = start + duration,
            Moved = moved,
            Skip = skip,
        };
    }

    private static void AddIfWithin(List<MeetingOccurrence> result, MeetingOccurrence occurrence, DateTimeOffset from, DateTimeOffset to)
    {
        if (occurrence.Start >= from && occurrence.Start < to)
        {
            result.Add(occurrence);
        }
    }
}
