using System.Text.Json;
using SalesBot.Core.Messaging;
using SalesBot.Core.Playbook;
using SalesBot.Core.Storage;

namespace SalesBot.Host.Storage;

/// <summary>
/// The team playbook on any <see cref="IDocumentStore"/>, in the tenant's partition: one document per nominated entry
/// (any status), plus one <see cref="ApprovedPlaybook"/> summary per category holding only the best approved entries.
/// Every change that moves an entry into or out of a summary writes the entry and the summary in one atomic batch (same
/// partition), so they never disagree. The drill path reads only the summary (one point read, usually served from
/// <see cref="ApprovedPlaybookCache"/>); pending and rejected entries are read only by the review and overview commands.
/// </summary>
internal sealed class DocumentPlaybookStore(IDocumentStore documents, ApprovedPlaybookCache cache) : IPlaybookStore
{
    internal const string EntryType = "playbook-entry";
    internal const string SummaryType = "playbook-approved";

    /// <summary>The seller id an erased seller's approved answers are kept under (no channel user id contains '~').</summary>
    internal const string ErasedUserId = "~erased";

    private const int MaxAttempts = 5;

    public static string PartitionFor(string tenantKey) => StoragePartitions.Tenant(tenantKey);

    public static string SummaryIdFor(string categoryId) => $"approved-{categoryId}";

    public async Task<bool> TryAddAsync(PlaybookEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            if (entry.Status == PlaybookStatus.Approved)
            {
                await ChangeAsync(entry, DocumentOperation.Create(Write(entry)), cancellationToken);
            }
            else
            {
                await documents.CreateAsync(Write(entry), cancellationToken);
            }

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
            : new StoredPlaybookEntry(JsonSerializer.Deserialize(stored.Body, StorageJson.PlaybookEntry)!, stored.ETag);
    }

