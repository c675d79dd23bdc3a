using System.Globalization;
using SalesBot.Core.Content;
using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;
using SalesBot.Core.Rhythm;
using SalesBot.Core.Scheduling;

namespace SalesBot.Core.Conversations.Handlers;

/// <summary>
/// Recurring 1:1s with a brief before each: add (weekday, time, weekly/biweekly, the manager's zone, brief lead), list,
/// pause until a date, skip the next (or a dated) occurrence, move one occurrence, resume, delete; record follow-ups after
/// the 1:1; send the seller the role-play the brief suggests.
/// </summary>
public sealed class OneOnOneHandler(RhythmDesk desk, ContentCatalog content) : ICommandHandler
{
    internal static readonly string[][] Phrases =
    [
        ["1:1"], ["1:1s"], ["1-1"], ["1on1"], ["1on1s"], ["one", "on", "one"], ["one-on-one"], ["one-on-ones"], ["oneonone"],
    ];

    internal static readonly string[][] FollowUpPhrases = [["followups"], ["follow-ups"], ["followup"], ["follow-up"], ["follow", "ups"], ["follow", "up"]];

    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "add", "new", "create", "schedule", "setup", "list", "show", "skip", "move", "reschedule", "pause", "resume", "unpause",
        "delete", "remove", "cancel", "brief", "lead",
    };

    public IReadOnlyCollection<CommandKind> Commands { get; } = [CommandKind.OneOnOne, CommandKind.FollowUps];

    public async Task<TurnStep> HandleAsync(TurnContext context, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        if (context.Turn.Action is { } action)
        {
            return action.Id switch
            {
                RhythmActions.Assign => await AssignAsync(context, action.Get("seller"), action.Get("category"), cancellationToken),
                RhythmActions.FollowUps => await RecordFollowUpsAsync(context, action.Get("oneOnOne"), action.Get("date"), action.Get("text"), cancellationToken),
                _ => await AddAsync(context, action.Get("seller") ?? "", [.. RhythmText.Words($"{action.Get("day")} {action.Get("time")} {action.Get("cadence")} {action.Get("lead")}")], cancellationToken),
            };
        }

        if (command.Kind == CommandKind.FollowUps)
        {
            return await FollowUpsAsync(context, cancellationToken);
        }

        var words = RhythmDesk.Arguments(context, Phrases);
        string verb;
        string who;
        List<string> rest;
        if (words.Count == 0)
        {
            return await ListAsync(context, cancellationToken);
        }

        if (Verbs.Contains(words[0]))
        {
            verb = words[0].ToLowerInvariant();
            who = words.Count > 1 ? words[1] : "";
            rest = words.Skip(2).ToList();
        }
        else if (words.Count > 1 && Verbs.Contains(words[1]))
        {
            verb = words[1].ToLowerInvariant();
            who = words[0];
            rest = words.Skip(2).ToList();
        }
        else
        {
            who = words[0];
            rest = words.Skip(1).ToList();
            verb = rest.Any(w => RhythmText.Weekday(w) is not null) ? "add" : "show";
        }

        if (verb is "list" or "show" && who.Length == 0)
        {
            return await ListAsync(context, cancellationToken);
        }

        if (who.Length == 0)
        {
            return TurnStep.Reply(context.State, RhythmMessages.OneOnOneForm());
        }

        return verb switch
        {
            "add" or "new" or "create" or "schedule" or "setup" => await AddAsync(context, who, rest, cancellationToken),
            _ => await EditAsync(context, verb, who, rest, cancellationToken),
        };
    }

    private async Task<TurnStep> ListAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var self = (await desk.SelfAsync(context, cancellationToken)).Value;
        var tenant = context.State.User.TenantKey;
        var facts = new List<MessageFact>();
        foreach (var id in self.OneOnOnes)
        {
            if ((await desk.Store.GetOneOnOneAsync(tenant, id, cancellationToken))?.Value is { Deleted: false } schedule)
            {
                facts.Add(new MessageFact(await SellerNameAsync(tenant, schedule, cancellationToken), Describe(schedule)));
            }
        }

        if (facts.Count == 0)
        {
            return TurnStep.Reply(context.State, RhythmMessages.OneOnOneForm() with { Title = "You have no 1:1s yet" });
        }

        return TurnStep.Reply(context.State, new OutboundMessage { Title = "Your 1:1s", Sections = [new MessageSection { Facts = facts }] }, RhythmMessages.OneOnOneForm() with { Title = null });
    }

    private async Task<TurnStep> AddAsync(TurnContext context, string who, List<string> rest, CancellationToken cancellationToken)
    {
        var (tenant, managerId, team, lookup) = await FindOnTeamAsync(context, who, cancellationToken);
        if (!lookup.IsFound)
        {
            return Reply(context, lookup.Problem);
        }

        if (team?.Member(lookup.PersonId!) is not { Status: not MembershipStatus.Declined } member)
        {
            return Reply(context, $"{lookup.Name} is not on your team yet: `team add {who}` first (they'll be asked to accept you as their manager).");
        }

        DayOfWeek? day = null;
        TimeOnly? time = null;
        var cadence = Cadence.Weekly;
        var lead = BriefLead.DayBefore;
        string? zoneId = null;
        for (var i = 0; i < rest.Count; i++)
        {
            var word = rest[i].ToLowerInvariant();
            if (RhythmText.Weekday(word) is { } d && day is null)
            {
                day = d;
            }
            else if (RhythmText.Time(word, i + 1 < rest.Count ? rest[i + 1] : null) is { } t && time is null)
            {
                time = t;
            }
            else if (word is "biweekly" or "fortnightly" or "bi-weekly" or "other" or "2" || (word == "every" && i + 1 < rest.Count && rest[i + 1] is "2" or "other"))
            {
                cadence = Cadence.Biweekly;
            }
            else if (word is "morning" or "morning-of" or "same-day")
            {
                lead = BriefLead.MorningOf;
            }
            else if (word.Contains('/', StringComparison.Ordinal) && TimeZones.TryFind(rest[i], out _))
            {
                zoneId = rest[i];
            }
        }

        if (day is null || time is null)
        {
            return TurnStep.Reply(context.State, RhythmMessages.OneOnOneForm() with { Title = "Which day and time?" });
        }

        var self = await desk.SelfAsync(context, cancellationToken);
        zoneId ??= self.Value.TimeZoneId;
        if (zoneId is null)
        {
            return TurnStep.Reply(context.State, RhythmDesk.AskTimeZone("Your 1:1s run on your local time."));
        }

        var id = RhythmIds.OneOnOne(managerId, member.PersonId);
        var schedule = await RhythmDesk.RetryAsync(async () =>
        {
            var manager = await desk.SelfAsync(context, cancellationToken);
            var stored = await desk.Store.GetOneOnOneAsync(tenant, id, cancellationToken);
            var created = new OneOnOneSchedule
            {
                Id = id,
                ManagerId = managerId,
                SellerId = member.PersonId,
                TimeZoneId = zoneId,
                Rule = WeeklyRule.Starting(day.Value, time.Value, desk.Today(zoneId), cadence),
                BriefLead = lead,
            };
            var changes = new RhythmChanges
            {
                OneOnOnes = [new Versioned<OneOnOneSchedule>(created, stored?.ETag)],
                People = [manager.With(manager.Value.WithOneOnOne(id) with { ManagesTeam = manager.Value.ManagesTeam ?? RhythmIds.TeamOf(managerId) })],
            };
            await desk.CommitAsync(tenant, changes, [managerId], cancellationToken);
            return created;
        });

        return Reply(context, $"1:1 with {member.Name}: {Describe(schedule)}." + (member.SharesPractice ? "" : $" {member.Name} hasn't accepted you yet, so briefs show their practice only once they do."));
    }

    private async Task<TurnStep> EditAsync(TurnContext context, string verb, string who, IReadOnlyList<string> rest, CancellationToken cancellationToken)
    {
        var (tenant, managerId, team, lookup) = await FindOnTeamAsync(context, who, cancellationToken);
        if (!lookup.IsFound)
        {
            return Reply(context, lookup.Problem);
        }

        var id = RhythmIds.OneOnOne(managerId, lookup.PersonId!);
        var name = team?.Member(lookup.PersonId!)?.Name ?? lookup.Name;
        var first = await desk.Store.GetOneOnOneAsync(tenant, id, cancellationToken);
        if (first is null || first.Value.Deleted)
        {
            return Reply(context, $"You have no 1:1 with {name}: `1:1 add {who} tuesday 10:00`.");
        }

        if (verb is "show" or "list")
        {
            return Reply(context, $"1:1 with {name}: {Describe(first.Value)}.");
        }

        string? problem = null;
        string? done = null;
        await RhythmDesk.RetryAsync(async () =>
        {
            var stored = await desk.Store.GetOneOnOneAsync(tenant, id, cancellationToken) ?? first;
            var schedule = stored.Value;
            var zone = TimeZones.Find(schedule.TimeZoneId);
            var today = WallClock.LocalDate(desk.Now, zone);
            OneOnOneEdit edit;
            switch (verb)
            {
                case "skip":
                    var skipDate = FirstDate(rest, today);
                    edit = skipDate is { } date ? schedule.Skip(date) : schedule.SkipNext(desk.Now);
                    done = "Skipped";
                    break;
                case "move" or "reschedule":
                    edit = Move(schedule, rest, today);
                    done = "Moved";
                    break;
                case "pause":
                    edit = FirstDate(rest, today) is { } until && until > today
                        ? OneOnOneEdit.Done(schedule.PauseUntil(until))
                        : OneOnOneEdit.Refused($"Until when? `1:1 pause {who} until 2027-01-05`.");
                    done = "Paused";
                    break;
                case "resume" or "unpause":
                    edit = OneOnOneEdit.Done(schedule.Resume());
                    done = "Resumed";
                    break;
                case "delete" or "remove" or "cancel":
                    edit = OneOnOneEdit.Done(schedule.Delete());
                    done = "Deleted";
                    break;
                default: // brief / lead
                    var morning = rest.Any(w => w.StartsWith("morning", StringComparison.OrdinalIgnoreCase) || w.Equals("same-day", StringComparison.OrdinalIgnoreCase));
                    var dayBefore = rest.Any(w => w.StartsWith("day", StringComparison.OrdinalIgnoreCase) || w.Equals("24h", StringComparison.OrdinalIgnoreCase));
                    edit = morning || dayBefore
                        ? OneOnOneEdit.Done(schedule with { BriefLead = morning ? BriefLead.MorningOf : BriefLead.DayBefore })
                        : OneOnOneEdit.Refused($"`1:1 brief {who} morning` (08:00 that day) or `1:1 brief {who} day-before` (same time the day before).");
                    done = "Changed";
                    break;
            }

            if (!edit.Succeeded)
            {
                problem = edit.Error;
                return false;
            }

            var updated = edit.Schedule!.PruneBefore(today.AddDays(-SchedulingRules.MaximumMoveDays - 7));
            await desk.CommitAsync(tenant, new RhythmChanges { OneOnOnes = [stored.With(updated)] }, [managerId], cancellationToken);
            first = stored.With(updated);
            return true;
        });

        if (problem is not null)
        {
            return Reply(context, problem);
        }

        return Reply(context, first.Value.Deleted ? $"Deleted your 1:1 with {name}: no more briefs for it." : $"{done}. 1:1 with {name}: {Describe(first.Value)}.");
    }

    private OneOnOneEdit Move(OneOnOneSchedule schedule, IReadOnlyList<string> rest, DateOnly today)
    {
        var toIndex = rest.ToList().FindIndex(w => w.Equals("to", StringComparison.OrdinalIgnoreCase));
        var before = toIndex < 0 ? [] : rest.Take(toIndex).ToList();
        var after = toIndex < 0 ? rest.ToList() : rest.Skip(toIndex + 1).ToList();
        var source = FirstDate(before, today) ?? MeetingCalendar.Next(schedule, desk.Now)?.NominalDate;
        if (source is null)
        {
            return OneOnOneEdit.Refused("There is no upcoming 1:1 to move.");
        }

        DateOnly? target = null;
        TimeOnly? time = null;
        for (var i = 0; i < after.Count; i++)
        {
            if (target is null && RhythmText.Date(after, i, today, out var used) is { } date)
            {
                target = date;
                i += used - 1;
            }
            else if (time is null && RhythmText.Time(after[i], i + 1 < after.Count ? after[i + 1] : null) is { } t)
            {
                time = t;
            }
        }

        if (target is null && time is null)
        {
            return OneOnOneEdit.Refused("Move it to when? `1:1 move alice to thursday 14:00` (or `from 2026-12-08 to 2026-12-10 9:00`).");
        }

        return schedule.Move(source.Value, target ?? source.Value, time ?? schedule.Rule.Time);
    }

    private static DateOnly? FirstDate(IReadOnlyList<string> words, DateOnly today)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Equals("next", StringComparison.OrdinalIgnoreCase) && (i + 1 >= words.Count || RhythmText.Weekday(words[i + 1]) is null))
            {
                continue;
            }

            if (RhythmText.Date(words, i, today, out _) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private async Task<TurnStep> FollowUpsAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var words = RhythmDesk.Arguments(context, FollowUpPhrases);
        if (words.Count == 0)
        {
            return Reply(context, "`followups alice: send the pricing deck; call the CFO` records what you agreed in your last 1:1 with Alice; `followups alice` lists what's open, `followups alice done` closes it.");
        }

        var who = words[0].TrimEnd(':');
        var (tenant, managerId, team, lookup) = await FindOnTeamAsync(context, who, cancellationToken);
        if (!lookup.IsFound)
        {
            return Reply(context, lookup.Problem);
        }

        var id = RhythmIds.OneOnOne(managerId, lookup.PersonId!);
        var text = RhythmDesk.RawAfter(context.Turn.Text, who.Length > 0 ? words[0] : who);
        if (text.Equals("done", StringComparison.OrdinalIgnoreCase) || text.Equals("clear", StringComparison.OrdinalIgnoreCase))
        {
            await RhythmDesk.RetryAsync(async () =>
            {
                var notes = await desk.Store.GetNotesAsync(tenant, id, cancellationToken);
                if (notes is not null)
                {
                    await desk.Store.CommitAsync(tenant, new RhythmChanges { Notes = [notes.With(notes.Value.CloseAll())] }, cancellationToken);
                }

                return true;
            });
            return Reply(context, $"Closed the open follow-ups with {lookup.Name}.");
        }

        if (text.Length == 0)
        {
            var open = (await desk.Store.GetNotesAsync(tenant, id, cancellationToken))?.Value.Open.ToList() ?? [];
            return Reply(context, open.Count == 0 ? $"No open follow-ups with {lookup.Name}." : $"Open follow-ups with {lookup.Name}:\n" + string.Join("\n", open.Select(o => $"- {o.Text} ({RhythmText.Format(o.MeetingDate)})")));
        }

        return await RecordFollowUpsAsync(context, id, null, text, cancellationToken);
    }

    private async Task<TurnStep> RecordFollowUpsAsync(TurnContext context, string? oneOnOneId, string? date, string? text, CancellationToken cancellationToken)
    {
        var tenant = context.State.User.TenantKey;
        var items = (text ?? "").Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.TrimStart('-', '*', '\u2022').Trim()).Where(t => t.Length > 0).Take(FollowUpNotes.MaxItems).ToList();
        if (oneOnOneId is null || await desk.Store.GetOneOnOneAsync(tenant, oneOnOneId, cancellationToken) is not { } stored
            || stored.Value.ManagerId != RhythmIds.Person(context.State.User))
        {
            return Reply(context, "That 1:1 no longer exists.");
        }

        if (items.Count == 0)
        {
            return Reply(context, "Nothing to record: write one follow-up per line (or separate them with ';').") with { SourceUpdate = SourceMessageUpdate.Keep };
        }

        var schedule = stored.Value;
        var meetingDate = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : MeetingCalendar.Between(schedule, desk.Now.AddDays(-SchedulingRules.MaximumMoveDays - 14), desk.Now).LastOrDefault(m => m.Skip is null)?.NominalDate
              ?? WallClock.LocalDate(desk.Now, TimeZones.Find(schedule.TimeZoneId));
        await RhythmDesk.RetryAsync(async () =>
        {
            var notes = await desk.Store.GetNotesAsync(tenant, schedule.Id, cancellationToken) ?? new Versioned<FollowUpNotes>(new FollowUpNotes { OneOnOneId = schedule.Id }, null);
            var added = items.Select(t => new FollowUpItem { Text = CommonText(t), MeetingDate = meetingDate, RecordedAt = desk.Now });
            await desk.Store.CommitAsync(tenant, new RhythmChanges { Notes = [notes.With(notes.Value.With(added))] }, cancellationToken);
            return true;
        });
        var seller = await SellerNameAsync(tenant, schedule, cancellationToken);
        var summary = $"Recorded {items.Count} follow-up{(items.Count == 1 ? "" : "s")} from your 1:1 with {seller} ({RhythmText.Format(meetingDate)}): they'll be in the next brief.";
        return Reply(context, summary) with
        {
            SourceUpdate = context.Turn.Action is null ? null : SourceMessageUpdate.Replace(OutboundMessage.Plain("\u2713 " + summary + "\n" + string.Join("\n", items.Select(i => "- " + i)))),
        };
    }

    private async Task<TurnStep> AssignAsync(TurnContext context, string? sellerId, string? categoryId, CancellationToken cancellationToken)
    {
        var managerId = RhythmIds.Person(context.State.User);
        var tenant = context.State.User.TenantKey;
        var team = (await desk.Store.GetTeamAsync(tenant, RhythmIds.TeamOf(managerId), cancellationToken))?.Value;
        if (sellerId is null || team?.Member(sellerId) is not { Status: not MembershipStatus.Declined } member)
        {
            return Reply(context, "That seller is no longer on your team.");
        }

        var category = categoryId is null ? null : content.FindCategory(categoryId);
        var categoryName = category?.Name ?? "objection handling";
        var start = DrillMessages.Practice(category, category is null ? "Start a drill" : $"Start the {category.Id} drill");
        var managerName = context.State.DisplayName ?? context.State.User.UserId;
        return Reply(context, $"Sent {member.Name} a role-play on {categoryName}.") with
        {
            SourceUpdate = SourceMessageUpdate.Keep,
            FollowUps = [RhythmDesk.Tell(sellerId, "role-play-assigned", RhythmMessages.RolePlayAssigned(managerName, categoryName, start))],
        };
    }

    private async Task<string> SellerNameAsync(string tenant, OneOnOneSchedule schedule, CancellationToken cancellationToken)
    {
        var team = (await desk.Store.GetTeamAsync(tenant, RhythmIds.TeamOf(schedule.ManagerId), cancellationToken))?.Value;
        return team?.Member(schedule.SellerId)?.Name ?? RhythmIds.UserPart(schedule.SellerId);
    }

    private string Describe(OneOnOneSchedule schedule)
    {
        var text = $"{schedule.Rule.Day}s {RhythmText.Format(schedule.Rule.Time)} ({schedule.TimeZoneId}), {(schedule.Rule.Cadence == Cadence.Biweekly ? "every other week" : "weekly")}; "
            + (schedule.BriefLead == BriefLead.MorningOf ? "brief that morning at 08:00" : "brief the day before at the same time");
        if (schedule.ResumesOn is { } resumes && resumes > desk.Today(schedule.TimeZoneId))
        {
            text += $"; paused until {RhythmText.Format(resumes)}";
        }

        var changes = schedule.Overrides.Where(o => o.Date >= desk.Today(schedule.TimeZoneId).AddDays(-1)).Select(o => o.IsSkip
            ? $"{RhythmText.Format(o.Date)} skipped"
            : $"{RhythmText.Format(o.Date)} moved to {RhythmText.Format(o.MovedToDate!.Value)} {RhythmText.Format(o.MovedToTime!.Value)}").ToList();
        if (changes.Count > 0)
        {
            text += "; " + string.Join(", ", changes);
        }

        if (MeetingCalendar.Next(schedule, desk.Now) is { } next)
        {
            text += $"; next: {next.LocalStart.ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture)}";
        }

        return text;
    }

    private static string CommonText(string text) => text.Length <= 300 ? text : string.Concat(text.AsSpan(0, 300), "\u2026");

    /// <summary>The manager's tenant, person id and team, and the person <paramref name="who"/> names among them.</summary>
    private async Task<(string Tenant, string ManagerId, Team? Team, PersonLookup Lookup)> FindOnTeamAsync(TurnContext context, string who, CancellationToken cancellationToken)
    {
        var managerKey = context.State.User;
        var managerId = RhythmIds.Person(managerKey);
        var team = (await desk.Store.GetTeamAsync(managerKey.TenantKey, RhythmIds.TeamOf(managerId), cancellationToken))?.Value;
        return (managerKey.TenantKey, managerId, team, await desk.People.FindAsync(managerKey, who, team, cancellationToken));
    }

    private static TurnStep Reply(TurnContext context, string text) => TurnStep.Reply(context.State, OutboundMessage.Plain(text));
}
