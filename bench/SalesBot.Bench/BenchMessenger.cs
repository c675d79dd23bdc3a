using System.Collections.Concurrent;
using System.Diagnostics;
using SalesBot.Core.Messaging;

namespace SalesBot.Bench;

/// <summary>
/// A rate-limited fake channel for the fan-out benchmark: every send takes <see cref="Latency"/> (a platform round trip)
/// and is recorded with the real time it reached the "platform". It enforces the platform's limits the way the platform
/// does: a send beyond <see cref="PerTenantPerSecond"/> in any one-second window of its tenant, or beyond
/// <see cref="PerConversationPerSecond"/> in its conversation, is answered 429 with Retry-After 1 s and counted; like the
/// real messengers it waits and retries (4 attempts), then reports <see cref="DeliveryStatus.Transient"/> to the runtime.
/// </summary>
internal sealed class BenchMessenger(string channel, double perTenantPerSecond, double perConversationPerSecond, TimeSpan latency) : IChannelMessenger
{
    private readonly ConcurrentDictionary<string, Queue<long>> _windows = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string User, long Timestamp)> _sends = new();
    private const int MaxAttempts = 4;
    private int _throttled;

    public string Channel => channel;

    public double PerTenantPerSecond => perTenantPerSecond;

    public double PerConversationPerSecond => perConversationPerSecond;

    public TimeSpan Latency => latency;

    /// <summary>Sends answered 429 because they exceeded a platform limit.</summary>
    public int Throttled => Volatile.Read(ref _throttled);

    /// <summary>Accepted sends: recipient (channel user id) and <see cref="Stopwatch.GetTimestamp"/> when it was accepted.</summary>
    public IReadOnlyCollection<(string User, long Timestamp)> Sends => _sends;

    /// <summary>Called after each accepted send (the benchmark waits on it for the last recipient).</summary>
    public Action? Accepted { get; set; }

    public async Task<DeliveryResult> SendAsync(ConversationReference reference, IReadOnlyList<OutboundMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(messages);
        for (var attempt = 1; ; attempt++)
        {
            await Task.Delay(latency, cancellationToken);
            var now = Stopwatch.GetTimestamp();
            if (Admit($"t|{reference.TenantId}", perTenantPerSecond, now) && Admit($"c|{reference.TenantId}|{reference.ConversationId}", perConversationPerSecond, now))
            {
                _sends.Enqueue((reference.ChannelUserId, now));
                Accepted?.Invoke();
                return DeliveryResult.Delivered(messages.Select(_ => Guid.NewGuid().ToString("N")).ToList());
            }

            // 429 with Retry-After: 1. The real messengers (Teams connector client, Slack Web API client) wait and retry a
            // few times themselves before reporting a transient failure to the runtime; so does this one.
            Interlocked.Increment(ref _throttled);
            if (attempt == MaxAttempts)
            {
                return new DeliveryResult(DeliveryStatus.Transient) { Detail = "429 Too Many Requests" };
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    public Task<DeliveryResult> UpdateAsync(ConversationReference reference, string channelMessageId, SourceMessageUpdate update, CancellationToken cancellationToken) =>
        Task.FromResult(DeliveryResult.Delivered([channelMessageId]));

    /// <summary>A sliding one-second window: at most ceil(rate) sends in any second (0 = unlimited).</summary>
    private bool Admit(string key, double perSecond, long now)
    {
        if (perSecond <= 0)
        {
            return true;
        }

        var window = _windows.GetOrAdd(key, _ => new Queue<long>());
        lock (window)
        {
            while (window.Count > 0 && Stopwatch.GetElapsedTime(window.Peek(), now) >= TimeSpan.FromSeconds(1))
            {
                window.Dequeue();
            }

            if (window.Count >= Math.Ceiling(perSecond))
            {
                return false;
            }

            window.Enqueue(now);
            return true;
        }
    }
}
