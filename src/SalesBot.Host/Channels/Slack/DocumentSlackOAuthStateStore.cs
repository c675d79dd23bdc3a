using System.Text.Json;
using SalesBot.Host.Storage;
using SalesBot.Slack.Installations;

namespace SalesBot.Host.Channels.Slack;

/// <summary>
/// Used OAuth install states on the document store: using a state creates the document <c>state-{nonce}</c> in partition
/// <c>slack-oauth-states</c> if it is absent (create-if-absent is atomic on SQLite and Cosmos DB), with a time to live
/// that ends when the state expires. A second use, on this or any other instance sharing the store, finds it taken and is
/// refused as a replay.
/// </summary>
internal sealed class DocumentSlackOAuthStateStore(IDocumentStore documents, TimeProvider time) : ISlackOAuthStateStore
{
    internal const string Partition = "slack-oauth-states";
    internal const string DocumentType = "slack-oauth-state";

    /// <summary>Kept a little past the state's expiry, so clock skew between instances can't reopen the window.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);

    public async Task<bool> TryUseAsync(string nonce, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(nonce);
        var now = time.GetUtcNow();
        var body = JsonSerializer.Serialize(new UsedOAuthState(now, expiresAt), SlackStorageJsonContext.Default.UsedOAuthState);
        var lifetime = (expiresAt - now) + Margin;
        try
        {
            await documents.CreateAsync(new DocumentWrite(Partition, "state-" + nonce, DocumentType, body, lifetime > Margin ? lifetime : Margin), cancellationToken);
            return true;
        }
        catch (DocumentStoreException ex) when (ex.Failure == DocumentFailure.AlreadyExists)
        {
            return false;
        }
    }
}
