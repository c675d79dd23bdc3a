using SalesBot.Core.Messaging;

namespace SalesBot.Host.Channels.Pipeline;

/// <summary>
/// One async lock per key (per user), so a user's turns run one at a time in this process while different users run in
/// parallel; waiters are served first come, first served. Entries are removed when nobody holds or waits for them. Across
/// instances, ETags keep state consistent. Registered once in DI as <see cref="IUserLocks"/>.
/// </summary>
internal sealed class KeyedLock : IUserLocks
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public Task<IDisposable> AcquireAsync(UserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return AcquireAsync(user.ToString(), cancellationToken);
    }

    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_entries)
        {
            if (!_entries.TryGetValue(key, out entry!))
            {
                entry = new Entry();
                _entries[key] = entry;
            }

            entry.References++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Release(key, entry, held: false);
            throw;
        }

        return new Releaser(this, key, entry);
    }

    internal int Count
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    private void Release(string key, Entry entry, bool held)
    {
        if (held)
        {
            entry.Semaphore.Release();
        }

        lock (_entries)
        {
            if (--entry.References == 0)
            {
                _entries.Remove(key);
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int References { get; set; }
    }

    private sealed class Releaser(KeyedLock owner, string key, Entry entry) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Release(key, entry, held: true);
            }
        }
    }
}
