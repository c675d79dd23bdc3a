namespace SalesBot.Host.Storage.Sqlite;

/// <summary>
/// One atomic write (a batch, or a single create/replace/upsert/delete as a batch of one) waiting for the writer. It
/// completes only after the transaction holding it has committed, so a caller never sees a write that could still roll
/// back. Continuations run asynchronously: the writer never runs a caller's code.
/// </summary>
internal sealed class SqliteWriteRequest(string partitionKey, IReadOnlyList<DocumentOperation> operations, DateTimeOffset now)
    : TaskCompletionSource<StoredDocument?[]>(TaskCreationOptions.RunContinuationsAsynchronously)
{
    public string PartitionKey { get; } = partitionKey;

    public IReadOnlyList<DocumentOperation> Operations { get; } = operations;

    public DateTimeOffset Now { get; } = now;

    /// <summary>Set by the writer: what each operation wrote, or why the request was refused (then nothing of it was written).</summary>
    public StoredDocument?[]? Results { get; set; }

    public Exception? Failure { get; set; }

    /// <summary>Completes the request with its outcome, once its transaction is durable (or rolled back).</summary>
    public void Complete(Exception? transactionFailure)
    {
        if (transactionFailure is not null)
        {
            TrySetException(transactionFailure);
        }
        else if (Failure is not null)
        {
            TrySetException(Failure);
        }
        else
        {
            TrySetResult(Results ?? []);
        }
    }
}
