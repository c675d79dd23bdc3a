using System.Text.Json;
using SalesBot.Core.Messaging;
using SalesBot.Core.Storage;

namespace SalesBot.Host.Storage;

/// <summary>
/// Everything SalesBot keeps about one user, exported as JSON or erased ("forget me", the admin endpoints). The user's
/// partition (state, transcripts, sessions, local inbox and anything else a feature keeps there) is read or deleted
/// whole; the tenant partition holds their roster entry and playbook entries (pending/rejected nominations deleted,
/// approved answers anonymised); <see cref="IUserDataContributor"/>s add what other features keep elsewhere. The caller
/// holds the user's lock, so no turn of theirs runs meanwhile.
/// </summary>
internal sealed partial class UserDataService(
    IDocumentStore documents,
    DocumentPlaybookStore playbook,
    IEnumerable<IUserDataContributor> contributors,
    TurnStateCache turnStates,
    TimeProvider time,
    ILogger<UserDataService> logger)
    : IUserDataEraser
{
    private const int MaxPasses = 5;

    public async Task<ErasureReport> EraseAsync(UserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var deleted = 0;

        // Tenant partition first, the user's own partition last (the state document at the very end): a crash midway
        // leaves the state in place, so "forget me" (or the admin delete) can simply run again.
        if (await documents.DeleteAsync(StoragePartitions.Tenant(user.TenantKey), DocumentRosterStore.IdFor(user), cancellationToken))
        {
            deleted++;
        }

        var (playbookDeleted, anonymised) = await playbook.EraseUserAsync(user, cancellationToken);
        deleted += playbookDeleted;
        foreach (var contributor in contributors)
        {
            deleted += await contributor.EraseAsync(user, cancellationToken);
        }

        deleted += await ErasePartitionAsync(StoragePartitions.User(user), cancellationToken);
        turnStates.Remove(user);
        LogErased(logger, deleted, anonymised);
        return new ErasureReport(deleted, anonymised);
    }

    /// <summary>Writes the user's data as one JSON object: <c>{ user, exportedAt, documents: [{ partitionKey, id, type, updatedAt, body }] }</c>.</summary>
    public async Task ExportAsync(UserKey user, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(output);
        var found = new List<StoredDocument>(await documents.QueryPartitionAsync(StoragePartitions.User(user), cancellationToken));
        var tenant = StoragePartitions.Tenant(user.TenantKey);
        if (await documents.ReadAsync(tenant, DocumentRosterStore.IdFor(user), cancellationToken) is { } rosterEntry)
        {
            found.Add(rosterEntry);
        }

        foreach (var entry in await documents.QueryAsync(tenant, DocumentPlaybookStore.EntryType, cancellationToken))
        {
            var parsed = JsonSerializer.Deserialize(entry.Body, StorageJson.PlaybookEntry)!;
            if (parsed.Seller == user || parsed.ReviewedBy == user)
            {
                found.Add(entry);
            }
        }

        foreach (var contributor in contributors)
        {
            found.AddRange(await contributor.ExportAsync(user, cancellationToken));
        }

        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteStartObject("user");
        writer.WriteString("channel", user.Channel);
        writer.WriteString("tenantId", user.TenantId);
        writer.WriteString("userId", user.UserId);
        writer.WriteEndObject();
        writer.WriteString("exportedAt", time.GetUtcNow());
        writer.WriteStartArray("documents");
        foreach (var document in found)
        {
            writer.WriteStartObject();
            writer.WriteString("partitionKey", document.PartitionKey);
            writer.WriteString("id", document.Id);
            writer.WriteString("type", document.Type);
            writer.WriteString("updatedAt", document.UpdatedAt);
            writer.WritePropertyName("body");
            writer.WriteRawValue(document.Body, skipInputValidation: false);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>Deletes every document of a partition, in atomic batches, the state document last; re-reads when something vanished meanwhile (expiry).</summary>
    private async Task<int> ErasePartitionAsync(string partition, CancellationToken cancellationToken)
    {
        var deleted = 0;
        for (var pass = 1; pass <= MaxPasses; pass++)
        {
            var found = await documents.QueryPartitionAsync(partition, cancellationToken);
            if (found.Count == 0)
            {
                return deleted;
            }

            var ordered = found
                .OrderBy(d => d.Id == DocumentConversationStore.StateId ? 1 : 0)
                .Select(d => DocumentOperation.Delete(d.Id))
                .ToList();
            try
            {
                foreach (var chunk in ordered.Chunk(DocumentBatch.MaxOperations))
                {
                    await documents.CommitBatchAsync(partition, chunk, cancellationToken);
                    deleted += chunk.Length;
                }
            }
            catch (DocumentStoreException ex) when (ex.Failure == DocumentFailure.NotFound && pass < MaxPasses)
            {
                // A transcript expired between the query and the delete: read what is left and go on.
            }
        }

        return deleted;
    }

    [LoggerMessage(EventId = 210, Level = LogLevel.Information, Message = "Erased a user's data: {Deleted} documents deleted, {Anonymised} playbook entries anonymised")]
    private static partial void LogErased(ILogger logger, int deleted, int anonymised);
}
