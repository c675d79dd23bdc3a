using System.Text;

namespace SalesBot.Host.Storage;

/// <summary>
/// Counts what goes to a store: round trips (every call is one request to the store: a point read, a query, a write, a
/// batch), by kind, and the body bytes written and read. Tests use it to hold each turn kind to its round-trip budget;
/// the benchmark reports it per turn kind. Not registered by default (it costs a UTF-8 count per body).
/// </summary>
internal sealed class MeteredDocumentStore(IDocumentStore inner, Action<DocumentWrite>? onWrite = null) : IDocumentStore
{
    private long _reads;
    private long _queries;
    private long _writes;
    private long _batches;
    private long _bytesWritten;
    private long _bytesRead;

    public IDocumentStore Inner => inner;

    /// <summary>The counters so far; subtract two snapshots for what happened in between.</summary>
    public StoreMeter Snapshot() => new(
        Interlocked.Read(ref _reads),
        Interlocked.Read(ref _queries),
        Interlocked.Read(ref _writes),
        Interlocked.Read(ref _batches),
        Interlocked.Read(ref _bytesWritten),
        Interlocked.Read(ref _bytesRead));

    public async Task<StoredDocument?> ReadAsync(string partitionKey, string id, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        var read = await inner.ReadAsync(partitionKey, id, cancellationToken);
        if (read is not null)
        {
            Interlocked.Add(ref _bytesRead, Encoding.UTF8.GetByteCount(read.Body));
        }

        return read;
    }

    public async Task<IReadOnlyList<StoredDocument>> QueryAsync(string partitionKey, string type, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _queries);
        var found = await inner.QueryAsync(partitionKey, type, cancellationToken);
        Interlocked.Add(ref _bytesRead, found.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Body)));
        return found;
    }

    public async Task<IReadOnlyList<StoredDocument>> QueryPartitionAsync(string partitionKey, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _queries);
        var found = await inner.QueryPartitionAsync(partitionKey, cancellationToken);
        Interlocked.Add(ref _bytesRead, found.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Body)));
        return found;
    }

    public Task<StoredDocument> CreateAsync(DocumentWrite document, CancellationToken cancellationToken)
    {
        Written(document);
        return inner.CreateAsync(document, cancellationToken);
    }

    public Task<StoredDocument> ReplaceAsync(DocumentWrite document, string ifMatch, CancellationToken cancellationToken)
    {
        Written(document);
        return inner.ReplaceAsync(document, ifMatch, cancellationToken);
    }

    public Task<StoredDocument> UpsertAsync(DocumentWrite document, CancellationToken cancellationToken)
    {
        Written(document);
        return inner.UpsertAsync(document, cancellationToken);
    }

    public Task<bool> DeleteAsync(string partitionKey, string id, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _writes);
        return inner.DeleteAsync(partitionKey, id, cancellationToken);
    }

    public Task<IReadOnlyList<StoredDocument?>> CommitBatchAsync(string partitionKey, IReadOnlyList<DocumentOperation> operations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operations);
        Interlocked.Increment(ref _batches);
        foreach (var operation in operations)
        {
            if (operation.Document is { } document)
            {
                Interlocked.Add(ref _bytesWritten, Encoding.UTF8.GetByteCount(document.Body));
                onWrite?.Invoke(document);
            }
        }

        return inner.CommitBatchAsync(partitionKey, operations, cancellationToken);
    }

    public Task CheckAsync(CancellationToken cancellationToken) => inner.CheckAsync(cancellationToken);

    private void Written(DocumentWrite document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Interlocked.Increment(ref _writes);
        Interlocked.Add(ref _bytesWritten, Encoding.UTF8.GetByteCount(document.Body));
        onWrite?.Invoke(document);
    }
}
