namespace SalesBot.Slack.Api;

/// <summary>Waits on the <see cref="TimeProvider"/>'s clock.</summary>
public sealed class TimeProviderDelay(TimeProvider time) : ISlackDelay
{
    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, time, cancellationToken);
}
