using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Host.Scheduling;

namespace SalesBot.Host.Tests.Scheduling;

/// <summary>Fan-out pacing: sends are spaced per channel and tenant (and per conversation), on the injected clock.</summary>
public sealed class ChannelPacerTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Teams_FiftyPerSecondPerTenant_SpacesATenantsSends_OtherTenantsRunAlongside()
    {
        var time = new FakeTimeProvider(Start);
        var options = new SchedulingOptions();
        options.Pacing["teams"].PerTenantPerSecond = 50;
        var pacer = new ChannelPacer(Options.Create(options), time);

        var slots = Enumerable.Range(0, 100).Select(i => pacer.WaitAsync("teams", "t1", $"user{i}", CancellationToken.None)).ToList();
        var other = await pacer.WaitAsync("teams", "t2", "user0", CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(990));
        Assert.Equal(50, slots.Count(s => s.IsCompleted)); // the first second: 50 sends, the rest wait
        time.Advance(TimeSpan.FromSeconds(1));

        var results = slots.Select(s => s.Result).ToList();
        Assert.Equal(Start, other);
        Assert.Equal(Start, results[0]);
        Assert.Equal(Start + TimeSpan.FromSeconds(99.0 / 50), results[^1]);
        Assert.All(results.Zip(results.Skip(1)), p => Assert.Equal(TimeSpan.FromMilliseconds(20), p.Second - p.First));
    }

    [Fact]
    public async Task Slack_OnePerSecondPerConversation_AndRetryAfterPausesTheWorkspace()
    {
        var time = new FakeTimeProvider(Start);
        var pacer = new ChannelPacer(Options.Create(new SchedulingOptions()), time);

        var first = await pacer.WaitAsync("slack", "T1", "D1", CancellationToken.None);
        var second = pacer.WaitAsync("slack", "T1", "D1", CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(1));
        pacer.Pause("slack", "T1", Start + TimeSpan.FromSeconds(30));
        var paused = pacer.WaitAsync("slack", "T1", "D2", CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(28));
        Assert.False(paused.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(Start, first);
        Assert.Equal(Start + TimeSpan.FromSeconds(1), await second);
        Assert.Equal(Start + TimeSpan.FromSeconds(30), await paused);
        Assert.Equal(time.GetUtcNow(), await pacer.WaitAsync("local", "local", "alice", CancellationToken.None));
    }
}
