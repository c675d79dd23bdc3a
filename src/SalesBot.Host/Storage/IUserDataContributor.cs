using SalesBot.Core.Messaging;

namespace SalesBot.Host.Storage;

/// <summary>
/// Personal data a feature keeps outside the user's partition (e.g. a schedule or delivery ledger in a tenant partition,
/// a Slack installation naming the installer). Register one with <c>services.AddSingleton&lt;IUserDataContributor, …&gt;()</c>
/// and "forget me" and the admin export/delete include it. Documents in the user's own partition need nothing: they are
/// exported and erased with the partition.
/// </summary>
internal interface IUserDataContributor
{
    /// <summary>The user's documents this feature keeps elsewhere, as stored.</summary>
    Task<IReadOnlyList<StoredDocument>> ExportAsync(UserKey user, CancellationToken cancellationToken);

    /// <summary>Deletes (or anonymises) them; returns how many documents were deleted. Idempotent.</summary>
    Task<int> EraseAsync(UserKey user, CancellationToken cancellationToken);
}
