using System.Globalization;
using SalesBot.Core.Messaging;
using SalesBot.Core.Rhythm;
using SalesBot.Core.Scheduling;

namespace SalesBot.Core.Conversations.Handlers;

/// <summary>
/// The team's weekly habit nudge (day, time and zone set by the manager; delivered to each member in their own zone),
/// its check-ins (Done / Not this week / Snooze until tomorrow, recorded as streaks) and the sellers' weekly focus accounts.
/// </summary>
public sealed class NudgeHandler(RhythmDesk desk) : ICommandHandler
{
    internal static readonly string[][] Phrases = [["nudges"], ["nudge"], ["habit"], ["habits"]];

    internal static readonly string[][] FocusPhrases = [["focus"], ["focus", "accounts"], ["my", "focus", "accounts"]];

    public IReadOnlyCollection<CommandKind> Commands { get; } = [CommandKind.Nudges, CommandKind.Focus];

    public async Task<TurnStep> HandleAsync(TurnContext context, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        if (context.Turn.Action is { } action)
        {
            return action.Id switch
            {
                RhythmActions.CheckIn => await CheckInAsync(context, action, cancellationToken),
                RhythmActions.Focus => await FocusAsync(context, [action.Get("a1"), action.Get("a2"), action.Get("a3")], cancellationToken),
                _ => await SetAsync(context, [.. RhythmText.Words($"{action.Get("day")} {action.Get("time")}")], cancellationToken),
            };
        }

        if (command.Kind == CommandKind.Focus)
        {
            var (phrase, _) = RhythmDesk.Match(context, FocusPhrases);
            var accounts = phrase is null ? "" : RhythmDesk.RawAfter(context.Turn.Text, phrase[^1]);
            return await FocusAsync(context, accounts.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), cancellationToken);
        }

