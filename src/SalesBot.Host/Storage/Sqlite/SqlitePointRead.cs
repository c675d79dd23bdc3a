namespace SalesBot.Host.Storage.Sqlite;

/// <summary>
/// A point read waiting for the writer's connection (see <see cref="SqliteDocumentStore"/>): served between two write
/// groups from that connection's page cache, which its own commits never invalidate. Continuations run asynchronously.
/// </summary>
internal sealed class SqlitePointRead(string partitionKey, string id, long now)
    : TaskCompletionSource<StoredDocument?>(TaskCreationOptions.RunContinuationsAsynchronously)
{
    public string PartitionKey { get; } = partitionKey;

    public string Id { get; } = id;

    public long Now { get; } = now;
}
