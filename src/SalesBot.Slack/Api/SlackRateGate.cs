using System.Collections.Concurrent;

namespace SalesBot.Slack.Api;

/// <summary>After a 429, pauses one (workspace token, method) pair until its <c>Retry-After</c> has passed.</summary>
internal sealed class SlackRateGate(TimeProvider time, ISlackDelay delay)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _pausedUntil = new(StringComparer.Ordinal);

    public async Task WaitAsync(string key, CancellationToken cancellationToken)
    {
        while (_pausedUntil.TryGetValue(key, out var until))
        {
            var wait = until - time.GetUtcNow();
            if (wait <= TimeSpan.Zero)
            {
                _pausedUntil.TryRemove(new KeyValuePair<string, DateTimeOffset>(key, until));
                return;
            }

            await delay.DelayAsync(wait, cancellationToken);
        }
    }

    public void Pause(string key, TimeSpan retryAfter)
    {
        var until = time.GetUtcNow() + retryAfter;
        _pausedUntil.AddOrUpdate(key, until, (_, existing) => existing > until ? existing : until);
    }
}
