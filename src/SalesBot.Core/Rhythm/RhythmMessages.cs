using System.Globalization;
using SalesBot.Core.Messaging;
using SalesBot.Core.Scheduling;

namespace SalesBot.Core.Rhythm;

/// <summary>The proactive messages of the manager's rhythm (besides the brief): invitations, nudges, prompts and requests.</summary>
public static class RhythmMessages
{
    public static OutboundMessage Invitation(Team team) => new()
    {
        Title = $"{team.ManagerLabel} wants to add you to their team",
        Text = "If you accept, they see your practice (sessions, scores and quoted answers) in the brief before your 1:1s, and you get the team's weekly habit nudge and a Monday prompt for your top 3 focus accounts. You can leave any time (`team leave`).",
        Actions =
        [
            MessageAction.With(RhythmActions.Accept, "Accept", "team", team.Id) with { Style = ButtonStyle.Positive },
            MessageAction.With(RhythmActions.Decline, "Decline", "team", team.Id) with { Style = ButtonStyle.Destructive },
        ],
    };

    public static OutboundMessage Assigned(Team team) => new()
    {
        Title = $"You're on {team.ManagerLabel}'s team",
        Text = "Your admin assigned you to this manager: they see your practice in the brief before your 1:1s. You'll get the team's weekly habit nudge and a Monday prompt for your top 3 focus accounts (`optout` stops nudges).",
    };

    public static OutboundMessage Answered(string sellerName, bool accepted) => OutboundMessage.Plain(accepted
        ? $"{sellerName} accepted: their practice will be in your 1:1 briefs."
        : $"{sellerName} declined to join your team (or left it). Their practice stays private.");

