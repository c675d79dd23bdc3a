using SalesBot.Core.Messaging;

namespace SalesBot.Host.Storage;

/// <summary>
/// The partition keys of the data model (docs/storage.md). Every key starts with the channel and tenant, so no read,
/// query or batch of one tenant can reach another tenant's documents.
/// </summary>
internal static class StoragePartitions
{
    /// <summary>A user's partition: state, transcript entries, session summaries, local inbox (<c>user|channel:tenant:user</c>).</summary>
    public static string User(UserKey user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return $"user|{user}";
    }

    /// <summary>A tenant's partition: roster entries, playbook entries, approved-playbook summaries (<c>tenant|channel:tenant</c>).</summary>
    public static string Tenant(string tenantKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantKey);
        return $"tenant|{tenantKey}";
    }
}
