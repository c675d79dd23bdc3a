using System.Net;
using System.Text.Json;
using Azure.Core;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Host.Storage;
using SalesBot.Host.Storage.Cosmos;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Storage;

/// <summary>What is particular to the Cosmos DB store: the item shape, the container it creates, 429 retries, sign-in with a token.</summary>
[Collection(CosmosServerGroup.Name)]
public sealed class CosmosStoreTests(CosmosTestServer server)
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Item_NestsTheBodyAsJson_AndKeepsTtlInWholeSeconds()
    {
        var (options, store) = await NewStoreAsync();
        await store.CreateAsync(new DocumentWrite("user|a", "t/1", "transcript", "{\"text\":\"hi\",\"n\":[1,2]}", TimeSpan.FromMilliseconds(1500)), CancellationToken.None);

        using var raw = await server.Client.GetContainer(options.Database, options.Container).ReadItemStreamAsync("t~2F1", new PartitionKey("user|a"));
        raw.EnsureSuccessStatusCode();
        using var item = await JsonDocument.ParseAsync(raw.Content);

        var body = item.RootElement.GetProperty("body");
        Assert.Equal(JsonValueKind.Object, body.ValueKind);
        Assert.Equal("hi", body.GetProperty("text").GetString());
        Assert.Equal(2, item.RootElement.GetProperty("ttl").GetInt32());
        Assert.Equal("user|a", item.RootElement.GetProperty("pk").GetString());
        Assert.Equal("transcript", item.RootElement.GetProperty("type").GetString());
        Assert.Equal(_time.GetUtcNow(), item.RootElement.GetProperty("updatedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Setup_CreatesTheContainer_PartitionedByPk_WithTtlOnByDefaultMinusOne()
    {
        var (options, _) = await NewStoreAsync();

        ContainerProperties properties = await server.Client.GetContainer(options.Database, options.Container).ReadContainerAsync();

        Assert.Equal("/pk", properties.PartitionKeyPath);
        Assert.Equal(-1, properties.DefaultTimeToLive);
        Assert.Equal(["/type/?"], properties.IndexingPolicy.IncludedPaths.Select(p => p.Path));
        Assert.Equal(["/*"], properties.IndexingPolicy.ExcludedPaths.Select(p => p.Path).Where(p => p != "/\"_etag\"/?"));
    }

    [Fact]
    public async Task Setup_TurnsTtlOn_ForAnExistingContainerThatHasItOff()
    {
        var options = server.Options(CosmosTestServer.UniqueName("db"), "existing");
        DatabaseResponse database = await server.Client.CreateDatabaseIfNotExistsAsync(options.Database);
        await database.Database.CreateContainerAsync(new ContainerProperties(options.Container, "/pk"));

        await CosmosContainerSetup.EnsureAsync(server.Client, options, CancellationToken.None);

        ContainerProperties properties = await server.Client.GetContainer(options.Database, options.Container).ReadContainerAsync();
        Assert.Equal(-1, properties.DefaultTimeToLive);
    }

    [Fact]
    public async Task Setup_WithoutCreateIfMissing_NamesTheMissingDatabase()
    {
        var options = server.Options("missing-db");
        options.CreateIfMissing = false;

        var ex = await Assert.ThrowsAsync<StorageStartupException>(() => CosmosContainerSetup.EnsureAsync(server.Client, options, CancellationToken.None));

        Assert.Contains("database 'missing-db'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("CreateIfMissing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_RefusesAContainerWithAnotherPartitionKey()
    {
        var options = server.Options(CosmosTestServer.UniqueName("db"), "wrong-key");
        DatabaseResponse database = await server.Client.CreateDatabaseIfNotExistsAsync(options.Database);
        await database.Database.CreateContainerAsync(new ContainerProperties(options.Container, "/userId") { DefaultTimeToLive = -1 });
        options.CreateIfMissing = false;

        var ex = await Assert.ThrowsAsync<StorageStartupException>(() => CosmosContainerSetup.EnsureAsync(server.Client, options, CancellationToken.None));

        Assert.Contains("'/userId'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimited_Requests_AreRetriedByTheSdk()
    {
        var (_, store) = await NewStoreAsync();

        await server.ThrottleAsync(count: 3, retryAfterMs: 5);
        var created = await store.CreateAsync(new DocumentWrite("p", "a", "t", "{}"), CancellationToken.None);

        Assert.Equal(created.ETag, (await store.ReadAsync("p", "a", CancellationToken.None))!.ETag);
    }

    [Fact]
    public async Task RateLimited_BeyondTheRetryBudget_FailsWith429_AndWritesNothing()
    {
        var (options, store) = await NewStoreAsync();
        options.MaxRetryAttemptsOnRateLimitedRequests = 1;
        using var impatient = CosmosClientFactory.Create(options, () => throw new InvalidOperationException("key in use"));
        var impatientStore = new CosmosDocumentStore(impatient, Options.Create(options), _time);

        await server.ThrottleAsync(count: 2, retryAfterMs: 5);
        var ex = await Assert.ThrowsAsync<CosmosException>(() => impatientStore.CreateAsync(new DocumentWrite("p", "a", "t", "{}"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, ex.StatusCode);
        Assert.Null(await store.ReadAsync("p", "a", CancellationToken.None));
    }

    [Fact]
    public async Task EmptyKey_SignsInWithTheTokenCredential()
    {
        var (options, _) = await NewStoreAsync();
        options.Key = "";
        var credential = new CountingCredential();
        using var client = CosmosClientFactory.Create(options, () => credential);
        var store = new CosmosDocumentStore(client, Options.Create(options), _time);

        await store.CreateAsync(new DocumentWrite("p", "a", "t", "{\"aad\":true}"), CancellationToken.None);

        Assert.Equal("{\"aad\":true}", (await store.ReadAsync("p", "a", CancellationToken.None))!.Body);
        Assert.True(credential.Calls > 0);
    }

    [Fact]
    public async Task Batch_IsOneRoundTrip_ThroughTheSdksTransactionalBatch()
    {
        var (options, _) = await NewStoreAsync();
        var requests = new List<string>();
        var clientOptions = CosmosClientFactory.ClientOptions(options);
        clientOptions.HttpClientFactory = () => new HttpClient(new RecordingHandler(requests));
        using var client = new CosmosClient(options.Endpoint, options.Key, clientOptions);
        var store = new CosmosDocumentStore(client, Options.Create(options), _time);
        var state = await store.CreateAsync(new DocumentWrite("user|a", "state", "user-state", "{\"turn\":1}"), CancellationToken.None);

        // The first batch of a client reads the container's partition-key ranges once (cached for the process).
        await store.CommitBatchAsync("user|a", [DocumentOperation.Create(new DocumentWrite("user|a", "warm-up", "t", "{}"))], CancellationToken.None);
        requests.Clear();

        await store.CommitBatchAsync("user|a",
        [
            DocumentOperation.Replace(new DocumentWrite("user|a", "state", "user-state", "{\"turn\":2}"), state.ETag),
            DocumentOperation.Create(new DocumentWrite("user|a", "turn-2", "transcript", "{}", TimeSpan.FromDays(365))),
            DocumentOperation.Upsert(new DocumentWrite("user|a", "session-1", "session", "{}", TimeSpan.FromDays(365))),
        ], CancellationToken.None);

        Assert.Equal([$"POST /dbs/{options.Database}/colls/{options.Container}/docs"], requests);
    }

    [Fact]
    public void ClientOptions_FollowTheConfiguration()
    {
        var options = new CosmosOptions
        {
            Endpoint = "https://acct.documents.azure.com:443/",
            ConnectionMode = "direct",
            MaxRetryAttemptsOnRateLimitedRequests = 4,
            MaxRetryWaitTimeOnRateLimitedRequests = TimeSpan.FromSeconds(7),
        };

        var client = CosmosClientFactory.ClientOptions(options);

        Assert.Equal(ConnectionMode.Direct, client.ConnectionMode);
        Assert.Equal(4, client.MaxRetryAttemptsOnRateLimitedRequests);
        Assert.Equal(TimeSpan.FromSeconds(7), client.MaxRetryWaitTimeOnRateLimitedRequests);
        Assert.False(client.LimitToEndpoint);
        Assert.Equal(ConnectionMode.Gateway, CosmosClientFactory.ClientOptions(new CosmosOptions()).ConnectionMode);
    }

    [Fact]
    public void Validation_HalfFilledSettings_ListEveryProblem()
    {
        var problems = CosmosOptionsValidator.Problems(new CosmosOptions { Endpoint = "", Key = "not base64!", ConnectionMode = "Tcp", Database = " " }).ToList();

        Assert.Contains(problems, p => p.StartsWith("Storage:Cosmos:Endpoint is required", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Storage:Cosmos:Key is not a base64", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Storage:Cosmos:ConnectionMode must be", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Storage:Cosmos:Database is required", StringComparison.Ordinal));
        Assert.Empty(CosmosOptionsValidator.Problems(server.Options("db")));
    }

    private async Task<(CosmosOptions Options, CosmosDocumentStore Store)> NewStoreAsync()
    {
        var options = server.Options("store-tests", CosmosTestServer.UniqueName("c"));
        await CosmosContainerSetup.EnsureAsync(server.Client, options, CancellationToken.None);
        return (options, new CosmosDocumentStore(server.Client, Options.Create(options), _time));
    }

    /// <summary>Records each request the SDK sends (method and path).</summary>
    private sealed class RecordingHandler(List<string> requests) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (requests)
            {
                requests.Add($"{request.Method} {request.RequestUri!.AbsolutePath.TrimEnd('/')}");
            }

            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>A token credential that hands out a fixed token (the test server checks no auth) and counts the calls.</summary>
    private sealed class CountingCredential : TokenCredential
    {
        private int _calls;

        public int Calls => _calls;

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return new AccessToken("test-token", DateTimeOffset.MaxValue);
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
