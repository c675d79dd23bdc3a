using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Scheduling;

/// <summary>Two hosts on one database of the Cosmos test server.</summary>
[Collection(CosmosServerGroup.Name)]
public sealed class TwoHostCosmosTests(CosmosTestServer server)
{
    [Fact]
    public Task TwoHosts_SameSchedules_EveryBriefAndNudgeDeliveredOnce() =>
        TwoHostScenarios.BothRunning_EveryBriefAndNudgeIsDeliveredOnce(server.HostSettings(CosmosTestServer.UniqueName("rhythm")));

    [Fact]
    public Task TwoHosts_OneKilledMidFanOut_NoRecipientGetsTwoAndEveryoneIsRecorded() =>
        TwoHostScenarios.OneKilledMidFanOut_EveryRecipientEndsSentOnceOrRecorded(server.HostSettings(CosmosTestServer.UniqueName("rhythm")));
}
