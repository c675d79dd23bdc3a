using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Privacy;

/// <summary>Forget me and the admin endpoints on Cosmos DB (the test server, through the real SDK).</summary>
[Collection(CosmosServerGroup.Name)]
public sealed class CosmosPrivacyTests(CosmosTestServer server) : PrivacyContract
{
    protected override Dictionary<string, string?> StoreSettings() => server.HostSettings(CosmosTestServer.UniqueName("privacy"));
}
