namespace SalesBot.Host.Storage;

/// <summary>
/// The document contract every store implements (SQLite embedded, Cosmos DB): point reads and writes within a partition,
/// optimistic concurrency by ETag, per-document time to live, queries by type within one partition, and atomic batches
/// within one partition. Expired documents are invisible to every operation.
/// </summary>
internal interface IDocumentStore
{
    /// <summary>The document, or null when it does not exist (or expired).</summary>
    Task<StoredDocument?> ReadAsync(string partitionKey, string id, CancellationToken cancellationToken);

    /// <summary>All live documents of a type in a partition, ordered by id.</summary>
    Task<IReadOnlyList<StoredDocument>> QueryAsync(string partitionKey, string type, CancellationToken cancellationToken);

    /// <summary>Every live document in a partition, whatever its type, ordered by id (exporting or erasing one user's data).</summary>
    Task<IReadOnlyList<StoredDocument>> QueryPartitionAsync(string partitionKey, CancellationToken cancellationToken);

    /// <summary>Creates the document; <see cref="DocumentFailure.AlreadyExists"/> when the id is taken.</summary>
    Task<StoredDocument> CreateAsync(DocumentWrite document, CancellationToken cancellationToken);

    /// <summary>Replaces the document if its ETag is still <paramref name="ifMatch"/>; otherwise <see cref="DocumentFailure.ETagMismatch"/> or <see cref="DocumentFailure.NotFound"/>.</summary>
    Task<StoredDocument> ReplaceAsync(DocumentWrite document, string ifMatch, CancellationToken cancellationToken);

    /// <summary>Creates or overwrites the document unconditionally.</summary>
    Task<StoredDocument> UpsertAsync(DocumentWrite document, CancellationToken cancellationToken);

    /// <summary>Deletes the document; false when it did not exist.</summary>
    Task<bool> DeleteAsync(string partitionKey, string id, CancellationToken cancellationToken);

    /// <summary>
    /// Applies every operation, in order, within one partition, all or nothing (SQLite: one transaction; Cosmos DB: one
    /// TransactionalBatch, one round trip). Returns what each operation wrote (null for a delete). When one operation's
    /// condition fails, nothing is written and a <see cref="DocumentStoreException"/> names the failure and
    /// <see cref="DocumentStoreException.OperationIndex"/>. At most <see cref="DocumentBatch.MaxOperations"/> operations,
    /// each id once.
    /// </summary>
    Task<IReadOnlyList<StoredDocument?>> CommitBatchAsync(string partitionKey, IReadOnlyList<DocumentOperation> operations, CancellationToken cancellationToken);

    /// <summary>Throws when the store cannot be reached (readiness).</summary>
    Task CheckAsync(CancellationToken cancellationToken);
}
