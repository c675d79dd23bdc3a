using SalesBot.Host.Channels.Pipeline;

namespace SalesBot.Host.Tests.Pipeline;

public sealed class KeyedLockTests
{
    [Fact]
    public async Task SameKey_WaitsForTheHolder_OtherKeysDoNot()
    {
        var locks = new KeyedLock();
        var first = await locks.AcquireAsync("alice", CancellationToken.None);

        var second = locks.AcquireAsync("alice", CancellationToken.None);
        var other = locks.AcquireAsync("bob", CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully);
        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second).Dispose();
        (await other).Dispose();
    }

    [Fact]
    public async Task Entries_AreRemovedWhenNobodyHoldsThem()
    {
        var locks = new KeyedLock();

        using (await locks.AcquireAsync("alice", CancellationToken.None))
        {
            Assert.Equal(1, locks.Count);
        }

        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task CancelledWaiter_LeavesNoEntryBehind()
    {
        var locks = new KeyedLock();
        var held = await locks.AcquireAsync("alice", CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = locks.AcquireAsync("alice", cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();
        Assert.Equal(0, locks.Count);
    }
}
