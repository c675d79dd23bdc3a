using System.Collections.Concurrent;

namespace SalesBot.Slack.Installations;

/// <summary>Used OAuth states in process memory (one instance, or tests); expired entries are dropped as new ones arrive.</summary>
public sealed class InMemorySlackOAuthStateStore(TimeProvider time) : ISlackOAuthStateStore
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _used = new(StringComparer.Ordinal);

    public Task<bool> TryUseAsync(string nonce, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(nonce);
        var now = time.GetUtcNow();
        foreach (var (key, until) in _used)
        {
            if (until < now)
            {
                _used.TryRemove(key, out _);
            }
        }

        return Task.FromResult(_used.TryAdd(nonce, expiresAt));
    }
}
