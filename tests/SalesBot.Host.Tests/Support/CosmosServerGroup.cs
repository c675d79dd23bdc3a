namespace SalesBot.Host.Tests.Support;

/// <summary>Tests that share the one Cosmos test server of the run (they run one class at a time).</summary>
[CollectionDefinition(Name)]
public sealed class CosmosServerGroup : ICollectionFixture<CosmosTestServer>
{
    public const string Name = "cosmos";
}
