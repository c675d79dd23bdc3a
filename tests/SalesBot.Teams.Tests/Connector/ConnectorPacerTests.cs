using Microsoft.Extensions.Time.Testing;
using SalesBot.Teams.Connector;

namespace SalesBot.Teams.Tests.Connector;

public sealed class ConnectorPacerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Reserve_AllowsSevenPerConversationAtOnce_ThenSpacesThem()
    {
        var pacer = new ConnectorPacer(_time, 7, 50);

        var waits = Enumerable.Range(0, 9).Select(_ => pacer.Reserve("t", "a:1")).ToList();

        Assert.All(waits.Take(7), w => Assert.Equal(TimeSpan.Zero, w));
        Assert.Equal(TimeSpan.FromTicks(TimeSpan.TicksPerSecond / 7), waits[7]);
        Assert.Equal(TimeSpan.FromTicks(2 * (TimeSpan.TicksPerSecond / 7)), waits[8]);
    }

    [Fact]
    public void Reserve_RecoversAfterASecond()
    {
        var pacer = new ConnectorPacer(_time, 7, 50);
        for (var i = 0; i < 7; i++)
        {
            pacer.Reserve("t", "a:1");
        }

        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.Zero, pacer.Reserve("t", "a:1"));
    }

    [Fact]
    public void Reserve_LimitsTheTenantAcrossConversations()
    {
        var pacer = new ConnectorPacer(_time, 7, 50);

        var waits = Enumerable.Range(0, 51).Select(i => pacer.Reserve("t", $"a:{i}")).ToList();

        Assert.All(waits.Take(50), w => Assert.Equal(TimeSpan.Zero, w));
        Assert.True(waits[50] > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, pacer.Reserve("other-tenant", "a:0"));
    }

    [Fact]
    public async Task WaitAsync_CompletesWhenTheClockReachesTheSlot()
    {
        var pacer = new ConnectorPacer(_time, 1, 50);
        await pacer.WaitAsync("t", "a:1", default);

        var second = pacer.WaitAsync("t", "a:1", default);
        Assert.False(second.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        await second;
    }
}
