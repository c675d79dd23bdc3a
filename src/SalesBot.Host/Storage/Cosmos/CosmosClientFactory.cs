using System.Text.Json;
using Azure.Core;
using Microsoft.Azure.Cosmos;

namespace SalesBot.Host.Storage.Cosmos;

/// <summary>Builds the process's one <see cref="CosmosClient"/> from <c>Storage:Cosmos</c>: an account key, or a token credential when the key is empty.</summary>
internal static class CosmosClientFactory
{
    public static CosmosClient Create(CosmosOptions options, Func<TokenCredential> credential)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(credential);
        var endpoint = options.Endpoint.Trim();
        return string.IsNullOrWhiteSpace(options.Key)
            ? new CosmosClient(endpoint, credential(), ClientOptions(options))
            : new CosmosClient(endpoint, options.Key.Trim(), ClientOptions(options));
    }

    public static CosmosClientOptions ClientOptions(CosmosOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new CosmosClientOptions
        {
            ApplicationName = "SalesBot",
            ConnectionMode = options.SdkConnectionMode,
            LimitToEndpoint = options.LimitToEndpoint,

            // 429: the SDK waits the server's x-ms-retry-after-ms and retries, within these bounds (its own guidance).
            MaxRetryAttemptsOnRateLimitedRequests = options.MaxRetryAttemptsOnRateLimitedRequests,
            MaxRetryWaitTimeOnRateLimitedRequests = options.MaxRetryWaitTimeOnRateLimitedRequests,

            // Writes return only headers (the ETag): the store already has the body it wrote.
            EnableContentResponseOnWrite = false,

            // Query parameters and anything typed go through System.Text.Json; items themselves are written and read as streams.
            UseSystemTextJsonSerializerWithOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web),
        };
    }
}
