using System.Globalization;

namespace SalesBot.Core.Scheduling;

/// <summary>
/// A recurring 1:1 between a manager and a seller, in the manager's IANA time zone (the zone the 1:1 was set up in;
/// the meeting stays at its local time there when the manager travels). Changes are new records: pause until a date,
/// skip or move one occurrence (keyed by its original date), delete.
/// </summary>
public sealed record OneOnOneSchedule
{
    public required string Id { get; init; }

    public required string ManagerId { get; init; }

    public required string SellerId { get; init; }

    /// <summary>IANA zone the rule's local times are read in.</summary>
    public required string TimeZoneId { get; init; }

    public required WeeklyRule Rule { get; init; }

    public BriefLead BriefLead { get; init; } = BriefLead.DayBefore;

    public TimeSpan Duration { get; init; } = SchedulingRules.DefaultMeetingDuration;

    /// <summary>Paused until: occurrences on a local date before this are skipped.</summary>
    public DateOnly? ResumesOn { get; init; }

    /// <summary>Skipped and moved occurrences, at most one per original date.</summary>
    public IReadOnlyList<OccurrenceOverride> Overrides { get; init; } = [];

    public bool Deleted { get; init; }

    public OccurrenceOverride? OverrideFor(DateOnly nominalDate)
    {
        foreach (var change in Overrides)
        {
            if (change.Date == nominalDate)
            {
                return change;
            }
        }

        return null;
    }

    public OneOnOneEdit Skip(DateOnly nominalDate)
    {
        if (!Rule.OccursOn(nominalDate))
        {
            return OneOnOneEdit.Refused($"There is no 1:1 on {Format(nominalDate)}.");
        }

        return OneOnOneEdit.Done(WithOverride(OccurrenceOverride.Skip(nominalDate)));
    }

    /// <summary>Skips the next occurrence that would take place after <paramref name="now"/>.</summary>
    public OneOnOneEdit SkipNext(DateTimeOffset now) =>
        MeetingCalendar.Next(this, now) is { } next
            ? Skip(next.NominalDate)
            : OneOnOneEdit.Refused("There is no upcoming 1:1 to skip.");

    /// <summary>Moves one occurrence to another local date and time (within <see cref="SchedulingRules.MaximumMoveDays"/>).</summary>
    public OneOnOneEdit Move(DateOnly nominalDate, DateOnly toDate, TimeOnly toTime)
    {
        if (!Rule.OccursOn(nominalDate))
        {
            return OneOnOneEdit.Refused($"There is no 1:1 on {Format(nominalDate)}.");
        }

        if (Math.Abs(toDate.DayNumber - nominalDate.DayNumber) > SchedulingRules.MaximumMoveDays)
        {
            return OneOnOneEdit.Refused($"A 1:1 can move at most {SchedulingRules.MaximumMoveDays} days; skip it and add a new one instead.");
        }

        if (toDate != nominalDate && TakenBy(toDate, except: nominalDate) is { } other)
        {
            return OneOnOneEdit.Refused($"The 1:1 of {Format(other)} already takes place on {Format(toDate)}.");
        }

        return OneOnOneEdit.Done(WithOverride(OccurrenceOverride.Move(nominalDate, toDate, toTime)));
    }

    /// <summary>Undoes a skip or a move.</summary>
    public OneOnOneSchedule Restore(DateOnly nominalDate) => this with { Overrides = Overrides.Where(o => o.Date != nominalDate).ToArray() };

    public OneOnOneSchedule PauseUntil(DateOnly resumesOn) => this with { ResumesOn = resumesOn };

    public OneOnOneSchedule Resume() => this with { ResumesOn = null };

    public OneOnOneSchedule Delete() => this with { Deleted = true };

    /// <summary>Drops overrides that can no longer matter: original and new dates both before <paramref name="date"/>.</summary>
    public OneOnOneSchedule PruneBefore(DateOnly date) =>
        this with { Overrides = Overrides.Where(o => o.Date >= date || (o.MovedToDate is { } to && to >= date)).ToArray() };

    private OneOnOneSchedule WithOverride(OccurrenceOverride change) =>
        this with { Overrides = Overrides.Where(o => o.Date != change.Date).Append(change).OrderBy(o => o.Date).ToArray() };

    // The original date of another occurrence that takes place on the local date, if any.
    private DateOnly? TakenBy(DateOnly localDate, DateOnly except)
    {
        foreach (var change in Overrides)
        {
            if (change.Date != except && change.MovedToDate == localDate)
            {
                return change.Date;
            }
        }

        return localDate != except && Rule.OccursOn(localDate) && OverrideFor(localDate) is null ? localDate : null;
    }

    private static string Format(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
