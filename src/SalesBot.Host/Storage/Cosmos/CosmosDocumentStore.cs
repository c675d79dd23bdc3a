using System.Net;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace SalesBot.Host.Storage.Cosmos;

/// <summary>
/// The document contract on Azure Cosmos DB (NoSQL API). One container partitioned by <c>/pk</c>; each document is one
/// item <c>{ id, pk, type, body, updatedAt, ttl? }</c> whose <c>body</c> is the document's JSON nested as an object (not
/// an escaped string). ETags are Cosmos's own (<c>_etag</c>); 412 means the ETag moved, 409 that the id is taken, 404
/// that the item is missing. Time to live is per item (<c>ttl</c>, in seconds) under the container's default of -1.
/// Items are written and read as streams with <see cref="Utf8JsonWriter"/> / <see cref="JsonDocument"/>, so the body
/// passes through without a second serialization.
/// </summary>
internal sealed class CosmosDocumentStore : IDocumentStore
{
    public const string PartitionKeyPath = "/pk";

    private const string QueryByType = "SELECT c.id, c.pk, c.type, c.body, c.updatedAt, c._etag FROM c WHERE c.type = @type";

    private const string QueryAll = "SELECT c.id, c.pk, c.type, c.body, c.updatedAt, c._etag FROM c";

    private static readonly ItemRequestOptions NoContent = new() { EnableContentResponseOnWrite = false };

    private readonly Container _container;
    private readonly TimeProvider _time;

    public CosmosDocumentStore(CosmosClient client, IOptions<CosmosOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        _container = client.GetContainer(options.Value.Database, options.Value.Container);
        _time = time;
    }

    public async Task<StoredDocument?> ReadAsync(string partitionKey, string id, CancellationToken cancellationToken)
    {
        using var response = await _container.ReadItemStreamAsync(CosmosIds.Encode(id), new PartitionKey(partitionKey), cancellationToken: cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        using var json = await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken);
        return FromItem(json.RootElement, response.Headers.ETag);
    }

    public Task<IReadOnlyList<StoredDocument>> QueryAsync(string partitionKey, string type, CancellationToken cancellationToken) =>
        QueryAsync(partitionKey, new QueryDefinition(QueryByType).WithParameter("@type", type), cancellationToken);

    public Task<IReadOnlyList<StoredDocument>> QueryPartitionAsync(string partitionKey, CancellationToken cancellationToken) =>
        QueryAsync(partitionKey, new QueryDefinition(QueryAll), cancellationToken);

    private async Task<IReadOnlyList<StoredDocument>> QueryAsync(string partitionKey, QueryDefinition query, CancellationToken cancellationToken)
    {
        // No ORDER BY: within one partition the result is small, and sorting here spares the query-plan round trip the
        // SDK makes for ORDER BY on Linux. Ordinal order, like SQLite's BINARY collation.
        var results = new List<StoredDocument>();
        using var iterator = _container.GetItemQueryStreamIterator(query, requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey(partitionKey) });
        while (iterator.HasMoreResults)
        {
            using var page = await iterator.ReadNextAsync(cancellationToken);
            page.EnsureSuccessStatusCode();
            using var json = await JsonDocument.ParseAsync(page.Content, cancellationToken: cancellationToken);
            foreach (var item in json.RootElement.GetProperty("Documents").EnumerateArray())
            {
                results.Add(FromItem(item, etag: null));
            }
        }

