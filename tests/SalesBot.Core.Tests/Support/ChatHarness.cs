using Microsoft.Extensions.Time.Testing;
using SalesBot.Core.Conversations;
using SalesBot.Core.Drills;
using SalesBot.Core.Scoring;

namespace SalesBot.Core.Tests.Support;

/// <summary>A TestFlow-style harness: send text or press buttons as a user and read the bot's replies.</summary>
internal sealed class ChatHarness
{
    public ChatHarness(params string[] managers)
    {
        Store = new InMemoryConversationStore();
        Playbook = new InMemoryPlaybookStore();
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        Service = new ConversationService(new DrillEngine(TestContent.Catalog, new AnswerScorer()), Store, Playbook, new FixedRoles(managers), Time);
    }

    public InMemoryConversationStore Store { get; }

    public InMemoryPlaybookStore Playbook { get; }

    public FakeTimeProvider Time { get; }

    public ConversationService Service { get; }

    public static UserKey User(string id) => new("local", "local", id);

    public async Task<IReadOnlyList<OutboundMessage>> SendAsync(string user, string text) =>
        (await Service.HandleAsync(new InboundTurn { User = User(user), UserName = user, ConversationId = user, Text = text }, CancellationToken.None)).Replies;

    public async Task<IReadOnlyList<OutboundMessage>> PressAsync(string user, MessageAction action) =>
        (await Service.HandleAsync(new InboundTurn { User = User(user), UserName = user, ConversationId = user, Action = new ActionInvocation(action.Id, action.Data) }, CancellationToken.None)).Replies;

    public static string AllText(IReadOnlyList<OutboundMessage> replies) => string.Join("\n", replies.Select(PlainText.Render));
}
