using Microsoft.Extensions.Time.Testing;
using SalesBot.Core.Conversations;
using SalesBot.Core.Conversations.Handlers;
using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;
using SalesBot.Core.Scoring;

namespace SalesBot.Core.Tests.Support;

/// <summary>A TestFlow-style harness: send text or press buttons as a user and read the bot's replies.</summary>
internal sealed class ChatHarness
{
    public ChatHarness(params string[] managers)
    {
        Roster = new InMemoryRoster();
        Store = new InMemoryConversationStore(Roster);
        Playbook = new InMemoryPlaybookStore();
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        Service = Build(Store, Playbook, Roster, new FixedRoles(managers), Time);
    }

    public InMemoryConversationStore Store { get; }

    public InMemoryPlaybookStore Playbook { get; }

    public InMemoryRoster Roster { get; }

    public FakeTimeProvider Time { get; }

    public ConversationService Service { get; }

    /// <summary>The follow-ups (proactive messages to other users) of the last turn.</summary>
    public IReadOnlyList<ProactiveRequest> FollowUps { get; private set; } = [];

    /// <summary>The full result of the last turn.</summary>
    public TurnResult Last { get; private set; } = TurnResult.Empty(TurnStatus.Handled);

    /// <summary>The conversation service with every feature handler, as the host wires it.</summary>
    public static ConversationService Build(InMemoryConversationStore store, InMemoryPlaybookStore playbook, InMemoryRoster roster, FixedRoles roles, TimeProvider time)
    {
        var content = TestContent.Catalog;
        var engine = new DrillEngine(content, new AnswerScorer());
        var help = new HelpHandler(content, roles);
        ICommandHandler[] handlers =
        [
            help,
            new PracticeHandler(engine),
            new RolePlayHandler(engine),
            new DrillControlHandler(engine),
            new ProgressHandler(content),
            new PlaybookHandler(content, playbook, roles),
            new ReviewHandler(content, playbook, roles),
            new NominateHandler(content, playbook, roles, roster, store),
            new ForgetMeHandler(),
            new ScoreDetailsHandler(store),
            new NoRhythmHandler(),
        ];
        var router = new TurnRouter(handlers, engine, help, new DrillAnswerHandler(engine, playbook));
        return new ConversationService(router, help, content, store, time, store);
    }

    public static UserKey User(string id) => new("local", "local", id);

    public static ConversationReference Reference(string id) => new() { Channel = "local", TenantId = "local", ChannelUserId = id, ConversationId = id };

    public static InboundTurn Turn(string user, string? text = null, ActionInvocation? action = null, string? messageId = null) => new()
    {
        User = User(user),
        Reference = Reference(user),
        UserName = user,
        Text = text,
        Action = action,
        MessageId = messageId,
    };

    public async Task<IReadOnlyList<OutboundMessage>> SendAsync(string user, string text) => (await RunAsync(Turn(user, text))).Replies;

    public async Task<IReadOnlyList<OutboundMessage>> PressAsync(string user, MessageAction action, string? sourceMessageId = null) =>
        (await RunAsync(Turn(user, action: new ActionInvocation(action.Id, action.Data) { SourceMessageId = sourceMessageId }))).Replies;

    public async Task<TurnResult> RunAsync(InboundTurn turn)
    {
        var handled = await Service.HandleAsync(turn, CancellationToken.None);
        FollowUps = handled.FollowUps;
        Last = handled.Result;
        return handled.Result;
    }

    public static string AllText(IReadOnlyList<OutboundMessage> replies) => string.Join("\n", replies.Select(PlainText.Render));
}
