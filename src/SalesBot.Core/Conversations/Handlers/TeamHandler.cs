using System.Globalization;
using SalesBot.Core.Messaging;
using SalesBot.Core.Rhythm;
using SalesBot.Core.Scheduling;

namespace SalesBot.Core.Conversations.Handlers;

/// <summary>
/// The team and its roster: a manager adds sellers (each is asked to accept, unless an admin assigned them), removes them
/// and sees consent, zones and habit streaks (<c>team</c>, <c>streaks</c>); a seller accepts, declines or leaves.
/// </summary>
public sealed class TeamHandler(RhythmDesk desk) : ICommandHandler
{
    internal static readonly string[][] Phrases = [["team"], ["my", "team"], ["streaks"], ["streak"]];

    public IReadOnlyCollection<CommandKind> Commands { get; } = [CommandKind.Team];

    public async Task<TurnStep> HandleAsync(TurnContext context, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Turn.Action is { } action)
        {
            return action.Id switch
            {
                RhythmActions.Accept => await AnswerAsync(context, action.Get("team"), accept: true, cancellationToken),
                RhythmActions.Decline => await AnswerAsync(context, action.Get("team"), accept: false, cancellationToken),
                _ => await AddAsync(context, SplitPeople(action.Get("people")), cancellationToken),
            };
        }

