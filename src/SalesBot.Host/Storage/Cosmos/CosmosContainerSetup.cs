using System.Net;
using Microsoft.Azure.Cosmos;

namespace SalesBot.Host.Storage.Cosmos;

/// <summary>
/// Makes sure the database and container exist with the shape the store needs (partition key <c>/pk</c>, time to live on
/// with a default of -1 so only items with a <c>ttl</c> expire), creating them when allowed. A container it creates
/// indexes only <c>/type</c>: the store's only queries filter by type within one partition, and not indexing every
/// property of every nested body makes each write cheaper in request units (docs/storage.md).
/// </summary>
internal static class CosmosContainerSetup
{
    public static async Task EnsureAsync(CosmosClient client, CosmosOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ContainerProperties properties;
        if (options.CreateIfMissing)
        {
            DatabaseResponse database = await client.CreateDatabaseIfNotExistsAsync(options.Database, cancellationToken: cancellationToken);
            var wanted = new ContainerProperties(options.Container, CosmosDocumentStore.PartitionKeyPath) { DefaultTimeToLive = -1, IndexingPolicy = IndexingPolicy() };
            ContainerResponse created = await database.Database.CreateContainerIfNotExistsAsync(wanted, cancellationToken: cancellationToken);
            properties = created.Resource;
        }
        else
        {
            try
            {
                ContainerResponse read = await client.GetContainer(options.Database, options.Container).ReadContainerAsync(cancellationToken: cancellationToken);
                properties = read.Resource;
            }
            catch (CosmosException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
            {
                throw new StorageStartupException(
                    $"Cosmos DB at {options.Endpoint}: database '{options.Database}' or container '{options.Container}' does not exist. " +
                    $"Create it (partition key {CosmosDocumentStore.PartitionKeyPath}, time to live on with default -1) or set Storage:Cosmos:CreateIfMissing=true.");
            }
        }

        if (properties.PartitionKeyPath != CosmosDocumentStore.PartitionKeyPath)
        {
            throw new StorageStartupException(
                $"Cosmos DB at {options.Endpoint}: container '{options.Container}' is partitioned by '{properties.PartitionKeyPath}', SalesBot needs '{CosmosDocumentStore.PartitionKeyPath}'.");
        }

        if (properties.DefaultTimeToLive is null)
        {
            if (!options.CreateIfMissing)
            {
                throw new StorageStartupException(
                    $"Cosmos DB at {options.Endpoint}: container '{options.Container}' has time to live off, so transcripts would never expire. Turn it on with default -1 (items without ttl never expire).");
            }

            properties.DefaultTimeToLive = -1;
            await client.GetContainer(options.Database, options.Container).ReplaceContainerAsync(properties, cancellationToken: cancellationToken);
        }
    }

    /// <summary>Index <c>/type</c> only (consistent); every other path, the bodies included, is not indexed.</summary>
    public static IndexingPolicy IndexingPolicy()
    {
        var policy = new IndexingPolicy { IndexingMode = IndexingMode.Consistent, Automatic = true };
        policy.IncludedPaths.Add(new IncludedPath { Path = "/type/?" });
        policy.ExcludedPaths.Add(new ExcludedPath { Path = "/*" });
        return policy;
    }
}