    public static OutboundMessage HabitNudge(Team team, HabitOfTheWeek week, DateOnly nudgeDate, bool forManager, bool reminder = false)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(week);
        var data = new Dictionary<string, string>
        {
            ["team"] = team.Id,
            ["date"] = RhythmText.Iso(nudgeDate),
            ["habit"] = week.Habit.Kind.ToString(),
        };
        return new OutboundMessage
        {
            Title = (reminder ? "Reminder: " : "") + $"This week's habit: {week.Habit.Title}",
            Text = (forManager ? week.MicroAction.ForManager : week.MicroAction.ForSeller) + (forManager ? "" : $" ({team.ManagerLabel}'s team)"),
            Actions =
            [
                new MessageAction(RhythmActions.CheckIn, "Done", With(data, "status", "done")) { Style = ButtonStyle.Positive },
                new MessageAction(RhythmActions.CheckIn, "Not this week", With(data, "status", "skip")),
                new MessageAction(RhythmActions.CheckIn, "Snooze until tomorrow", With(data, "status", "snooze")),
            ],
        };
    }

    /// <summary>The form to add sellers to the manager's team (and the typed command).</summary>
    public static OutboundMessage TeamAddForm(bool empty) => new()
    {
        Text = (empty ? "You have no team yet. " : "")
            + "Add sellers by user id or name: `team add alice, bob`. Each one is asked to accept you as their manager before you see their practice.",
        Inputs = [new MessageInput { Id = "people", Label = "Sellers to add", Kind = MessageInputKind.People, Placeholder = "alice, bob", Required = true }],
        Actions = [new MessageAction(RhythmActions.TeamAdd, "Add to my team") { Style = ButtonStyle.Positive }],
    };

    /// <summary>The 1:1 set-up form (and the typed commands): seller, weekday, time, cadence, brief time.</summary>
    public static OutboundMessage OneOnOneForm() => new()
    {
        Title = "1:1s with a brief before each",
        Text = "`1:1 add alice tuesday 10:00` (add `biweekly`, `morning` for a brief at 08:00 that day instead of the day before), "
            + "`1:1 skip alice` (next one) or `1:1 skip alice 2026-12-08`, `1:1 move alice to thursday 14:00`, `1:1 pause alice until 2027-01-05`, "
            + "`1:1 resume alice`, `1:1 brief alice morning`, `1:1 delete alice`, `1:1` to list them.",
        Inputs =
        [
            new MessageInput { Id = "seller", Label = "Seller", Kind = MessageInputKind.People, Required = true },
            new MessageInput
            {
                Id = "day", Label = "Day", Kind = MessageInputKind.Choice, Value = "tuesday",
                Choices = [.. Enum.GetValues<DayOfWeek>().Skip(1).Append(DayOfWeek.Sunday).Select(d => new MessageFact(d.ToString().ToLowerInvariant(), d.ToString()))],
            },
            new MessageInput { Id = "time", Label = "Time", Kind = MessageInputKind.Time, Value = "10:00", Required = true },
            new MessageInput { Id = "cadence", Label = "Every", Kind = MessageInputKind.Choice, Value = "weekly", Choices = [new("weekly", "week"), new("biweekly", "other week")] },
            new MessageInput { Id = "lead", Label = "Brief", Kind = MessageInputKind.Choice, Value = "day-before", Choices = [new("day-before", "the day before, same time"), new("morning", "that morning at 08:00")] },
        ],
        Actions = [new MessageAction(RhythmActions.OneOnOneAdd, "Add 1:1") { Style = ButtonStyle.Positive }],
    };

    /// <summary>The weekly team nudge form (and the typed commands): weekday and time.</summary>
    public static OutboundMessage NudgeForm() => new()
    {
        Text = "`nudges monday 09:00` sets the day and time (each member gets it in their own zone), `nudges pause until 2027-01-05`, `nudges resume`, `nudges off`. It rotates through four habits: account plan, inspect and coach, role-play, coach top performers.",
        Inputs =
        [
            new MessageInput
            {
                Id = "day", Label = "Day", Kind = MessageInputKind.Choice, Value = "monday",
                Choices = [.. Enum.GetValues<DayOfWeek>().Skip(1).Append(DayOfWeek.Sunday).Select(d => new MessageFact(d.ToString().ToLowerInvariant(), d.ToString()))],
            },
            new MessageInput { Id = "time", Label = "Time", Kind = MessageInputKind.Time, Value = "09:00", Required = true },
        ],
        Actions = [new MessageAction(RhythmActions.NudgesSet, "Set weekly nudge") { Style = ButtonStyle.Positive }],
    };

    public static OutboundMessage FocusPrompt(DateOnly weekOf) => new()
    {
        Title = "Your top 3 focus accounts this week?",
        Text = "Name the three accounts you'll move forward this week; your manager sees them in your 1:1 brief. Type `focus Contoso, Fabrikam, Northwind` or fill in:",
        Inputs =
        [
            new MessageInput { Id = "a1", Label = "Account 1", Required = true },
            new MessageInput { Id = "a2", Label = "Account 2" },
            new MessageInput { Id = "a3", Label = "Account 3" },
        ],
        Actions = [MessageAction.With(RhythmActions.Focus, "Save focus accounts", "week", RhythmText.Iso(weekOf)) with { Style = ButtonStyle.Positive }],
    };

    public static OutboundMessage FollowUpRequest(OneOnOneSchedule schedule, string sellerName, MeetingOccurrence meeting) => new()
    {
        Title = $"How did your 1:1 with {sellerName} go?",
        Text = $"Record what you agreed ({meeting.LocalStart.ToString("ddd d MMM", CultureInfo.InvariantCulture)}); open follow-ups come back in the next brief. "
            + $"Type `followups {FirstName(sellerName)}: send the pricing deck; call the CFO` or fill in:",
        Inputs = [new MessageInput { Id = "text", Label = "Follow-ups (one per line)", Kind = MessageInputKind.MultilineText, Required = true }],
        Actions =
        [
            new MessageAction(RhythmActions.FollowUps, "Save follow-ups", new Dictionary<string, string>
            {
                ["oneOnOne"] = schedule.Id,
                ["date"] = RhythmText.Iso(meeting.NominalDate),
            }) { Style = ButtonStyle.Positive },
        ],
    };

    public static OutboundMessage RolePlayAssigned(string managerName, string categoryName, MessageAction start) => new()
    {
        Title = $"{managerName} sent you a role-play: {categoryName}",
        Text = $"A 3-round drill on {categoryName.ToLowerInvariant()} objections, ahead of your next 1:1. Start when you're ready.",
        Actions = [start with { Style = ButtonStyle.Positive }],
    };

    public static string FirstName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Split(' ', 2)[0].ToLowerInvariant();
    }

    private static Dictionary<string, string> With(Dictionary<string, string> data, string key, string value) => new(data) { [key] = value };
}
