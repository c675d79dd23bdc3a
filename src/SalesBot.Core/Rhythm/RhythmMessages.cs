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
