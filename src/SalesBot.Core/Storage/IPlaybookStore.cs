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

    Task<IReadOnlyList<PlaybookEntry>> ListAsync(string tenantKey, CancellationToken cancellationToken);
}
