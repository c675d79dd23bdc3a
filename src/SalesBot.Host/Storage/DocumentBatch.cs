namespace SalesBot.Host.Storage;

/// <summary>The rules every store applies to an atomic batch before writing anything.</summary>
internal static class DocumentBatch
{
    /// <summary>Cosmos DB's limit for one TransactionalBatch; the SQLite store keeps the same limit so code behaves alike on both.</summary>
    public const int MaxOperations = 100;

    public static void Validate(string partitionKey, IReadOnlyList<DocumentOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(operations);
        if (operations.Count > MaxOperations)
        {
            throw new ArgumentException($"A batch holds at most {MaxOperations} operations, not {operations.Count}.", nameof(operations));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            ArgumentNullException.ThrowIfNull(operation, nameof(operations));
            if (operation.Document is { } document && document.PartitionKey != partitionKey)
            {
                throw new ArgumentException($"Document '{document.Id}' is in partition '{document.PartitionKey}', not the batch's '{partitionKey}'.", nameof(operations));
            }

            if (!ids.Add(operation.Id))
            {
                throw new ArgumentException($"Document '{operation.Id}' appears twice in one batch.", nameof(operations));
            }
        }
    }
}
