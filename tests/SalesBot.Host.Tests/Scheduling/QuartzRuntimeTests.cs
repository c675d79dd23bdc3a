using Microsoft.Extensions.Time.Testing;
using SalesBot.Core.Messaging;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Scheduling;

/// <summary>The scheduling runtime end to end: chat setup → due index → Quartz one-shot trigger on a fake clock → dispatcher → ledger → channel.</summary>
public sealed class QuartzRuntimeTests
{
    [Fact]
    public async Task TeamNudge_SetInChat_ArrivesAtEachMembersLocalTime_ThroughQuartz()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero)); // Monday
        await using var host = await RhythmHost.StartAsync(time);
        await RhythmSetup.TeamAsync(host, "manager", "Europe/Berlin", ("alice", "Europe/Berlin"), ("bob", "America/New_York"));
        var set = await host.SayAsync("manager", "nudges tuesday 09:00");
        Assert.Contains("Weekly habit nudge set", PlainText.Render(set.Replies[0]), StringComparison.Ordinal);
        var before = host.Messenger.Deliveries.Count;
        var driver = await SchedulerDriver.ForAsync(host);

        await driver.RunUntilAsync(new DateTimeOffset(2026, 3, 3, 23, 0, 0, TimeSpan.Zero));

        var nudges = host.Messenger.Deliveries.Skip(before).Where(d => d.Messages.Any(m => m.Title?.StartsWith("This week's habit", StringComparison.Ordinal) == true)).ToList();
        // Manager and Alice (Berlin) at the same instant, in either order; Bob (New York) six hours later.
        Assert.Equal(3, nudges.Count);
        Assert.Equal(["alice", "manager"], nudges.Take(2).Select(n => n.Reference.ChannelUserId).Order(StringComparer.Ordinal));
        Assert.Equal("bob", nudges[2].Reference.ChannelUserId);
        var sentAt = nudges.Select(n => n.Result.MessageIds.Count).ToList();
        Assert.All(sentAt, c => Assert.Equal(1, c));
    }
}
