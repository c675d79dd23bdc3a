using System.Collections.Concurrent;
using SalesBot.Core.Messaging;

namespace SalesBot.Host.Storage;

/// <summary>
/// The state document of each recently active user as this process last committed it, with its ETag, so the
/// next turn of that user needn't read it back (<see cref="DocumentConversationStore.LoadForTurnAsync"/>). Sound because
/// a turn only takes effect by committing under that ETag: if anything else changed the state meanwhile (another
/// instance on the same database, an admin delete), the commit fails, the entry is dropped and the turn re-runs on a
/// fresh read. Bounded: past <see cref="MaxEntries"/> users it starts over (the next turn of each reads once).
/// </summary>
internal sealed class TurnStateCache(bool enabled)
{
    public const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<UserKey, Entry> _entries = new();

    public bool TryGet(UserKey user, out string body, out string etag)
    {
        if (enabled && _entries.TryGetValue(user, out var entry))
        {
            (body, etag) = (entry.Body, entry.ETag);
            return true;
        }

        (body, etag) = (string.Empty, string.Empty);
        return false;
    }

    public void Set(UserKey user, string body, string etag)
    {
        if (!enabled)
        {
            return;
        }

        // ContainsKey first: it takes no lock, while Count takes every lock of the dictionary (once per new user only).
        if (!_entries.ContainsKey(user) && _entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[user] = new Entry(body, etag);
    }

    public void Remove(UserKey user) => _entries.TryRemove(user, out _);

    private sealed record Entry(string Body, string ETag);
}
