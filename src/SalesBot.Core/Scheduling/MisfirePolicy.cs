namespace SalesBot.Core.Scheduling;

/// <summary>
/// What to do with an occurrence when its trigger fires, possibly late (downtime, a saturated pool, a restart): send if
/// it is still useful, else skip with a recorded reason (pure: the current time is passed in).
/// <list type="bullet">
/// <item>a planned skip (paused, away, opted out, daily cap, skipped by the manager) is recorded as such;</item>
/// <item>a fire more than <see cref="SchedulingRules.EarlyTolerance"/> early waits for the planned time;</item>
/// <item>brief: caught up while its 1:1 has not started; inside the manager's quiet hours it waits for their end if
/// that is still <see cref="SchedulingRules.BriefMinimumLead"/> before the 1:1, else it goes now;</item>
/// <item>follow-up request: caught up until the start of the second local day after the 1:1 (waiting for the end
/// of the manager's quiet hours);</item>
/// <item>habit nudge and focus prompt: caught up on the same local day before the recipient's quiet hours begin; never
/// sent into quiet hours or on a later day.</item>
/// </list>
/// </summary>
public static class MisfirePolicy
{
    public static MisfireDecision Decide(PlannedOccurrence planned, PersonPreferences recipient, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(planned);
        ArgumentNullException.ThrowIfNull(recipient);
        var lateness = now - planned.SendAt;
        if (planned.SkipReason is { } plannedSkip)
        {
            return Skip(plannedSkip, lateness);
        }

        if (lateness < -SchedulingRules.EarlyTolerance)
        {
            return Wait(planned.SendAt, lateness);
        }

        var zone = TimeZones.Find(planned.RecipientTimeZoneId);
        if (lateness <= SchedulingRules.OnTimeGrace)
        {
            return new MisfireDecision { Action = MisfireAction.Send, Lateness = lateness };
        }

        if (now >= planned.UsefulUntil)
        {
            return Skip(TooLateReason(planned, recipient, zone, now), lateness);
        }

        if (recipient.QuietHours is { } quiet && quiet.IsQuietAt(now, zone))
        {
            var quietEnd = quiet.DeferToEnd(now, zone);
            return planned.Key.Kind switch
            {
                OccurrenceKind.Brief => quietEnd <= (planned.MeetingStart ?? planned.UsefulUntil) - SchedulingRules.BriefMinimumLead
                    ? Wait(quietEnd, lateness)
                    : Send(lateness), // the brief would be too late after quiet hours: it goes now
                OccurrenceKind.FollowUpRequest => quietEnd < planned.UsefulUntil ? Wait(quietEnd, lateness) : Skip(SkipReason.FollowUpWindowPassed, lateness),
                _ => Skip(SkipReason.QuietHoursBegan, lateness),
            };
        }

        return Send(lateness);
    }

    private static MisfireDecision Send(TimeSpan lateness) => new() { Action = MisfireAction.Send, Lateness = lateness, CaughtUp = true };

    private static MisfireDecision Wait(DateTimeOffset until, TimeSpan lateness) =>
        new() { Action = MisfireAction.Wait, Lateness = lateness, WaitUntil = until };

    private static SkipReason TooLateReason(PlannedOccurrence planned, PersonPreferences recipient, TimeZoneInfo zone, DateTimeOffset now) => planned.Key.Kind switch
    {
        OccurrenceKind.Brief => SkipReason.MeetingStarted,
        OccurrenceKind.FollowUpRequest => SkipReason.FollowUpWindowPassed,
        _ => recipient.QuietHours is { } quiet && quiet.IsQuietAt(now, zone)
             && WallClock.LocalDate(now, zone) == WallClock.LocalDate(planned.SendAt, zone)
            ? SkipReason.QuietHoursBegan
            : SkipReason.DayEnded,
    };

    private static MisfireDecision Skip(SkipReason reason, TimeSpan lateness) =>
        new() { Action = MisfireAction.Skip, Lateness = lateness, SkipReason = reason };
}
