using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Budget;

/// <summary>The round-trip budget on Cosmos DB (the test server, through the real SDK).</summary>
[Collection(CosmosServerGroup.Name)]
public sealed class CosmosTurnBudgetTests(CosmosTestServer server) : TurnBudgetContract
{
    protected override Dictionary<string, string?> StoreSettings() => server.HostSettings(CosmosTestServer.UniqueName("budget"));
}
