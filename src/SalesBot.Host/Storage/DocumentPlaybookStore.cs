using System.Text.Json;
using SalesBot.Core.Playbook;
using SalesBot.Core.Storage;

namespace SalesBot.Host.Storage;

/// <summary>The team playbook on any <see cref="IDocumentStore"/>: one partition per tenant.</summary>
internal sealed class DocumentPlaybookStore(IDocumentStore documents) : IPlaybookStore
{
    internal const string EntryType = "playbook-entry";

    public static string PartitionFor(string tenantKey) => $"tenant|{tenantKey}";

    public async Task<bool> TryAddAsync(PlaybookEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            await documents.CreateAsync(Write(entry), cancellationToken);
            return true;
        }
        catch (DocumentStoreException ex) when (ex.Failure == DocumentFailure.AlreadyExists)
        {
            return false;
        }
    }

    public async Task<StoredPlaybookEntry?> GetAsync(string tenantKey, string id, CancellationToken cancellationToken)
    {
        var stored = await documents.ReadAsync(PartitionFor(tenantKey), id, cancellationToken);
        return stored is null || stored.Type != EntryType
            ? null
            : new StoredPlaybookEntry(JsonSerializer.Deserialize(stored.Body, StorageJsonContext.Default.PlaybookEntry)!, stored.ETag);
    }

    public async Task ReplaceAsync(PlaybookEntry entry, string expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            await documents.ReplaceAsync(Write(entry), expectedETag, cancellationToken);
        }
        catch (DocumentStoreException ex)
        {
            throw new ConcurrencyConflictException($"Playbook entry {entry.Id} changed since it was read.", ex);
        }
    }

    public async Task<IReadOnlyList<PlaybookEntry>> ListAsync(string tenantKey, CancellationToken cancellationToken)
    {
        var stored = await documents.QueryAsync(PartitionFor(tenantKey), EntryType, cancellationToken);
        return stored.Select(d => JsonSerializer.Deserialize(d.Body, StorageJsonContext.Default.PlaybookEntry)!).ToList();
    }

    private static DocumentWrite Write(PlaybookEntry entry) =>
        new(PartitionFor(entry.TenantKey), entry.Id, EntryType, JsonSerializer.Serialize(entry, StorageJsonContext.Default.PlaybookEntry));
}
