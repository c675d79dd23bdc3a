using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Slack.Api;

namespace SalesBot.Slack.Tests.Support;

/// <summary>
/// Records every delay the Slack layer asks for and completes it at once, advancing the fake clock by the same amount,
/// so "wait for Retry-After" or "back off 2 s" is observable and instant.
/// </summary>
public sealed class RecordingDelay(FakeTimeProvider? time = null) : ISlackDelay
{
    private readonly ConcurrentQueue<TimeSpan> _delays = new();

    public IReadOnlyList<TimeSpan> Delays => [.. _delays];

    /// <summary>When set, each delay waits for this gate (lets a test hold a reconnect loop still).</summary>
    public Func<TimeSpan, CancellationToken, Task>? Gate { get; set; }

    public async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _delays.Enqueue(delay);
        if (Gate is { } gate)
        {
            await gate(delay, cancellationToken);
        }

        time?.Advance(delay);
    }
}
