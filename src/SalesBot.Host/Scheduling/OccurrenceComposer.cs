using SalesBot.Core.Content;
using SalesBot.Core.Messaging;
using SalesBot.Core.Rhythm;
using SalesBot.Core.Scheduling;
using SalesBot.Core.Storage;

namespace SalesBot.Host.Scheduling;

/// <summary>
/// Builds what an occurrence says, from the store at send time: the brief (the seller's transcripts and sessions, open
/// follow-ups, focus accounts), the follow-up request, the habit nudge of the week (or its snoozed reminder) and the focus
/// prompt. Null when there is nothing to say any more (the schedule or team is gone).
/// </summary>
internal sealed class OccurrenceComposer(IRhythmStore store, IConversationStore conversations, ContentCatalog content)
{
    public async Task<IReadOnlyList<OutboundMessage>?> ComposeAsync(string tenantKey, PlannedOccurrence planned, RecipientAgenda agenda, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(planned);
        ArgumentNullException.ThrowIfNull(agenda);
        var key = planned.Key;
        switch (key.Kind)
        {
            case OccurrenceKind.Brief:
            case OccurrenceKind.FollowUpRequest:
                var schedule = agenda.OneOnOnes.FirstOrDefault(o => OccurrenceKey.Escape(o.Id) == key.Subject);
                if (schedule is null || MeetingCalendar.ForDate(schedule, key.Date) is not { } meeting)
                {
                    return null;
                }

                var team = (await store.GetTeamAsync(tenantKey, RhythmIds.TeamOf(schedule.ManagerId), cancellationToken))?.Value;
                var seller = team?.Member(schedule.SellerId)
                    ?? new TeamMember { PersonId = schedule.SellerId, Status = MembershipStatus.Declined, Since = DateTimeOffset.UnixEpoch };
                if (key.Kind == OccurrenceKind.FollowUpRequest)
                {
                    return [RhythmMessages.FollowUpRequest(schedule, seller.Name, meeting)];
                }

                return [await BriefAsync(tenantKey, schedule, meeting, seller, cancellationToken)];
            case OccurrenceKind.HabitNudge:
            case OccurrenceKind.HabitReminder:
                var teamId = key.Subject.Split('|')[0];
                var nudgeTeam = (await store.GetTeamAsync(tenantKey, teamId, cancellationToken))?.Value;
                if (nudgeTeam?.Nudge is not { } nudge)
                {
                    return null;
                }

                var week = HabitRotation.For(nudge.RotationAnchor, key.Date);
                return [RhythmMessages.HabitNudge(nudgeTeam, week, key.Date, forManager: planned.RecipientId == nudgeTeam.ManagerId, reminder: key.Kind == OccurrenceKind.HabitReminder)];
            case OccurrenceKind.FocusPrompt:
                return [RhythmMessages.FocusPrompt(HabitRotation.MondayOf(key.Date))];
            default:
                return null;
        }
    }

    public async Task<OutboundMessage> BriefAsync(string tenantKey, OneOnOneSchedule schedule, MeetingOccurrence meeting, TeamMember seller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(seller);
        var previous = MeetingCalendar.Between(schedule, meeting.Start.AddDays(-7 * ((int)schedule.Rule.Cadence * 2 + SchedulingRules.MaximumMoveDays / 7)), meeting.Start)
            .LastOrDefault(m => m.Skip is null && m.Start < meeting.Start);
        var since = previous?.Start ?? meeting.Start.AddDays(-14);
        var sellerKey = RhythmIds.User(seller.PersonId);
        var transcript = seller.SharesPractice ? await conversations.GetTranscriptAsync(sellerKey, cancellationToken) : [];
        var sessions = seller.SharesPractice ? await conversations.GetSessionsAsync(sellerKey, cancellationToken) : [];
        var notes = (await store.GetNotesAsync(tenantKey, schedule.Id, cancellationToken))?.Value;
        var sellerPerson = (await store.GetPersonAsync(tenantKey, seller.PersonId, cancellationToken))?.Value;
        var sellerZone = sellerPerson?.TimeZoneId is { } z && TimeZones.TryFind(z, out var found) ? found : TimeZones.Find(schedule.TimeZoneId);
        var week = HabitRotation.MondayOf(WallClock.LocalDate(meeting.Start, sellerZone));
        var focus = seller.SharesPractice
            ? await store.GetFocusAsync(tenantKey, seller.PersonId, week, cancellationToken) ?? await store.GetFocusAsync(tenantKey, seller.PersonId, week.AddDays(-7), cancellationToken)
            : null;
        return BriefComposer.Compose(new BriefInput
        {
            Schedule = schedule,
            Meeting = meeting,
            Seller = seller,
            Since = since,
            Transcript = transcript,
            Sessions = sessions,
            OpenFollowUps = notes?.Open.ToList() ?? [],
            Focus = focus,
            Content = content,
        });
    }
}
