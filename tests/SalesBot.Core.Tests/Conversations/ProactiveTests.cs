using SalesBot.Core.Conversations;
using SalesBot.Core.Messaging;
using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Conversations;

/// <summary>The bot speaking first: same load/commit/transcript path as a turn, marked bot-initiated.</summary>
public sealed class ProactiveTests
{
    private readonly ChatHarness _chat = new();

    private static ProactiveRequest Nudge(string user, string? key = null) => new()
    {
        User = ChatHarness.User(user),
        Reason = "nudge",
        Messages = [OutboundMessage.Plain("Price is due again. Ten minutes now?")],
        IdempotencyKey = key,
    };

    [Fact]
    public async Task ToAUserWithoutAReference_IsRefused_AndStoresNothing()
    {
        var result = await _chat.Service.CommitProactiveAsync(Nudge("stranger"), CancellationToken.None);

        Assert.Equal(ProactiveStatus.NoReference, result.Refusal);
        Assert.Null(await _chat.Store.LoadAsync(ChatHarness.User("stranger"), CancellationToken.None));
    }

    [Fact]
    public async Task IsCommittedToTheTranscript_MarkedBotInitiated_InTheUsersSequence()
    {
        await _chat.SendAsync("alice", "practice price");

        var result = await _chat.Service.CommitProactiveAsync(Nudge("alice"), CancellationToken.None);

        Assert.Null(result.Refusal);
        Assert.Equal(ChatHarness.Reference("alice").ChannelUserId, result.Reference!.ChannelUserId);
        var transcript = await _chat.Store.GetTranscriptAsync(ChatHarness.User("alice"), CancellationToken.None);
        Assert.Equal([1L, 2], transcript.Select(e => e.Sequence));
        var entry = transcript[^1];
        Assert.True(entry.BotInitiated);
        Assert.Equal("nudge", entry.Reason);
        Assert.Null(entry.UserText);
        Assert.Equal(["Price is due again. Ten minutes now?"], entry.Replies);
        Assert.Equal(transcript[0].SessionId, entry.SessionId);
        Assert.False(transcript[0].BotInitiated);

        // The drill in flight is untouched: the next message is still the answer.
        var next = await _chat.SendAsync("alice", "We're the best, just buy it.");
        Assert.Equal(MessageKind.Feedback, next[0].Kind);
    }

    [Fact]
    public async Task TheSameIdempotencyKey_IsSentOnce()
    {
        await _chat.SendAsync("alice", "hi");

        var first = await _chat.Service.CommitProactiveAsync(Nudge("alice", "nudge:2026-W45"), CancellationToken.None);
        var retry = await _chat.Service.CommitProactiveAsync(Nudge("alice", "nudge:2026-W45"), CancellationToken.None);
        var nextWeek = await _chat.Service.CommitProactiveAsync(Nudge("alice", "nudge:2026-W46"), CancellationToken.None);

        Assert.Null(first.Refusal);
        Assert.Equal(ProactiveStatus.Duplicate, retry.Refusal);
        Assert.Null(nextWeek.Refusal);
        Assert.Equal(3, (await _chat.Store.GetTranscriptAsync(ChatHarness.User("alice"), CancellationToken.None)).Count);
    }

    [Fact]
    public async Task ToAnInactiveReference_IsRefused()
    {
        await _chat.SendAsync("alice", "hi");
        Assert.True(await _chat.Service.MarkUnreachableAsync(ChatHarness.User("alice"), "recipient-gone: 403", CancellationToken.None));

        var result = await _chat.Service.CommitProactiveAsync(Nudge("alice"), CancellationToken.None);

        Assert.Equal(ProactiveStatus.Inactive, result.Refusal);
        Assert.False(await _chat.Service.MarkUnreachableAsync(ChatHarness.User("alice"), "again", CancellationToken.None));
        var transcript = await _chat.Store.GetTranscriptAsync(ChatHarness.User("alice"), CancellationToken.None);
        Assert.Equal("recipient-gone", transcript[^1].Event);
        Assert.False((await _chat.Roster.GetAsync(ChatHarness.User("alice"), CancellationToken.None))!.Reference.Active);
    }

    [Fact]
    public async Task AComposer_SeesTheFreshState_AndMayDecideToSayNothing()
    {
        await _chat.SendAsync("alice", "practice price");
        var request = Nudge("alice") with
        {
            Compose = (state, _) => state.Session is null ? new ProactiveStep(state, [OutboundMessage.Plain("Time for a drill?")]) : null,
        };

        var whileDrilling = await _chat.Service.CommitProactiveAsync(request, CancellationToken.None);
        await _chat.SendAsync("alice", "stop");
        var afterwards = await _chat.Service.CommitProactiveAsync(request, CancellationToken.None);

        Assert.Equal(ProactiveStatus.Skipped, whileDrilling.Refusal);
        Assert.Equal("Time for a drill?", Assert.Single(afterwards.Messages).Text);
    }

    [Fact]
    public async Task AConcurrentTurn_MakesTheProactiveCommitComposeAgainOnFreshState()
    {
        await _chat.SendAsync("alice", "hi");
        var composed = 0;
        var request = Nudge("alice") with
        {
            Compose = (state, _) =>
            {
                composed++;
                return new ProactiveStep(state with { DisplayName = $"seen {state.Turns} turns" }, [OutboundMessage.Plain("hello")]);
            },
        };
        _chat.Store.BeforeNextCommit = () => _chat.Store.Touch(ChatHarness.User("alice"), s => s with { Turns = s.Turns + 10 });

        await _chat.Service.CommitProactiveAsync(request, CancellationToken.None);

        Assert.Equal(2, composed);
        var state = (await _chat.Store.LoadAsync(ChatHarness.User("alice"), CancellationToken.None))!.State;
        Assert.Equal("seen 11 turns", state.DisplayName);
        Assert.Equal(12, state.Turns);
    }
}
