namespace SalesBot.Host.Storage;

/// <summary>A document to write: id and partition key (unique together), a type, a JSON body and an optional time to live.</summary>
internal sealed record DocumentWrite(string PartitionKey, string Id, string Type, string Body, TimeSpan? TimeToLive = null);

/// <summary>A stored document with its ETag (an opaque token that changes on every write).</summary>
internal sealed record StoredDocument(string PartitionKey, string Id, string Type, string Body, string ETag, DateTimeOffset UpdatedAt);

/// <summary>Why a conditional write failed.</summary>
internal enum DocumentFailure
{
    /// <summary>Create: a document with that id already exists (Cosmos 409).</summary>
    AlreadyExists,

    /// <summary>Replace: the document changed since it was read (Cosmos 412).</summary>
    ETagMismatch,

    /// <summary>Replace or batch delete: there is no such document (Cosmos 404).</summary>
    NotFound,
}

/// <summary>A conditional write was refused; nothing was written.</summary>
internal sealed class DocumentStoreException : Exception
{
    public DocumentStoreException(DocumentFailure failure, string partitionKey, string id, int? operationIndex = null)
        : base(operationIndex is { } index
            ? $"{failure} for document '{id}' in partition '{partitionKey}' (operation {index} of a batch; nothing was written)."
            : $"{failure} for document '{id}' in partition '{partitionKey}'.")
    {
        Failure = failure;
        OperationIndex = operationIndex;
    }

    public DocumentFailure Failure { get; }

    /// <summary>In a batch: which operation failed (the whole batch was refused).</summary>
    public int? OperationIndex { get; }
}
