namespace SalesBot.Core.Scheduling;

/// <summary>
/// Plans what SalesBot sends one person and when, in UTC, from local wall-clock rules (pure; no clock, no store):
/// <list type="bullet">
/// <item>briefs and follow-up requests for the 1:1s they manage, in the 1:1's zone, deferred by the manager's quiet
/// hours only while the brief still arrives <see cref="SchedulingRules.BriefMinimumLead"/> before the 1:1;</item>
/// <item>habit nudges and the focus prompt at their local time in the person's own zone: skipped while the source is
/// paused, the person is away or opted out; moved to the end of quiet hours; at most one nudge per local day.</item>
/// </list>
/// Daily cap: the earliest nudge of a local day is sent; the second moves to the next local day at its own local
/// time if that day has no nudge of its own; any other is skipped (<see cref="SkipReason.DailyCapReached"/>). The
/// outcome for a day depends only on the rules and the nudges of the three days before it, never on the planning
/// window, so every instance plans the same thing.
/// </summary>
public static class RecipientPlanner
{
    private static readonly TimeSpan MeetingMargin = TimeSpan.FromDays(2);
    private static readonly TimeSpan NextWindow = TimeSpan.FromDays(8);
    private const int NudgeLookbackDays = 5;

    /// <summary>Everything due for the person with <see cref="PlannedOccurrence.SendAt"/> in [<paramref name="from"/>, <paramref name="to"/>), ascending.</summary>
    public static IReadOnlyList<PlannedOccurrence> Plan(RecipientAgenda agenda, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        var result = new List<PlannedOccurrence>();
        if (to <= from)
        {
            return result;
        }

        var zone = TimeZones.Find(agenda.TimeZoneId);
        foreach (var schedule in agenda.OneOnOnes)
        {
            if (!schedule.Deleted && schedule.ManagerId == agenda.Person.PersonId)
            {
                PlanOneOnOne(schedule, agenda, zone, from, to, result);
            }
        }

        PlanNudges(agenda, zone, from, to, result);
        PlanReminders(agenda, zone, from, to, result);
        result.Sort(Compare);
        return result;
    }

    /// <summary>The first thing due (a send or a skip to record) strictly after <paramref name="after"/>, within two years.</summary>
    public static PlannedOccurrence? Next(RecipientAgenda agenda, DateTimeOffset after)
    {
        var start = after.AddTicks(1);
        for (var from = start; from < start.AddYears(2); from += NextWindow)
        {
            var plan = Plan(agenda, from, from + NextWindow);
            if (plan.Count > 0)
            {
                return plan[0];
            }
        }

        return null;
    }

