using SalesBot.Core.Playbook;

namespace SalesBot.Core.Storage;

/// <summary>An entry as read, with the ETag a later replace must match.</summary>
public sealed record StoredPlaybookEntry(PlaybookEntry Entry, string ETag);

/// <summary>The team playbook of a tenant.</summary>
public interface IPlaybookStore
{
    /// <summary>Adds the entry; returns false when an entry with that id already exists (nominating twice is harmless).</summary>
    Task<bool> TryAddAsync(PlaybookEntry entry, CancellationToken cancellationToken);

    Task<StoredPlaybookEntry?> GetAsync(string tenantKey, string id, CancellationToken cancellationToken);

    /// <summary>Replaces the entry if its ETag still matches; throws <see cref="ConcurrencyConflictException"/> otherwise.</summary>
    Task ReplaceAsync(PlaybookEntry entry, string expectedETag, CancellationToken cancellationToken);

    /// <summary>Every entry of the tenant, whatever its status (review queue, overview, erasure). Not for the drill path.</summary>
    Task<IReadOnlyList<PlaybookEntry>> ListAsync(string tenantKey, CancellationToken cancellationToken);

    /// <summary>
    /// The approved entries of one category, best first (the drill path: model answers after a round). Stores answer this
    /// from a per-category summary, never by reading pending or rejected entries; the default filters <see cref="ListAsync"/>.
    /// </summary>
    async Task<IReadOnlyList<PlaybookEntry>> GetApprovedAsync(string tenantKey, string categoryId, CancellationToken cancellationToken) =>
        (await ListAsync(tenantKey, cancellationToken))
            .Where(e => e.Status == PlaybookStatus.Approved && e.CategoryId == categoryId)
            .OrderByDescending(e => e.Score)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
}
