using System.Text.Json;
using SalesBot.Core.Messaging;

namespace SalesBot.Host.Storage;

/// <summary>
/// The tenant roster on any <see cref="IDocumentStore"/>: one small document per user, in the tenant's partition
/// (<c>tenant|{channel}:{tenant}</c>, id <c>roster-{userId}</c>, type <c>roster-entry</c>). Per-user documents rather than
/// one document per tenant: installs of many users at once never contend on one ETag, and a document's size doesn't
/// grow with the tenant. Listing a tenant is one query in one partition.
/// </summary>
internal sealed class DocumentRosterStore(IDocumentStore documents) : IConversationReferenceStore
{
    internal const string EntryType = "roster-entry";

    public static string IdFor(UserKey user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return $"roster-{user.UserId}";
    }

    public async Task UpsertAsync(RosterEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await documents.UpsertAsync(
            new DocumentWrite(StoragePartitions.Tenant(entry.User.TenantKey), IdFor(entry.User), EntryType, JsonSerializer.Serialize(entry, StorageJson.Roster)),
            cancellationToken);
    }

    public async Task<RosterEntry?> GetAsync(UserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var stored = await documents.ReadAsync(StoragePartitions.Tenant(user.TenantKey), IdFor(user), cancellationToken);
        return stored is null || stored.Type != EntryType ? null : JsonSerializer.Deserialize(stored.Body, StorageJson.Roster);
    }

    public async Task<IReadOnlyList<RosterEntry>> ListAsync(string tenantKey, CancellationToken cancellationToken)
    {
        var stored = await documents.QueryAsync(StoragePartitions.Tenant(tenantKey), EntryType, cancellationToken);
        return stored.Select(d => JsonSerializer.Deserialize(d.Body, StorageJson.Roster)!).ToList();
    }
}
