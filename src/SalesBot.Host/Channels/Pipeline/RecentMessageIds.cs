using SalesBot.Core.Messaging;
using SalesBot.Core.Users;

namespace SalesBot.Host.Channels.Pipeline;

/// <summary>
/// The in-memory fast path of de-duplication: message ids this instance accepted in the last 24 hours (bounded, oldest
/// dropped first). It catches a redelivery that arrives while the first delivery is still queued or running; the durable
/// check (ids committed in the user's state) catches the rest, across restarts and instances.
/// </summary>
internal sealed class RecentMessageIds(int capacity, TimeProvider time)
{
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset At)> _order = new();

    /// <summary>Records the id; false when it was already recorded within the window.</summary>
    public bool TryAdd(UserKey user, string messageId)
    {
        var key = Key(user, messageId);
        var now = time.GetUtcNow();
        lock (_seen)
        {
            Evict(now);
            if (_seen.TryGetValue(key, out var at) && now - at < ProcessedMessage.Window)
            {
                return false;
            }

            _seen[key] = now;
            _order.Enqueue((key, now));
            return true;
        }
    }

    /// <summary>Forgets the id (its turn failed before committing, so a redelivery should run).</summary>
    public void Remove(UserKey user, string messageId)
    {
        lock (_seen)
        {
            _seen.Remove(Key(user, messageId));
        }
    }

    private void Evict(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && (_order.Count >= capacity || now - oldest.At >= ProcessedMessage.Window))
        {
            _order.Dequeue();

            // Only if this queue entry is still the live one (a removed and re-added id has a newer entry).
            if (_seen.TryGetValue(oldest.Key, out var at) && at == oldest.At)
            {
                _seen.Remove(oldest.Key);
            }
        }
    }

    private static string Key(UserKey user, string messageId) => $"{user}\n{ProcessedMessage.Normalize(messageId)}";
}