    /// <summary>
    /// The current plan for one occurrence (what a firing job re-reads before it sends: the schedule may have been
    /// skipped, moved, paused or deleted since the trigger was made), or null when it no longer exists.
    /// </summary>
    public static PlannedOccurrence? Resolve(RecipientAgenda agenda, OccurrenceKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var center = new DateTimeOffset(key.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var reach = TimeSpan.FromDays(SchedulingRules.MaximumMoveDays + 3);
        foreach (var planned in Plan(agenda, center - reach, center + reach))
        {
            if (planned.Key == key)
            {
                return planned;
            }
        }

        return null;
    }

    private static void PlanOneOnOne(OneOnOneSchedule schedule, RecipientAgenda agenda, TimeZoneInfo managerZone, DateTimeOffset from, DateTimeOffset to, List<PlannedOccurrence> result)
    {
        var meetingZone = TimeZones.Find(schedule.TimeZoneId);
        foreach (var meeting in MeetingCalendar.Between(schedule, from - MeetingMargin, to + MeetingMargin))
        {
            var brief = Brief(schedule, meeting, agenda, managerZone, meetingZone);
            if (brief.SendAt >= from && brief.SendAt < to)
            {
                result.Add(brief);
            }

            var followUp = FollowUp(schedule, meeting, agenda, managerZone, meetingZone);
            if (followUp.SendAt >= from && followUp.SendAt < to)
            {
                result.Add(followUp);
            }
        }
    }

    private static PlannedOccurrence Brief(OneOnOneSchedule schedule, MeetingOccurrence meeting, RecipientAgenda agenda, TimeZoneInfo managerZone, TimeZoneInfo meetingZone)
    {
        var manager = agenda.Person;
        var adjustments = SendAdjustments.None;
        DateTimeOffset nominal;
        if (schedule.BriefLead == BriefLead.MorningOf)
        {
            nominal = WallClock.ToInstant(meeting.LocalDate, SchedulingRules.MorningOfBriefTime, meetingZone);
            var latest = meeting.Start - SchedulingRules.MorningOfMinimumLead;
            if (nominal > latest)
            {
                nominal = latest;
                adjustments |= SendAdjustments.EarlyMeeting;
            }
        }
        else
        {
            // Same local wall-clock time the day before (not 24 elapsed hours): see BriefLead.DayBefore.
            nominal = WallClock.ToInstant(meeting.LocalStart.AddDays(-1), meetingZone);
        }

        var skip = meeting.Skip ?? (manager.IsAwayOn(meeting.LocalDate) ? SkipReason.RecipientAway : null);
        var sendAt = nominal;
        if (skip is null && manager.QuietHours is { } quiet && quiet.IsQuietAt(nominal, managerZone))
        {
            var end = quiet.DeferToEnd(nominal, managerZone);
            if (end <= meeting.Start - SchedulingRules.BriefMinimumLead)
            {
                sendAt = end;
                adjustments |= SendAdjustments.QuietHours;
            }
            else
            {
                adjustments |= SendAdjustments.QuietHoursOverridden;
            }
        }

        return new PlannedOccurrence
        {
            Key = OccurrenceKey.Brief(schedule.Id, meeting.NominalDate),
            RecipientId = manager.PersonId,
            NominalAt = nominal,
            SendAt = sendAt,
            UsefulUntil = meeting.Start,
            RecipientTimeZoneId = agenda.TimeZoneId,
            Adjustments = adjustments,
            SkipReason = skip,
            MeetingStart = meeting.Start,
        };
    }

    private static PlannedOccurrence FollowUp(OneOnOneSchedule schedule, MeetingOccurrence meeting, RecipientAgenda agenda, TimeZoneInfo managerZone, TimeZoneInfo meetingZone)
    {
        var manager = agenda.Person;
        var skip = meeting.Skip ?? (manager.IsAwayOn(meeting.LocalDate) ? SkipReason.RecipientAway : null);
        var adjustments = SendAdjustments.None;
        var sendAt = skip is null ? DeferForQuietHours(manager, meeting.End, managerZone, out adjustments) : meeting.End;
        return new PlannedOccurrence
        {
            Key = OccurrenceKey.FollowUpRequest(schedule.Id, meeting.NominalDate),
            RecipientId = manager.PersonId,
            NominalAt = meeting.End,
            SendAt = sendAt,
            UsefulUntil = WallClock.StartOfDay(meeting.LocalDate.AddDays(SchedulingRules.FollowUpWindowDays), meetingZone),
            RecipientTimeZoneId = agenda.TimeZoneId,
            Adjustments = adjustments,
            SkipReason = skip,
            MeetingStart = meeting.Start,
        };
    }

    private static void PlanNudges(RecipientAgenda agenda, TimeZoneInfo zone, DateTimeOffset from, DateTimeOffset to, List<PlannedOccurrence> result)
    {
        var person = agenda.Person;
        var rules = new List<NudgeRule>();
        foreach (var team in agenda.Teams)
        {
            if (!team.Deleted)
            {
                rules.Add(new NudgeRule(OccurrenceKind.HabitNudge, team.TeamId, team.Rule, team.ResumesOn));
            }
        }

        if (agenda.FocusPrompt is { Deleted: false } focus && focus.PersonId == person.PersonId)
        {
            rules.Add(new NudgeRule(OccurrenceKind.FocusPrompt, person.PersonId, focus.Rule, focus.ResumesOn));
        }

        if (rules.Count == 0)
        {
            return;
        }

        // Nominal candidates: every rule date from a few days before the window (their deferrals can land in it).
        var firstDate = WallClock.LocalDate(from, zone).AddDays(-NudgeLookbackDays);
        var endDate = WallClock.LocalDate(to, zone).AddDays(2);
        var candidates = new List<Candidate>();
        foreach (var rule in rules)
        {
            foreach (var date in rule.Rule.DatesBetween(firstDate, endDate))
            {
                var nominal = WallClock.ToInstant(date, rule.Rule.Time, zone);
                var sendAt = DeferForQuietHours(person, nominal, zone, out var adjustments);
                SkipReason? skip = rule.ResumesOn is { } resumes && date < resumes ? SkipReason.SchedulePaused
                    : person.NudgesOptedOut ? SkipReason.OptedOut
                    : person.IsAwayOn(WallClock.LocalDate(sendAt, zone)) ? SkipReason.RecipientAway
                    : null;
                var key = rule.Kind == OccurrenceKind.HabitNudge
                    ? OccurrenceKey.HabitNudge(rule.Subject, person.PersonId, date)
                    : OccurrenceKey.FocusPrompt(person.PersonId, date);
                candidates.Add(new Candidate(rule, key, nominal, sendAt, adjustments, skip));
            }
        }

        ApplyDailyCap(person, zone, candidates);

        foreach (var candidate in candidates)
        {
            if (candidate.SendAt >= from && candidate.SendAt < to)
            {
                result.Add(new PlannedOccurrence
                {
                    Key = candidate.Key,
                    RecipientId = person.PersonId,
                    NominalAt = candidate.NominalAt,
                    SendAt = candidate.SendAt,
                    UsefulUntil = NudgeUsefulUntil(person, candidate.SendAt, zone),
                    RecipientTimeZoneId = agenda.TimeZoneId,
                    Adjustments = candidate.Adjustments,
                    SkipReason = candidate.Skip,
                });
            }
        }
    }

    // Snoozed nudges come back once at the chosen local time (quiet hours respected; no daily cap: the person asked).
    private static void PlanReminders(RecipientAgenda agenda, TimeZoneInfo zone, DateTimeOffset from, DateTimeOffset to, List<PlannedOccurrence> result)
    {
        var person = agenda.Person;
        foreach (var reminder in agenda.Reminders)
        {
            var nominal = WallClock.ToInstant(reminder.RemindAt, zone);
            var sendAt = DeferForQuietHours(person, nominal, zone, out var adjustments);
            if (sendAt < from || sendAt >= to)
            {
                continue;
            }

            SkipReason? skip = person.NudgesOptedOut ? SkipReason.OptedOut
                : person.IsAwayOn(WallClock.LocalDate(sendAt, zone)) ? SkipReason.RecipientAway
                : null;
            result.Add(new PlannedOccurrence
            {
                Key = OccurrenceKey.HabitReminder(reminder.TeamId, person.PersonId, reminder.NudgeDate),
                RecipientId = person.PersonId,
                NominalAt = nominal,
                SendAt = sendAt,
                UsefulUntil = NudgeUsefulUntil(person, sendAt, zone),
                RecipientTimeZoneId = agenda.TimeZoneId,
                Adjustments = adjustments,
                SkipReason = skip,
            });
        }
    }

    // At most one nudge per local day (see the class summary). Candidates are updated in place.
    private static void ApplyDailyCap(PersonPreferences person, TimeZoneInfo zone, List<Candidate> candidates)
    {
        var nominalByDay = new SortedDictionary<DateOnly, List<Candidate>>();
        foreach (var candidate in candidates)
        {
            if (candidate.Skip is null)
            {
                var day = WallClock.LocalDate(candidate.SendAt, zone);
                if (!nominalByDay.TryGetValue(day, out var list))
                {
                    nominalByDay[day] = list = [];
                }

                list.Add(candidate);
            }
        }

        var deferredInto = new Dictionary<DateOnly, List<Candidate>>();
        var days = new SortedSet<DateOnly>(nominalByDay.Keys);
        while (days.Count > 0)
        {
            var day = days.Min;
            days.Remove(day);
            var nominal = nominalByDay.GetValueOrDefault(day) ?? [];
            var deferred = deferredInto.GetValueOrDefault(day) ?? [];
            nominal.Sort(CompareCandidates);
            deferred.Sort(CompareCandidates);
            if (nominal.Count > 0)
            {
                for (var i = 1; i < nominal.Count; i++)
                {
                    if (i == 1 && TryDefer(person, zone, nominal[i], out var target))
                    {
                        var targetDay = WallClock.LocalDate(target, zone);
                        nominal[i].SendAt = target;
                        nominal[i].Adjustments |= SendAdjustments.DailyCap;
                        if (!deferredInto.TryGetValue(targetDay, out var list))
                        {
                            deferredInto[targetDay] = list = [];
                        }

                        list.Add(nominal[i]);
                        days.Add(targetDay);
                    }
                    else
                    {
                        nominal[i].Skip = SkipReason.DailyCapReached;
                    }
                }

                foreach (var late in deferred)
                {
                    late.SkipDeferred();
                }
            }
            else
            {
                for (var i = 1; i < deferred.Count; i++)
                {
                    deferred[i].SkipDeferred();
                }
            }
        }
    }

    // The loser of a day moves to the next local day at its own local time (quiet hours applied), unless the person
    // is away then or that would reach the rule's next occurrence.
    private static bool TryDefer(PersonPreferences person, TimeZoneInfo zone, Candidate candidate, out DateTimeOffset target)
    {
        var nextDay = WallClock.LocalDate(candidate.SendAt, zone).AddDays(1);
        target = DeferForQuietHours(person, WallClock.ToInstant(nextDay, candidate.Rule.Rule.Time, zone), zone, out _);
        var nextOccurrence = WallClock.ToInstant(candidate.Key.Date.AddDays(candidate.Rule.Rule.IntervalDays), candidate.Rule.Rule.Time, zone);
        return !person.IsAwayOn(WallClock.LocalDate(target, zone)) && target < nextOccurrence;
    }

    private static DateTimeOffset DeferForQuietHours(PersonPreferences person, DateTimeOffset instant, TimeZoneInfo zone, out SendAdjustments adjustments)
    {
        adjustments = SendAdjustments.None;
        if (person.QuietHours is not { } quiet)
        {
            return instant;
        }

        var deferred = quiet.DeferToEnd(instant, zone);
        if (deferred != instant)
        {
            adjustments = SendAdjustments.QuietHours;
        }

        return deferred;
    }

    // A nudge is worth sending late until the recipient's quiet hours begin that evening or their local day ends.
    private static DateTimeOffset NudgeUsefulUntil(PersonPreferences person, DateTimeOffset sendAt, TimeZoneInfo zone)
    {
        var endOfDay = WallClock.StartOfDay(WallClock.LocalDate(sendAt, zone).AddDays(1), zone);
        if (person.QuietHours is not { } quiet)
        {
            return endOfDay;
        }

        var quietStart = WallClock.ToInstant(quiet.NextStartAfter(WallClock.ToLocal(sendAt, zone)), zone);
        return quietStart < endOfDay ? quietStart : endOfDay;
    }

    private static int Compare(PlannedOccurrence a, PlannedOccurrence b)
    {
        var bySendAt = a.SendAt.CompareTo(b.SendAt);
        if (bySendAt != 0)
        {
            return bySendAt;
        }

        var byKind = a.Key.Kind.CompareTo(b.Key.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(a.Key.DocumentId, b.Key.DocumentId);
    }

    private static int CompareCandidates(Candidate a, Candidate b)
    {
        var bySendAt = a.SendAt.CompareTo(b.SendAt);
        if (bySendAt != 0)
        {
            return bySendAt;
        }

        var byKind = a.Key.Kind.CompareTo(b.Key.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(a.Key.DocumentId, b.Key.DocumentId);
    }

    private sealed record NudgeRule(OccurrenceKind Kind, string Subject, WeeklyRule Rule, DateOnly? ResumesOn);

    private sealed class Candidate(NudgeRule rule, OccurrenceKey key, DateTimeOffset nominalAt, DateTimeOffset sendAt, SendAdjustments adjustments, SkipReason? skip)
    {
        private readonly DateTimeOffset _plannedSendAt = sendAt;
        private readonly SendAdjustments _plannedAdjustments = adjustments;

        public NudgeRule Rule { get; } = rule;

        public OccurrenceKey Key { get; } = key;

        public DateTimeOffset NominalAt { get; } = nominalAt;

        public DateTimeOffset SendAt { get; set; } = sendAt;

        public SendAdjustments Adjustments { get; set; } = adjustments;

        public SkipReason? Skip { get; set; } = skip;

        // A deferred nudge that finds its new day taken is skipped, recorded at the time it was first due.
        public void SkipDeferred()
        {
            SendAt = _plannedSendAt;
            Adjustments = _plannedAdjustments;
            Skip = SkipReason.DailyCapReached;
        }
    }
}