        var words = RhythmDesk.Arguments(context, Phrases);
        var verb = words.Count > 0 ? words[0].ToLowerInvariant() : "";
        return verb switch
        {
            "add" or "invite" or "+" => await AddAsync(context, SplitPeople(RhythmDesk.RawAfter(context.Turn.Text, words[0])), cancellationToken),
            "remove" or "drop" or "delete" or "-" => await RemoveAsync(context, RhythmDesk.RawAfter(context.Turn.Text, words[0]), cancellationToken),
            "accept" or "join" or "yes" => await AnswerAsync(context, null, accept: true, cancellationToken),
            "decline" or "no" or "leave" or "quit" => await AnswerAsync(context, null, accept: false, cancellationToken),
            _ => await ShowAsync(context, cancellationToken),
        };
    }

    private async Task<TurnStep> ShowAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var self = (await desk.SelfAsync(context, cancellationToken)).Value;
        var tenant = context.State.User.TenantKey;
        var messages = new List<OutboundMessage>();
        var team = (await desk.Store.GetTeamAsync(tenant, RhythmIds.TeamOf(self.PersonId), cancellationToken))?.Value;
        if (team is not null && team.Members.Count > 0)
        {
            var checkIns = await desk.Store.ListCheckInsAsync(tenant, team.Id, cancellationToken);
            var people = await desk.Store.ListPeopleAsync(tenant, cancellationToken);
            var zones = people.ToDictionary(p => p.PersonId, p => p.TimeZoneId);
            var facts = team.Members.OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase).Select(m =>
            {
                var last = HabitStreaks.Last(checkIns, m.PersonId);
                var streak = HabitStreaks.Streak(checkIns, m.PersonId);
                var status = m.Status switch
                {
                    MembershipStatus.Invited => "invited, not answered yet",
                    MembershipStatus.Accepted => "accepted",
                    MembershipStatus.Assigned => "assigned by admin",
                    _ => "declined",
                };
                var habit = last is null ? "no check-ins yet" : $"streak {streak} week{(streak == 1 ? "" : "s")}, last: {Describe(last)}";
                return new MessageFact(m.Name, $"{status}; {zones.GetValueOrDefault(m.PersonId) ?? "zone unknown"}; {habit}");
            }).ToList();
            var ownStreak = HabitStreaks.Streak(checkIns, self.PersonId);
            var nudge = team.Nudge is { Deleted: false } n
                ? $"Weekly habit nudge: {n.Rule.Day}s {RhythmText.Format(n.Rule.Time)}, in each member's own time zone (yours: {n.TimeZoneId})"
                    + (n.ResumesOn is { } r ? $", paused until {RhythmText.Format(r)}" : "") + $". Your own streak: {ownStreak}."
                : "No weekly habit nudge yet: `nudges monday 09:00` sets one.";
            messages.Add(new OutboundMessage
            {
                Title = $"Your team ({team.Members.Count(m => m.Status != MembershipStatus.Declined)})",
                Text = nudge,
                Sections = [new MessageSection { Title = "Members", Facts = facts }],
            });
        }

        var memberOf = new List<string>();
        foreach (var teamId in self.MemberOf)
        {
            if ((await desk.Store.GetTeamAsync(tenant, teamId, cancellationToken))?.Value is { } other && other.Member(self.PersonId) is { } me)
            {
                memberOf.Add($"{other.ManagerLabel}'s team ({me.Status.ToString().ToLowerInvariant()})");
            }
        }

        if (memberOf.Count > 0)
        {
            messages.Add(OutboundMessage.Plain($"You're on {string.Join(", ", memberOf)}. `team leave` withdraws your consent."));
        }

        messages.Add(RhythmMessages.TeamAddForm(team is null || team.Members.Count == 0));
        return TurnStep.Reply(context.State, [.. messages]);
    }

    private async Task<TurnStep> AddAsync(TurnContext context, List<string> names, CancellationToken cancellationToken)
    {
        if (names.Count == 0)
        {
            return TurnStep.Reply(context.State, RhythmMessages.TeamAddForm(empty: false));
        }

        var managerKey = context.State.User;
        var tenant = managerKey.TenantKey;
        var managerId = RhythmIds.Person(managerKey);
        var teamId = RhythmIds.TeamOf(managerId);
        var existing = (await desk.Store.GetTeamAsync(tenant, teamId, cancellationToken))?.Value;
        var problems = new List<string>();
        var found = new List<PersonLookup>();
        foreach (var name in names)
        {
            var lookup = await desk.People.FindAsync(managerKey, name, existing, cancellationToken);
            if (!lookup.IsFound)
            {
                problems.Add(lookup.Problem);
            }
            else if (lookup.PersonId == managerId)
            {
                problems.Add("You're the team's manager already.");
            }
            else if (found.All(f => f.PersonId != lookup.PersonId))
            {
                found.Add(lookup);
            }
        }

        var (invited, assigned, already) = await RhythmDesk.RetryAsync(async () =>
        {
            var manager = await desk.SelfAsync(context, cancellationToken);
            var stored = await desk.Store.GetTeamAsync(tenant, teamId, cancellationToken);
            var team = stored?.Value ?? new Team { Id = teamId, ManagerId = managerId };
            team = team with { ManagerName = context.State.DisplayName ?? team.ManagerName };
            var people = new List<Versioned<PersonRhythm>>();
            var newlyInvited = new List<TeamMember>();
            var newlyAssigned = new List<TeamMember>();
            var unchanged = new List<TeamMember>();
            foreach (var lookup in found)
            {
                var current = team.Member(lookup.PersonId!);
                if (current is { Status: MembershipStatus.Accepted or MembershipStatus.Assigned })
                {
                    unchanged.Add(current);
                    continue;
                }

                var isAssigned = desk.Roles.IsAssignedReport(managerKey, RhythmIds.User(lookup.PersonId!));
                var member = new TeamMember
                {
                    PersonId = lookup.PersonId!,
                    DisplayName = lookup.DisplayName ?? current?.DisplayName,
                    Status = isAssigned ? MembershipStatus.Assigned : MembershipStatus.Invited,
                    Since = desk.Now,
                };
                team = team.WithMember(member);
                (isAssigned ? newlyAssigned : newlyInvited).Add(member);
                var person = await desk.PersonAsync(member.PersonId, member.DisplayName, lookup.TimeZone, cancellationToken);
                var updated = person.Value.WithMemberOf(teamId);
                if (isAssigned && updated.FocusPrompt is null)
                {
                    updated = updated with { FocusPrompt = FocusPromptSchedule.Default(member.PersonId, desk.Today(updated.TimeZoneId)) };
                }

                people.Add(person.With(updated));
            }

            people.Add(manager.With(manager.Value with { ManagesTeam = teamId }));
            var changes = new RhythmChanges { People = people, Teams = [new Versioned<Team>(team, stored?.ETag)] };
            await desk.CommitAsync(tenant, changes, [managerId, .. newlyAssigned.Select(m => m.PersonId)], cancellationToken);
            return (newlyInvited, newlyAssigned, unchanged);
        });

        var teamNow = new Team { Id = teamId, ManagerId = managerId, ManagerName = context.State.DisplayName };
        var followUps = invited.Select(m => RhythmDesk.Tell(m.PersonId, "team-invitation", RhythmMessages.Invitation(teamNow)))
            .Concat(assigned.Select(m => RhythmDesk.Tell(m.PersonId, "team-assigned", RhythmMessages.Assigned(teamNow))))
            .ToList();
        var lines = new List<string>();
        if (invited.Count > 0)
        {
            lines.Add($"Invited {Names(invited)}: you'll see their practice once they accept.");
        }

        if (assigned.Count > 0)
        {
            lines.Add($"Added {Names(assigned)} (assigned to you by your admin).");
        }

        if (already.Count > 0)
        {
            lines.Add($"{Names(already)} {(already.Count == 1 ? "is" : "are")} already on your team.");
        }

        lines.AddRange(problems);
        if (invited.Count + assigned.Count > 0)
        {
            lines.Add("Next: `1:1 add <name> tuesday 10:00` for a recurring 1:1 with a brief, `nudges monday 09:00` for the weekly habit nudge.");
        }

        return TurnStep.Reply(context.State, OutboundMessage.Plain(string.Join("\n", lines))) with { FollowUps = followUps };
    }

    private async Task<TurnStep> RemoveAsync(TurnContext context, string name, CancellationToken cancellationToken)
    {
        var managerKey = context.State.User;
        var tenant = managerKey.TenantKey;
        var managerId = RhythmIds.Person(managerKey);
        var teamId = RhythmIds.TeamOf(managerId);
        var stored = await desk.Store.GetTeamAsync(tenant, teamId, cancellationToken);
        if (stored is null || string.IsNullOrWhiteSpace(name))
        {
            return TurnStep.Reply(context.State, OutboundMessage.Plain("Whom should I remove? `team remove alice`."));
        }

        var lookup = await desk.People.FindAsync(managerKey, name, stored.Value, cancellationToken);
        if (!lookup.IsFound || stored.Value.Member(lookup.PersonId!) is null)
        {
            return TurnStep.Reply(context.State, OutboundMessage.Plain(lookup.IsFound ? $"{lookup.Name} is not on your team." : lookup.Problem));
        }

        await RhythmDesk.RetryAsync(async () =>
        {
            var team = await desk.Store.GetTeamAsync(tenant, teamId, cancellationToken) ?? throw new InvalidOperationException("The team disappeared.");
            var person = await desk.PersonAsync(lookup.PersonId!, null, null, cancellationToken);
            var changes = new RhythmChanges
            {
                Teams = [team.With(team.Value.WithoutMember(lookup.PersonId!))],
                People = [person.With(person.Value.WithoutMemberOf(teamId))],
            };
            await desk.CommitAsync(tenant, changes, [lookup.PersonId!, managerId], cancellationToken);
            return true;
        });
        return TurnStep.Reply(context.State, OutboundMessage.Plain($"Removed {lookup.Name} from your team. Their 1:1 briefs no longer show their practice."));
    }

    private async Task<TurnStep> AnswerAsync(TurnContext context, string? teamId, bool accept, CancellationToken cancellationToken)
    {
        var me = context.State.User;
        var tenant = me.TenantKey;
        var personId = RhythmIds.Person(me);
        var answered = await RhythmDesk.RetryAsync(async () =>
        {
            var self = await desk.SelfAsync(context, cancellationToken);
            var teamIds = teamId is not null ? [teamId] : self.Value.MemberOf;
            var teams = new List<Versioned<Team>>();
            var changed = new List<Team>();
            foreach (var id in teamIds)
            {
                if (await desk.Store.GetTeamAsync(tenant, id, cancellationToken) is not { } stored || stored.Value.Member(personId) is not { } member)
                {
                    continue;
                }

                var wanted = accept ? (member.Status == MembershipStatus.Assigned ? MembershipStatus.Assigned : MembershipStatus.Accepted) : MembershipStatus.Declined;
                if (member.Status == wanted || (teamId is null && accept && member.Status != MembershipStatus.Invited))
                {
                    continue;
                }

                var team = stored.Value.WithMember(member with { Status = wanted, Since = desk.Now, DisplayName = context.State.DisplayName ?? member.DisplayName });
                teams.Add(stored.With(team));
                changed.Add(team);
            }

            var person = self.Value;
            if (accept && changed.Count > 0 && person.FocusPrompt is null)
            {
                person = person with { FocusPrompt = FocusPromptSchedule.Default(personId, desk.Today(person.TimeZoneId)) };
            }

            await desk.CommitAsync(tenant, new RhythmChanges { Teams = teams, People = [self.With(person)] }, [personId], cancellationToken);
            return changed;
        });

        if (answered.Count == 0)
        {
            return TurnStep.Reply(context.State, OutboundMessage.Plain(accept ? "There's no open team invitation for you." : "You're not on any team."))
                with { SourceUpdate = SourceMessageUpdate.RetireActions };
        }

        var name = context.State.DisplayName ?? me.UserId;
        var text = accept
            ? $"You're on {string.Join(", ", answered.Select(t => t.ManagerLabel + "'s team"))}. Your manager sees your practice in your 1:1 briefs; `team leave` withdraws that."
            : $"Done: {string.Join(", ", answered.Select(t => t.ManagerLabel))} won't see your practice.";
        var reply = OutboundMessage.Plain(text);
        return TurnStep.Reply(context.State, reply) with
        {
            SourceUpdate = context.Turn.Action is null ? null : SourceMessageUpdate.Replace(new OutboundMessage { Text = (accept ? "\u2713 Accepted: " : "\u2717 Declined: ") + text }),
            FollowUps = answered.Select(t => RhythmDesk.Tell(t.ManagerId, "team-answer", RhythmMessages.Answered(name, accept))).ToList(),
        };
    }

    private static string Describe(HabitCheckIn checkIn) => checkIn.Status switch
    {
        CheckInStatus.Done => "done",
        CheckInStatus.NotThisWeek => "not this week",
        _ => "snoozed",
    } + $" (week of {checkIn.WeekOf.ToString("d MMM", CultureInfo.InvariantCulture)})";

    private static string Names(IEnumerable<TeamMember> members) => string.Join(", ", members.Select(m => m.Name));

    /// <summary>"alice, bob and carol" or "alice bob": commas (or ';', new lines, " and ") separate names that may contain spaces; without them, spaces do.</summary>
    internal static List<string> SplitPeople(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var normalized = text.Replace(" and ", ",", StringComparison.OrdinalIgnoreCase);
        char[] separators = normalized.IndexOfAny([',', ';', '\n']) >= 0 ? [',', ';', '\n'] : [' '];
        return normalized.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
    }

}
