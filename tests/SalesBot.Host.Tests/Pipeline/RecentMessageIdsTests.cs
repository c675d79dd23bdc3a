using Microsoft.Extensions.Time.Testing;
using SalesBot.Core.Messaging;
using SalesBot.Core.Users;
using SalesBot.Host.Channels.Pipeline;

namespace SalesBot.Host.Tests.Pipeline;

public sealed class RecentMessageIdsTests
{
    private static readonly UserKey Alice = new("teams", "t1", "alice");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AnIdSeenBefore_IsRefused_PerUser()
    {
        var recent = new RecentMessageIds(100, _time);

        Assert.True(recent.TryAdd(Alice, "m1"));
        Assert.False(recent.TryAdd(Alice, "m1"));
        Assert.True(recent.TryAdd(Alice with { UserId = "bob" }, "m1"));
    }

    [Fact]
    public void Ids_ExpireAfterTheWindow()
    {
        var recent = new RecentMessageIds(100, _time);
        recent.TryAdd(Alice, "m1");

        _time.Advance(ProcessedMessage.Window);

        Assert.True(recent.TryAdd(Alice, "m1"));
    }

    [Fact]
    public void TheOldestIds_AreDroppedBeyondTheCapacity()
    {
        var recent = new RecentMessageIds(3, _time);
        foreach (var id in new[] { "m1", "m2", "m3", "m4" })
        {
            Assert.True(recent.TryAdd(Alice, id));
        }

        Assert.True(recent.TryAdd(Alice, "m1"));
        Assert.False(recent.TryAdd(Alice, "m4"));
    }

    [Fact]
    public void ARemovedId_IsAcceptedAgain()
    {
        var recent = new RecentMessageIds(100, _time);
        recent.TryAdd(Alice, "m1");

        recent.Remove(Alice, "m1");

        Assert.True(recent.TryAdd(Alice, "m1"));
        Assert.False(recent.TryAdd(Alice, "m1"));
    }
}
