using SalesBot.Core.Messaging;
using SalesBot.Core.Tests.Support;
using SalesBot.Core.Users;

namespace SalesBot.Core.Tests.Conversations;

/// <summary>A redelivered message (same channel message id) is processed once: the id is committed with the user's state.</summary>
public sealed class DeduplicationTests
{
    private readonly ChatHarness _chat = new();

    [Fact]
    public async Task SameMessageId_IsProcessedOnce()
    {
        var first = await _chat.RunAsync(ChatHarness.Turn("alice", "practice price", messageId: "activity-1"));
        var again = await _chat.RunAsync(ChatHarness.Turn("alice", "practice price", messageId: "activity-1"));

        Assert.Equal(TurnStatus.Handled, first.Status);
        Assert.Equal(TurnStatus.Duplicate, again.Status);
        Assert.Empty(again.Replies);
        Assert.Single(await _chat.Store.GetTranscriptAsync(ChatHarness.User("alice"), CancellationToken.None));
    }

    [Fact]
    public async Task ADuplicateThatLosesTheCommitRace_IsDroppedOnTheReRun()
    {
        await _chat.SendAsync("alice", "hi");

        // Another instance commits the same message between this turn's load and its commit.
        _chat.Store.BeforeNextCommit = () => _chat.Store.Touch(ChatHarness.User("alice"), s => s.WithProcessed("activity-7", _chat.Time.GetUtcNow()));
        var result = await _chat.RunAsync(ChatHarness.Turn("alice", "practice price", messageId: "activity-7"));

        Assert.Equal(TurnStatus.Duplicate, result.Status);
        Assert.Single(await _chat.Store.GetTranscriptAsync(ChatHarness.User("alice"), CancellationToken.None));
    }

    [Fact]
    public async Task TurnsWithoutAMessageId_AreNeverDuplicates()
    {
        await _chat.SendAsync("alice", "help");
        await _chat.SendAsync("alice", "help");

        Assert.Equal(2, (await _chat.Store.GetTranscriptAsync(ChatHarness.User("alice"), CancellationToken.None)).Count);
    }

    [Fact]
    public void ProcessedIds_AreBoundedInNumberAndTime()
    {
        var now = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        var state = UserState.New(ChatHarness.User("alice"), null, now);
        for (var i = 0; i < ProcessedMessage.Capacity + 5; i++)
        {
            state = state.WithProcessed($"m{i}", now);
        }

        Assert.Equal(ProcessedMessage.Capacity, state.Processed.Count);
        Assert.False(state.HasProcessed("m0", now));
        Assert.True(state.HasProcessed($"m{ProcessedMessage.Capacity + 4}", now));
        Assert.False(state.HasProcessed($"m{ProcessedMessage.Capacity + 4}", now + ProcessedMessage.Window));
        Assert.Single(state.WithProcessed("late", now + ProcessedMessage.Window).Processed);
    }

    [Fact]
    public void LongIds_AreStoredAsAHash_AndStillMatch()
    {
        var now = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        var id = "1:" + new string('x', 300);

        var state = UserState.New(ChatHarness.User("alice"), null, now).WithProcessed(id, now);

        Assert.True(state.HasProcessed(id, now));
        Assert.False(state.HasProcessed(id + "y", now));
        Assert.True(state.Processed.Single().Id.Length <= ProcessedMessage.MaxIdLength);
    }
}
