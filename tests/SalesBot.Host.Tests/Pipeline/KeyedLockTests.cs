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
    public async Task Waiters_AreServedInArrivalOrder()
    {
        var locks = new KeyedLock();
        var order = new List<int>();
        var held = await locks.AcquireAsync("alice", CancellationToken.None);

        var waiters = Enumerable.Range(1, 5).Select(async i =>
        {
            using (await locks.AcquireAsync("alice", CancellationToken.None))
            {
                order.Add(i);
            }
        }).ToList();
        held.Dispose();
        await Task.WhenAll(waiters);

        Assert.Equal([1, 2, 3, 4, 5], order);
    }

    [Fact]
    public async Task UserKeys_LockTheSameEntryAsTheirString()
    {
        var locks = new KeyedLock();
        var alice = new SalesBot.Core.Messaging.UserKey("teams", "t1", "alice");
        var held = await locks.AcquireAsync(alice, CancellationToken.None);

        var same = locks.AcquireAsync(alice.ToString(), CancellationToken.None);
        var otherTenant = locks.AcquireAsync(alice with { TenantId = "t2" }, CancellationToken.None);

        Assert.False(same.IsCompleted);
        Assert.True(otherTenant.IsCompletedSuccessfully);
        held.Dispose();
        (await same).Dispose();
        (await otherTenant).Dispose();
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
