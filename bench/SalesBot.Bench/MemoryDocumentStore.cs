using SalesBot.Host.Storage;

namespace SalesBot.Bench;

/// <summary>
/// A document store in memory (one lock, no expiry, no durability): the floor a turn could reach if storage cost nothing.
/// Only for the benchmark, to show how much of a turn is the store.
/// </summary>
internal sealed class MemoryDocumentStore : IDocumentStore
{
    private readonly Dictionary<(string, string), StoredDocument> _documents = [];
    private readonly Lock _lock = new();

    public Task<StoredDocument?> ReadAsync(string partitionKey, string id, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_documents.GetValueOrDefault((partitionKey, id)));
        }
    }

    public Task<IReadOnlyList<StoredDocument>> QueryAsync(string partitionKey, string type, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<StoredDocument>>(_documents.Values.Where(d => d.PartitionKey == partitionKey && d.Type == type).OrderBy(d => d.Id, StringComparer.Ordinal).ToList());
        }
    }

    public Task<IReadOnlyList<StoredDocument>> QueryPartitionAsync(string partitionKey, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<StoredDocument>>(_documents.Values.Where(d => d.PartitionKey == partitionKey).OrderBy(d => d.Id, StringComparer.Ordinal).ToList());
        }
    }

    public async Task<StoredDocument> CreateAsync(DocumentWrite document, CancellationToken cancellationToken) =>
        (await CommitBatchAsync(document.PartitionKey, [DocumentOperation.Create(document)], cancellationToken))[0]!;

    public async Task<StoredDocument> ReplaceAsync(DocumentWrite document, string ifMatch, CancellationToken cancellationToken) =>
        (await CommitBatchAsync(document.PartitionKey, [DocumentOperation.Replace(document, ifMatch)], cancellationToken))[0]!;

    public async Task<StoredDocument> UpsertAsync(DocumentWrite document, CancellationToken cancellationToken) =>
        (await CommitBatchAsync(document.PartitionKey, [DocumentOperation.Upsert(document)], cancellationToken))[0]!;

    public Task<bool> DeleteAsync(string partitionKey, string id, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_documents.Remove((partitionKey, id)));
        }
    }

    public Task<IReadOnlyList<StoredDocument?>> CommitBatchAsync(string partitionKey, IReadOnlyList<DocumentOperation> operations, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            for (var i = 0; i < operations.Count; i++)
            {
                var op = operations[i];
                var exists = _documents.TryGetValue((partitionKey, op.Id), out var current);
                DocumentFailure? failure = op.Kind switch
                {
                    DocumentOperationKind.Create when exists => DocumentFailure.AlreadyExists,
                    DocumentOperationKind.Replace or DocumentOperationKind.Delete when !exists => DocumentFailure.NotFound,
                    DocumentOperationKind.Replace or DocumentOperationKind.Delete when op.IfMatch is not null && current!.ETag != op.IfMatch => DocumentFailure.ETagMismatch,
                    _ => null,
                };
                if (failure is { } refused)
                {
                    throw new DocumentStoreException(refused, partitionKey, op.Id, i);
                }
            }

            var results = new StoredDocument?[operations.Count];
            for (var i = 0; i < operations.Count; i++)
            {
                var op = operations[i];
                if (op.Document is { } document)
                {
                    results[i] = _documents[(partitionKey, op.Id)] = new StoredDocument(partitionKey, op.Id, document.Type, document.Body, Guid.NewGuid().ToString("N"), DateTimeOffset.UnixEpoch);
                }
                else
                {
                    _documents.Remove((partitionKey, op.Id));
                }
            }

            return Task.FromResult<IReadOnlyList<StoredDocument?>>(results);
        }
    }

    public Task CheckAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
