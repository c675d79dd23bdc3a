using SalesBot.Host.Storage;

namespace SalesBot.Host.Tests.Support;

/// <summary>Wraps a real document store; while <see cref="FailWrites"/> is on, every write fails like a store outage.</summary>
public sealed class SwitchableDocuments
{
    public bool FailWrites { get; set; }

    internal IDocumentStore Wrap(IDocumentStore inner) => new Store(inner, this);

    private sealed class Store(IDocumentStore inner, SwitchableDocuments owner) : IDocumentStore
    {
        public Task<StoredDocument?> ReadAsync(string partitionKey, string id, CancellationToken cancellationToken) => inner.ReadAsync(partitionKey, id, cancellationToken);

        public Task<IReadOnlyList<StoredDocument>> QueryAsync(string partitionKey, string type, CancellationToken cancellationToken) => inner.QueryAsync(partitionKey, type, cancellationToken);

        public Task<IReadOnlyList<StoredDocument>> QueryPartitionAsync(string partitionKey, CancellationToken cancellationToken) => inner.QueryPartitionAsync(partitionKey, cancellationToken);

        public Task<StoredDocument> CreateAsync(DocumentWrite document, CancellationToken cancellationToken) => Fail() ?? inner.CreateAsync(document, cancellationToken);

        public Task<StoredDocument> ReplaceAsync(DocumentWrite document, string ifMatch, CancellationToken cancellationToken) => Fail() ?? inner.ReplaceAsync(document, ifMatch, cancellationToken);

        public Task<StoredDocument> UpsertAsync(DocumentWrite document, CancellationToken cancellationToken) => Fail() ?? inner.UpsertAsync(document, cancellationToken);

        public Task<bool> DeleteAsync(string partitionKey, string id, CancellationToken cancellationToken) => inner.DeleteAsync(partitionKey, id, cancellationToken);

        public Task<IReadOnlyList<StoredDocument?>> CommitBatchAsync(string partitionKey, IReadOnlyList<DocumentOperation> operations, CancellationToken cancellationToken) =>
            owner.FailWrites ? throw new IOException("disk unavailable") : inner.CommitBatchAsync(partitionKey, operations, cancellationToken);

        public Task CheckAsync(CancellationToken cancellationToken) => inner.CheckAsync(cancellationToken);

        private Task<StoredDocument>? Fail() => owner.FailWrites ? throw new IOException("disk unavailable") : null;
    }
}
