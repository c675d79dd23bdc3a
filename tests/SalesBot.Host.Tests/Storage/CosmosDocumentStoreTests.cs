using SalesBot.Host.Storage;
using SalesBot.Host.Storage.Cosmos;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Storage;

/// <summary>
/// The document contract on the Cosmos test server through the real Microsoft.Azure.Cosmos SDK, with a fresh container
/// per test (created the way the host creates it). Time to live is proved on the server's own clock: the test server
/// enforces <c>ttl</c> itself, and its clock hook moves that clock forward instead of waiting.
/// </summary>
[Collection(CosmosServerGroup.Name)]
public sealed class CosmosDocumentStoreTests(CosmosTestServer server) : DocumentStoreContract, IAsyncLifetime
{
    private CosmosDocumentStore? _store;

    private protected override IDocumentStore Store => _store!;

    public async Task InitializeAsync()
    {
        var options = server.Options("contract", CosmosTestServer.UniqueName("c"));
        await CosmosContainerSetup.EnsureAsync(server.Client, options, CancellationToken.None);
        _store = new CosmosDocumentStore(server.Client, Microsoft.Extensions.Options.Options.Create(options), Time);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Cosmos DB judges expiry by the server's clock: move the test server's clock.</summary>
    protected override Task PassTimeAsync(TimeSpan time) => server.AdvanceClockAsync(time);
}
