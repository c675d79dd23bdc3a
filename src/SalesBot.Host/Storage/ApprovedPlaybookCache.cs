using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using SalesBot.Core.Playbook;

namespace SalesBot.Host.Storage;

/// <summary>
/// The approved playbook per tenant and category, kept in memory for <see cref="StorageOptions.PlaybookCacheSeconds"/>:
/// most drill answers then read no playbook at all, and a big tenant's drills don't all hit its partition. A decision
/// made by this process replaces the cached value at once; one made by another instance shows here within the cache
/// time. Bounded: past <see cref="MaxEntries"/> tenant-categories it starts over.
/// </summary>
internal sealed class ApprovedPlaybookCache(IOptions<StorageOptions> options, TimeProvider time)
{
    public const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<(string Tenant, string Category), (IReadOnlyList<PlaybookEntry> Entries, DateTimeOffset Until)> _entries = new();
    private readonly TimeSpan _lifetime = TimeSpan.FromSeconds(options.Value.PlaybookCacheSeconds);

    public bool TryGet(string tenantKey, string categoryId, out IReadOnlyList<PlaybookEntry> entries)
    {
        if (_entries.TryGetValue((tenantKey, categoryId), out var cached) && cached.Until > time.GetUtcNow())
        {
            entries = cached.Entries;
            return true;
        }

        entries = [];
        return false;
    }

    public void Set(string tenantKey, string categoryId, IReadOnlyList<PlaybookEntry> entries)
    {
        if (_lifetime <= TimeSpan.Zero)
        {
            return;
        }

        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[(tenantKey, categoryId)] = (entries, time.GetUtcNow() + _lifetime);
    }

    public void Forget(string tenantKey, string categoryId) => _entries.TryRemove((tenantKey, categoryId), out _);
}
