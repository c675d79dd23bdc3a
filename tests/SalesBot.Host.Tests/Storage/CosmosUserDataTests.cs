using SalesBot.Host.Storage;
using SalesBot.Host.Storage.Cosmos;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Storage;

/// <summary>
/// The data model on the Cosmos test server through the real SDK, a fresh container per test. Expiry is the server's:
/// the test moves the server's clock (and the fake clock the app uses, for the playbook cache).
/// </summary>
[Collection(CosmosServerGroup.Name)]
public sealed class CosmosUserDataTests(CosmosTestServer server) : UserDataContract, IAsyncLifetime
{
    private CosmosOptions? _options;

    public async Task InitializeAsync()
    {
        _options = server.Options("userdata", CosmosTestServer.UniqueName("c"));
        await CosmosContainerSetup.EnsureAsync(server.Client, _options, CancellationToken.None);
        Open();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private protected override IDocumentStore CreateStore() => new CosmosDocumentStore(server.Client, Microsoft.Extensions.Options.Options.Create(_options!), Time);

    protected override async Task PassTimeAsync(TimeSpan time)
    {
        Time.Advance(time);
        await server.AdvanceClockAsync(time);
    }
}