        results.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return results;
    }

    public async Task<StoredDocument> CreateAsync(DocumentWrite document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var now = _time.GetUtcNow();
        using var item = ToItem(document, now);
        using var response = await _container.CreateItemStreamAsync(item, new PartitionKey(document.PartitionKey), NoContent, cancellationToken);
        return response.StatusCode == HttpStatusCode.Conflict
            ? throw new DocumentStoreException(DocumentFailure.AlreadyExists, document.PartitionKey, document.Id)
            : Written(response, document, now);
    }

    public async Task<StoredDocument> ReplaceAsync(DocumentWrite document, string ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var now = _time.GetUtcNow();
        using var item = ToItem(document, now);
        var options = new ItemRequestOptions { IfMatchEtag = ifMatch, EnableContentResponseOnWrite = false };
        using var response = await _container.ReplaceItemStreamAsync(item, CosmosIds.Encode(document.Id), new PartitionKey(document.PartitionKey), options, cancellationToken);
        return response.StatusCode switch
        {
            HttpStatusCode.PreconditionFailed => throw new DocumentStoreException(DocumentFailure.ETagMismatch, document.PartitionKey, document.Id),
            HttpStatusCode.NotFound => throw new DocumentStoreException(DocumentFailure.NotFound, document.PartitionKey, document.Id),
            _ => Written(response, document, now),
        };
    }

    public async Task<StoredDocument> UpsertAsync(DocumentWrite document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var now = _time.GetUtcNow();
        using var item = ToItem(document, now);
        using var response = await _container.UpsertItemStreamAsync(item, new PartitionKey(document.PartitionKey), NoContent, cancellationToken);
        return Written(response, document, now);
    }

    public async Task<bool> DeleteAsync(string partitionKey, string id, CancellationToken cancellationToken)
    {
        using var response = await _container.DeleteItemStreamAsync(CosmosIds.Encode(id), new PartitionKey(partitionKey), cancellationToken: cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        response.EnsureSuccessStatusCode();
        return true;
    }

    public async Task<IReadOnlyList<StoredDocument?>> CommitBatchAsync(string partitionKey, IReadOnlyList<DocumentOperation> operations, CancellationToken cancellationToken)
    {
        DocumentBatch.Validate(partitionKey, operations);
        if (operations.Count == 0)
        {
            return [];
        }

        var now = _time.GetUtcNow();
        var batch = _container.CreateTransactionalBatch(new PartitionKey(partitionKey));
        var items = new List<MemoryStream>(operations.Count);
        try
        {
            foreach (var operation in operations)
            {
                var options = new TransactionalBatchItemRequestOptions { IfMatchEtag = operation.IfMatch, EnableContentResponseOnWrite = false };
                if (operation.Document is { } document)
                {
                    var item = ToItem(document, now);
                    items.Add(item);
                    batch = operation.Kind switch
                    {
                        DocumentOperationKind.Create => batch.CreateItemStream(item, options),
                        DocumentOperationKind.Replace => batch.ReplaceItemStream(CosmosIds.Encode(operation.Id), item, options),
                        _ => batch.UpsertItemStream(item, options),
                    };
                }
                else
                {
                    batch = batch.DeleteItem(CosmosIds.Encode(operation.Id), options);
                }
            }

            using var response = await batch.ExecuteAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw BatchFailure(response, partitionKey, operations);
            }

            var results = new StoredDocument?[operations.Count];
            for (var i = 0; i < operations.Count; i++)
            {
                if (operations[i].Document is { } written)
                {
                    results[i] = new StoredDocument(written.PartitionKey, written.Id, written.Type, written.Body, response[i].ETag, now);
                }
            }

            return results;
        }
        finally
        {
            foreach (var item in items)
            {
                await item.DisposeAsync();
            }
        }
    }

    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        using var response = await _container.ReadContainerStreamAsync(cancellationToken: cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Cosmos's <c>ttl</c> is whole seconds: a time to live is rounded up, and at least one second.</summary>
    public static int TtlSeconds(TimeSpan timeToLive) =>
        (int)Math.Clamp(Math.Ceiling(timeToLive.TotalSeconds), 1, int.MaxValue);

    /// <summary>The item for a document: the body nested as JSON (validated), never an escaped string.</summary>
    public static MemoryStream ToItem(DocumentWrite document, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(document);
        var stream = new MemoryStream(document.Body.Length + 192);
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("id", CosmosIds.Encode(document.Id));
            writer.WriteString("pk", document.PartitionKey);
            writer.WriteString("type", document.Type);
            writer.WritePropertyName("body");
            try
            {
                writer.WriteRawValue(document.Body);
            }
            catch (JsonException ex)
            {
                throw new ArgumentException($"The body of document '{document.Id}' is not JSON.", nameof(document), ex);
            }

            writer.WriteString("updatedAt", now);
            if (document.TimeToLive is { } ttl)
            {
                writer.WriteNumber("ttl", TtlSeconds(ttl));
            }

            writer.WriteEndObject();
        }

        stream.Position = 0;
        return stream;
    }

    /// <summary>
    /// A refused batch: the failing operation is the one whose result is not 424 (Failed Dependency); its status says why.
    /// Anything other than a condition failing (throttling past the retry budget, a bad request) is not a document failure.
    /// </summary>
    private static Exception BatchFailure(TransactionalBatchResponse response, string partitionKey, IReadOnlyList<DocumentOperation> operations)
    {
        var index = -1;
        for (var i = 0; i < response.Count && i < operations.Count; i++)
        {
            if (response[i].StatusCode != HttpStatusCode.FailedDependency)
            {
                index = i;
                break;
            }
        }

        var status = index >= 0 ? response[index].StatusCode : response.StatusCode;
        DocumentFailure? failure = status switch
        {
            HttpStatusCode.Conflict => DocumentFailure.AlreadyExists,
            HttpStatusCode.PreconditionFailed => DocumentFailure.ETagMismatch,
            HttpStatusCode.NotFound => DocumentFailure.NotFound,
            _ => null,
        };
        return failure is { } known && index >= 0
            ? new DocumentStoreException(known, partitionKey, operations[index].Id, index)
            : new InvalidOperationException($"Cosmos DB refused the batch in partition '{partitionKey}': {(int)response.StatusCode} {response.StatusCode}. {response.ErrorMessage}");
    }

    private static StoredDocument Written(ResponseMessage response, DocumentWrite document, DateTimeOffset now)
    {
        response.EnsureSuccessStatusCode();
        return new StoredDocument(document.PartitionKey, document.Id, document.Type, document.Body, response.Headers.ETag, now);
    }

    private static StoredDocument FromItem(JsonElement item, string? etag) => new(
        item.GetProperty("pk").GetString()!,
        CosmosIds.Decode(item.GetProperty("id").GetString()!),
        item.GetProperty("type").GetString()!,
        item.GetProperty("body").GetRawText(),
        etag ?? item.GetProperty("_etag").GetString()!,
        item.TryGetProperty("updatedAt", out var updated) ? updated.GetDateTimeOffset() : DateTimeOffset.FromUnixTimeSeconds(item.GetProperty("_ts").GetInt64()));
}
