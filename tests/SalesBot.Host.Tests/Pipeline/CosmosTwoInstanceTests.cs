using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Pipeline;

/// <summary>Two SalesBot instances on one Cosmos DB container (the test server, through the real SDK).</summary>
[Collection(CosmosServerGroup.Name)]
public sealed class CosmosTwoInstanceTests(CosmosTestServer server)
{
    [Fact]
    public async Task TwoTurnsForOneUserOnTwoInstances_NeitherUpdateIsLost()
    {
        var settings = server.HostSettings(CosmosTestServer.UniqueName("two"));
        settings["Storage:Sqlite:Path"] = SalesBotFactory.TempDatabase();
        await TwoInstanceTests.NoLostUpdateAsync(settings);
    }
}
