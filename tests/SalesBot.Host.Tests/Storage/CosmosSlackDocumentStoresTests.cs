using SalesBot.Host.Storage;
using SalesBot.Host.Storage.Cosmos;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Storage;

/// <summary>Slack installations and OAuth states on the Cosmos test server (two store objects on one container: two instances).</summary>
[Collection(CosmosServerGroup.Name)]
public sealed class CosmosSlackDocumentStoresTests(CosmosTestServer server) : SlackDocumentStoresContract, IAsyncLifetime
{
    private CosmosDocumentStore? _store;
    private CosmosDocumentStore? _other;

    private protected override IDocumentStore Store => _store!;

    private protected override IDocumentStore OtherInstance => _other!;

    public async Task InitializeAsync()
    {
        var options = Microsoft.Extensions.Options.Options.Create(server.Options("slack", CosmosTestServer.UniqueName("s")));
        await CosmosContainerSetup.EnsureAsync(server.Client, options.Value, CancellationToken.None);
        _store = new CosmosDocumentStore(server.Client, options, Time);
        _other = new CosmosDocumentStore(server.Client, options, Time);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    protected override Task PassTimeAsync(TimeSpan time) => server.AdvanceClockAsync(time);
}
