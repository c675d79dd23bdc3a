using SalesBot.Core.Content;
using SalesBot.Core.Messaging;
using SalesBot.Core.Users;

namespace SalesBot.Core.Conversations.Handlers;

/// <summary>Help, greetings, the welcome on first contact or install, and the replies to what the bot didn't understand.</summary>
public sealed class HelpHandler(ContentCatalog content, IRoleDirectory roles) : ICommandHandler
{
    public IReadOnlyCollection<CommandKind> Commands { get; } = [CommandKind.Help, CommandKind.Greeting];

    public Task<TurnStep> HandleAsync(TurnContext context, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        var state = context.State;
        return Task.FromResult(command.Kind == CommandKind.Greeting
            ? (context.IsNewUser ? TurnStep.Reply(state) : TurnStep.Reply(state, Welcome(state)))
            : TurnStep.Reply(state, Help(state)));
    }

    /// <summary>
    /// An install event: a new user is welcomed, a user whose reference was inactive is welcomed back, anything else
    /// (Teams sends both <c>conversationUpdate</c> and <c>installationUpdate</c>) is silent.
    /// </summary>
    public TurnStep Installed(TurnContext context, bool wasInactive)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.IsNewUser)
        {
            return TurnStep.Reply(context.State, Welcome(context.State));
        }

        return wasInactive
            ? TurnStep.Reply(context.State, Welcome(context.State) with { Title = $"Welcome back{(string.IsNullOrWhiteSpace(context.State.DisplayName) ? "" : ", " + context.State.DisplayName)}." })
            : TurnStep.Reply(context.State);
    }

    public OutboundMessage Welcome(UserState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new OutboundMessage
        {
            Title = $"Hi{Name(state)}, I'm SalesBot.",
            Text = "I play tough buyers so you can practise objections where you already work. Try `practice price`, or `help` to see everything.",
            Actions = CommonReplies.StartActions(content),
        };
    }

    public TurnStep Unknown(TurnContext context, UnknownCommand unknown)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(unknown);
        if (context.DrillJustClosed && !string.IsNullOrWhiteSpace(unknown.Text))
        {
            return TurnStep.Reply(context.State, new OutboundMessage { Text = "Type `practice` to start a new drill.", Actions = CommonReplies.StartActions(content) });
        }

        return TurnStep.Reply(context.State, new OutboundMessage
        {
            Text = (string.IsNullOrWhiteSpace(unknown.Text) ? "I didn't get any text." : $"I didn't understand \u201C{CommonReplies.Truncate(unknown.Text, 60)}\u201D.")
                + (unknown.Suggestion is null ? "" : $" Did you mean `{unknown.Suggestion}`?")
                + " Try `practice price`, `roleplay cfo`, `progress` or `help`.",
            Actions = CommonReplies.StartActions(content),
        });
    }

    /// <summary>A button whose action this version doesn't know (an old card, a tampered payload).</summary>
    public TurnStep UnknownButton(TurnContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return TurnStep.Reply(context.State, new OutboundMessage { Text = "That button is no longer valid. Here's what I can do:", Actions = CommonReplies.StartActions(content) });
    }

    private OutboundMessage Help(UserState state)
    {
        var facts = new List<MessageFact>
        {
            new("practice [category]", $"Drill one objection: {string.Join(", ", content.Categories.Select(c => c.Id))}. No category: I pick your weakest or most overdue."),
            new("roleplay [buyer|scenario]", $"A multi-turn conversation with a buyer ({string.Join(", ", content.Personas.Select(p => p.Id))})."),
            new("progress", "Your proficiency per objection category."),
            new("playbook [category]", "Model answers your team approved."),
            new("hint", "During a drill: what good looks like."),
            new("skip", "During a practice drill: move to the next objection."),
            new("stop", "End the current drill (scores are kept)."),
            new("forget me", "Delete everything SalesBot keeps about you (asks first)."),
        };
        if (roles.IsManager(state.User))
        {
            facts.Add(new MessageFact("review", "Approve or reject answers nominated for the playbook."));
        }

        facts.Add(new MessageFact("team [add alice, bob]", "Your team: who accepted, time zones, habit streaks. Sellers are asked to accept before you see their practice."));
        facts.Add(new MessageFact("1:1 add alice tuesday 10:00", "A recurring 1:1 with a brief the day before (`morning` for 08:00 that day); `1:1` lists, skip, move, pause, delete."));
        facts.Add(new MessageFact("nudges monday 09:00", "A weekly habit nudge for your team, in each member's own time zone."));
        facts.Add(new MessageFact("focus A, B, C", "Your top 3 focus accounts this week (your manager sees them in your brief)."));
        facts.Add(new MessageFact("settings", "Time zone, quiet hours, away until a date, opt out of nudges (`timezone`, `quiet`, `away`, `optout`, `optin`)."));

        return new OutboundMessage
        {
            Title = "SalesBot: practise objections right here in chat",
            Text = "I play your buyer and you answer as you would on a real call. Every answer is scored against an explainable rubric (acknowledge, explore, value and evidence, tailoring, next step), with your own words as evidence and a better line for whatever was missing. I keep drilling what's weak until you're proficient.",
            Sections = [new MessageSection { Title = "Commands", Facts = facts }],
            Actions = CommonReplies.StartActions(content),
        };
    }

    private static string Name(UserState state) => string.IsNullOrWhiteSpace(state.DisplayName) ? "" : " " + state.DisplayName;
}
