namespace SalesBot.Slack.Api;

/// <summary>
/// About one message per second per channel (Slack's <c>chat.postMessage</c> guidance), as a token bucket: a short burst
/// (a turn's two or three replies) goes out at once, bulk sends settle at 1/s. Waiters reserve successive slots, so
/// concurrent senders to one channel never jump the queue.
/// </summary>
internal sealed class SlackChannelPacer(TimeProvider time, ISlackDelay delay, int burst)
{
    private const int PruneThreshold = 10_000;
    private readonly Dictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public async Task WaitAsync(string channelKey, CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (_buckets.Count > PruneThreshold)
            {
                Prune(now);
            }

            var bucket = _buckets.TryGetValue(channelKey, out var existing) ? existing : new Bucket(burst, now);
            var tokens = Math.Min(burst, bucket.Tokens + (now - bucket.At).TotalSeconds);
            tokens -= 1;
            wait = tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-tokens);
            _buckets[channelKey] = new Bucket(tokens, now);
        }

        if (wait > TimeSpan.Zero)
        {
            await delay.DelayAsync(wait, cancellationToken);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, bucket) in _buckets.ToList())
        {
            if (bucket.Tokens + (now - bucket.At).TotalSeconds >= burst)
            {
                _buckets.Remove(key);
            }
        }
    }

    private readonly record struct Bucket(double Tokens, DateTimeOffset At);
}