        var words = RhythmDesk.Arguments(context, Phrases);
        var verb = words.Count > 0 ? words[0].ToLowerInvariant() : "";
        return verb switch
        {
            "" or "show" or "status" => await ShowAsync(context, cancellationToken),
            "pause" => await PauseAsync(context, words.Skip(1).ToList(), cancellationToken),
            "resume" or "on" or "unpause" => await PauseAsync(context, null, cancellationToken),
            "off" or "delete" or "remove" or "stop" => await OffAsync(context, cancellationToken),
            _ => await SetAsync(context, words, cancellationToken),
        };
    }

    private async Task<TurnStep> ShowAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var managerId = RhythmIds.Person(context.State.User);
        var team = (await desk.Store.GetTeamAsync(context.State.User.TenantKey, RhythmIds.TeamOf(managerId), cancellationToken))?.Value;
        var form = RhythmMessages.NudgeForm();
        if (team?.Nudge is not { Deleted: false } nudge)
        {
            return TurnStep.Reply(context.State, form with { Title = "No weekly habit nudge yet" });
        }

        var week = HabitRotation.For(nudge.RotationAnchor, desk.Today(nudge.TimeZoneId));
        return TurnStep.Reply(context.State, new OutboundMessage
        {
            Title = $"Weekly habit nudge: {nudge.Rule.Day}s {RhythmText.Format(nudge.Rule.Time)}",
            Text = $"Each member gets it at that time in their own time zone (yours: {nudge.TimeZoneId})"
                + (nudge.ResumesOn is { } r ? $"; paused until {RhythmText.Format(r)}" : "")
                + $". This week: {week.Habit.Title}: {week.MicroAction.ForManager}",
        }, form with { Title = null });
    }

    private async Task<TurnStep> SetAsync(TurnContext context, List<string> words, CancellationToken cancellationToken)
    {
        DayOfWeek? day = null;
        TimeOnly? time = null;
        string? zoneId = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (day is null && RhythmText.Weekday(words[i]) is { } d)
            {
                day = d;
            }
            else if (time is null && RhythmText.Time(words[i], i + 1 < words.Count ? words[i + 1] : null) is { } t)
            {
                time = t;
            }
            else if (words[i].Contains('/', StringComparison.Ordinal) && TimeZones.TryFind(words[i], out _))
            {
                zoneId = words[i];
            }
        }

        if (day is null || time is null)
        {
            return TurnStep.Reply(context.State, RhythmMessages.NudgeForm() with { Title = "Which day and time?" });
        }

        var managerKey = context.State.User;
        var tenant = managerKey.TenantKey;
        var managerId = RhythmIds.Person(managerKey);
        var teamId = RhythmIds.TeamOf(managerId);
        var self = await desk.SelfAsync(context, cancellationToken);
        zoneId ??= self.Value.TimeZoneId;
        if (zoneId is null)
        {
            return TurnStep.Reply(context.State, RhythmDesk.AskTimeZone("The team nudge needs a time zone for members whose own zone I don't know yet."));
        }

        var team = await RhythmDesk.RetryAsync(async () =>
        {
            var manager = await desk.SelfAsync(context, cancellationToken);
            var stored = await desk.Store.GetTeamAsync(tenant, teamId, cancellationToken);
            var current = stored?.Value ?? new Team { Id = teamId, ManagerId = managerId, ManagerName = context.State.DisplayName };
            var today = desk.Today(zoneId);
            var nudge = new TeamNudgeSchedule
            {
                TeamId = teamId,
                ManagerId = managerId,
                TimeZoneId = zoneId,
                Rule = WeeklyRule.Starting(day.Value, time.Value, today),
                RotationAnchor = current.Nudge?.RotationAnchor ?? today,
                ResumesOn = current.Nudge is { Deleted: false } old ? old.ResumesOn : null,
            };
            var updated = current with { Nudge = nudge };
            var changes = new RhythmChanges
            {
                Teams = [new Versioned<Team>(updated, stored?.ETag)],
                People = [manager.With(manager.Value with { ManagesTeam = teamId })],
            };
            await desk.CommitAsync(tenant, changes, [.. updated.NudgeRecipients()], cancellationToken);
            return updated;
        });

        var members = team.Members.Count(m => m.SharesPractice);
        return TurnStep.Reply(context.State, OutboundMessage.Plain(
            $"Weekly habit nudge set: {day}s {RhythmText.Format(time.Value)}, for you ({zoneId}) and {members} member{(members == 1 ? "" : "s")} who accepted, each in their own time zone. It rotates through the four manager habits with one small action each week."));
    }

    private async Task<TurnStep> PauseAsync(TurnContext context, List<string>? words, CancellationToken cancellationToken)
    {
        var tenant = context.State.User.TenantKey;
        var managerId = RhythmIds.Person(context.State.User);
        var teamId = RhythmIds.TeamOf(managerId);
        DateOnly? until = null;
        if (words is not null)
        {
            var zone = (await desk.Store.GetTeamAsync(tenant, teamId, cancellationToken))?.Value.Nudge?.TimeZoneId;
            var today = desk.Today(zone);
            for (var i = 0; i < words.Count && until is null; i++)
            {
                until = RhythmText.Date(words, i, today, out _);
            }

            if (until is null || until <= today)
            {
                return TurnStep.Reply(context.State, OutboundMessage.Plain("Until when? `nudges pause until 2027-01-05`."));
            }
        }

        var team = await RhythmDesk.RetryAsync(async () =>
        {
            var stored = await desk.Store.GetTeamAsync(tenant, teamId, cancellationToken);
            if (stored?.Value.Nudge is not { Deleted: false } nudge)
            {
                return null;
            }

            var updated = stored.Value with { Nudge = nudge with { ResumesOn = until } };
            await desk.CommitAsync(tenant, new RhythmChanges { Teams = [stored.With(updated)] }, [.. updated.NudgeRecipients()], cancellationToken);
            return updated;
        });
        return TurnStep.Reply(context.State, OutboundMessage.Plain(team is null ? "Your team has no weekly nudge: `nudges monday 09:00`."
            : until is { } u ? $"Team nudges paused until {RhythmText.Format(u)} (each skipped week is recorded)." : "Team nudges resumed."));
    }

    private async Task<TurnStep> OffAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var tenant = context.State.User.TenantKey;
        var teamId = RhythmIds.TeamOf(RhythmIds.Person(context.State.User));
        var found = await RhythmDesk.RetryAsync(async () =>
        {
            var stored = await desk.Store.GetTeamAsync(tenant, teamId, cancellationToken);
            if (stored?.Value.Nudge is not { Deleted: false } nudge)
            {
                return false;
            }

            var updated = stored.Value with { Nudge = nudge with { Deleted = true } };
            await desk.CommitAsync(tenant, new RhythmChanges { Teams = [stored.With(updated)] }, [.. updated.NudgeRecipients()], cancellationToken);
            return true;
        });
        return TurnStep.Reply(context.State, OutboundMessage.Plain(found ? "Team nudges are off. `nudges monday 09:00` turns them on again." : "Your team has no weekly nudge."));
    }

    private async Task<TurnStep> CheckInAsync(TurnContext context, ActionInvocation action, CancellationToken cancellationToken)
    {
        var personId = RhythmIds.Person(context.State.User);
        var tenant = context.State.User.TenantKey;
        if (action.Get("team") is not { } teamId
            || !DateOnly.TryParseExact(action.Get("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || !Enum.TryParse<HabitKind>(action.Get("habit"), out var habit))
        {
            return TurnStep.Reply(context.State, OutboundMessage.Plain("That check-in button is no longer valid."));
        }

        var status = action.Get("status") switch
        {
            "done" => CheckInStatus.Done,
            "snooze" => CheckInStatus.Snoozed,
            _ => CheckInStatus.NotThisWeek,
        };
        await desk.Store.SaveCheckInAsync(tenant, new HabitCheckIn
        {
            TeamId = teamId,
            PersonId = personId,
            WeekOf = HabitRotation.MondayOf(date),
            Habit = habit,
            Status = status,
            At = desk.Now,
        }, cancellationToken);

        string text;
        if (status == CheckInStatus.Snoozed)
        {
            var remindAt = await RhythmDesk.RetryAsync(async () =>
            {
                var self = await desk.SelfAsync(context, cancellationToken);
                var zoneId = self.Value.TimeZoneId ?? (await desk.Store.GetTeamAsync(tenant, teamId, cancellationToken))?.Value.Nudge?.TimeZoneId ?? "Etc/UTC";
                var local = WallClock.ToLocal(desk.Now, TimeZones.Find(zoneId)).AddDays(1);
                var snooze = new NudgeSnooze { TeamId = teamId, NudgeDate = date, RemindAt = local.AddSeconds(-local.Second).AddMilliseconds(-local.Millisecond) };
                var snoozes = self.Value.Snoozes.Where(s => !(s.TeamId == teamId && s.NudgeDate == date))
                    .Where(s => s.RemindAt > local.AddDays(-8)).Append(snooze).ToList();
                await desk.CommitAsync(tenant, new RhythmChanges { People = [self.With(self.Value with { Snoozes = snoozes })] }, [personId], cancellationToken);
                return snooze.RemindAt;
            });
            text = $"Snoozed: I'll remind you tomorrow at {remindAt.ToString("HH:mm", CultureInfo.InvariantCulture)}.";
        }
        else
        {
            var streak = HabitStreaks.Streak(await desk.Store.ListCheckInsAsync(tenant, teamId, cancellationToken), personId);
            text = status == CheckInStatus.Done
                ? $"\u2713 Done. Streak: {streak} week{(streak == 1 ? "" : "s")}."
                : "Noted: not this week. Next week brings the next habit.";
        }

        return TurnStep.Reply(context.State, OutboundMessage.Plain(text)) with
        {
            SourceUpdate = SourceMessageUpdate.Replace(OutboundMessage.Plain(text)),
        };
    }

    private async Task<TurnStep> FocusAsync(TurnContext context, IReadOnlyList<string?> accounts, CancellationToken cancellationToken)
    {
        var names = accounts.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!.Trim()).Where(a => a.Length <= 100).Distinct(StringComparer.OrdinalIgnoreCase).Take(FocusAccounts.MaxAccounts).ToList();
        if (names.Count == 0)
        {
            return TurnStep.Reply(context.State, RhythmMessages.FocusPrompt(HabitRotation.MondayOf(desk.Today(context.State.Reference?.TimeZone))));
        }

        var self = await desk.SelfAsync(context, cancellationToken);
        var week = HabitRotation.MondayOf(desk.Today(self.Value.TimeZoneId));
        await desk.Store.SaveFocusAsync(context.State.User.TenantKey, new FocusAccounts
        {
            PersonId = self.Value.PersonId,
            WeekOf = week,
            Accounts = names,
            At = desk.Now,
        }, cancellationToken);
        var text = $"Your focus accounts for the week of {week.ToString("d MMM", CultureInfo.InvariantCulture)}: {string.Join(", ", names)}. Your manager sees them in your 1:1 brief.";
        return TurnStep.Reply(context.State, OutboundMessage.Plain(text)) with
        {
            SourceUpdate = context.Turn.Action is null ? null : SourceMessageUpdate.Replace(OutboundMessage.Plain("\u2713 " + text)),
        };
    }
}