    public async Task ReplaceAsync(PlaybookEntry entry, string expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            await ChangeAsync(entry, DocumentOperation.Replace(Write(entry), expectedETag), cancellationToken);
        }
        catch (DocumentStoreException ex)
        {
            throw new ConcurrencyConflictException($"Playbook entry {entry.Id} changed since it was read.", ex);
        }
    }

    public async Task<IReadOnlyList<PlaybookEntry>> ListAsync(string tenantKey, CancellationToken cancellationToken)
    {
        var stored = await documents.QueryAsync(PartitionFor(tenantKey), EntryType, cancellationToken);
        return stored.Select(d => JsonSerializer.Deserialize(d.Body, StorageJson.PlaybookEntry)!).ToList();
    }

    public async Task<IReadOnlyList<PlaybookEntry>> GetApprovedAsync(string tenantKey, string categoryId, CancellationToken cancellationToken)
    {
        if (cache.TryGet(tenantKey, categoryId, out var cached))
        {
            return cached;
        }

        // No summary yet means nothing approved in this category (the first approval creates it).
        var stored = await documents.ReadAsync(PartitionFor(tenantKey), SummaryIdFor(categoryId), cancellationToken);
        var entries = stored is null ? [] : JsonSerializer.Deserialize(stored.Body, StorageJson.ApprovedPlaybook)!.Entries;
        cache.Set(tenantKey, categoryId, entries);
        return entries;
    }

    /// <summary>
    /// Takes a user out of the tenant's playbook ("forget me"): their pending and rejected nominations are deleted, their
    /// approved answers stay without their identity (seller <see cref="ErasedUserId"/>, no name), and their name comes
    /// off entries they reviewed. Summaries follow in the same batches. Returns (deleted, anonymised).
    /// </summary>
    public async Task<(int Deleted, int Anonymised)> EraseUserAsync(UserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var partition = PartitionFor(user.TenantKey);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await documents.QueryAsync(partition, EntryType, cancellationToken);
            var entries = stored.Select(d => (Entry: JsonSerializer.Deserialize(d.Body, StorageJson.PlaybookEntry)!, d.ETag)).ToList();
            var operations = new List<DocumentOperation>();
            var after = new List<PlaybookEntry>();
            var categories = new HashSet<string>(StringComparer.Ordinal);
            int deleted = 0, anonymised = 0;
            foreach (var (entry, etag) in entries)
            {
                var changed = entry;
                if (entry.Seller == user)
                {
                    if (entry.Status != PlaybookStatus.Approved)
                    {
                        operations.Add(DocumentOperation.Delete(entry.Id, etag));
                        categories.Add(entry.CategoryId);
                        deleted++;
                        continue;
                    }

                    changed = changed with { Seller = user with { UserId = ErasedUserId }, SellerName = null };
                }

                if (entry.ReviewedBy == user)
                {
                    changed = changed with { ReviewedBy = null, ReviewedByName = null };
                }

                if (changed != entry)
                {
                    operations.Add(DocumentOperation.Replace(Write(changed), etag));
                    categories.Add(entry.CategoryId);
                    anonymised++;
                }

                after.Add(changed);
            }

            foreach (var category in categories)
            {
                var summary = await documents.ReadAsync(partition, SummaryIdFor(category), cancellationToken);
                var next = new ApprovedPlaybook
                {
                    CategoryId = category,
                    Entries = ApprovedPlaybook.Best(after.Where(e => e.Status == PlaybookStatus.Approved && e.CategoryId == category)),
                };
                var write = new DocumentWrite(partition, SummaryIdFor(category), SummaryType, JsonSerializer.Serialize(next, StorageJson.ApprovedPlaybook));
                operations.Add(summary is null ? DocumentOperation.Create(write) : DocumentOperation.Replace(write, summary.ETag));
            }

            try
            {
                // Usually one batch; a huge playbook is written in chunks (each all or nothing; a retry finds what is left).
                foreach (var chunk in operations.Chunk(DocumentBatch.MaxOperations))
                {
                    await documents.CommitBatchAsync(partition, chunk, cancellationToken);
                }
            }
            catch (DocumentStoreException) when (attempt < MaxAttempts)
            {
                // A manager decided something at the same moment: read again and redo what is left.
                continue;
            }
            finally
            {
                foreach (var category in categories)
                {
                    cache.Forget(user.TenantKey, category);
                }
            }

            return (deleted, anonymised);
        }
    }

    /// <summary>
    /// Writes an entry (<paramref name="entryOperation"/>: create or replace) and, when that changes what its category's
    /// summary holds, the summary in the same batch. Retries when only the summary moved meanwhile.
    /// </summary>
    private async Task ChangeAsync(PlaybookEntry entry, DocumentOperation entryOperation, CancellationToken cancellationToken)
    {
        var partition = PartitionFor(entry.TenantKey);
        var summaryId = SummaryIdFor(entry.CategoryId);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await documents.ReadAsync(partition, summaryId, cancellationToken);
            var current = stored is null
                ? new ApprovedPlaybook { CategoryId = entry.CategoryId, Entries = await ApprovedFromEntriesAsync(entry, cancellationToken) }
                : JsonSerializer.Deserialize(stored.Body, StorageJson.ApprovedPlaybook)!;
            var next = current.With(entry);
            if (next.SameAs(current) && (stored is not null || next.Entries.Count == 0))
            {
                await documents.CommitBatchAsync(partition, [entryOperation], cancellationToken);
                return;
            }

            var write = new DocumentWrite(partition, summaryId, SummaryType, JsonSerializer.Serialize(next, StorageJson.ApprovedPlaybook));
            try
            {
                await documents.CommitBatchAsync(
                    partition,
                    [entryOperation, stored is null ? DocumentOperation.Create(write) : DocumentOperation.Replace(write, stored.ETag)],
                    cancellationToken);
                cache.Set(entry.TenantKey, entry.CategoryId, next.Entries);
                return;
            }
            catch (DocumentStoreException ex) when (ex.OperationIndex == 1 && attempt < MaxAttempts)
            {
                // Another decision in this category landed first: read the summary again.
            }
        }
    }

    /// <summary>A category without a summary yet: its approved entries as stored (entries approved before summaries existed), minus the one changing.</summary>
    private async Task<IReadOnlyList<PlaybookEntry>> ApprovedFromEntriesAsync(PlaybookEntry changing, CancellationToken cancellationToken) =>
        ApprovedPlaybook.Best((await ListAsync(changing.TenantKey, cancellationToken))
            .Where(e => e.Status == PlaybookStatus.Approved && e.CategoryId == changing.CategoryId && e.Id != changing.Id));

    private static DocumentWrite Write(PlaybookEntry entry) =>
        new(PartitionFor(entry.TenantKey), entry.Id, EntryType, JsonSerializer.Serialize(entry, StorageJson.PlaybookEntry));
}
