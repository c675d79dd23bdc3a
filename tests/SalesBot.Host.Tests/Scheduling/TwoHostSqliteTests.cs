using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Scheduling;

/// <summary>Two hosts on one SQLite file.</summary>
public sealed class TwoHostSqliteTests
{
    [Fact]
    public Task TwoHosts_SameSchedules_EveryBriefAndNudgeDeliveredOnce() =>
        TwoHostScenarios.BothRunning_EveryBriefAndNudgeIsDeliveredOnce(Sqlite());

    [Fact]
    public Task TwoHosts_OneKilledMidFanOut_NoRecipientGetsTwoAndEveryoneIsRecorded() =>
        TwoHostScenarios.OneKilledMidFanOut_EveryRecipientEndsSentOnceOrRecorded(Sqlite());

    private static Dictionary<string, string?> Sqlite() => new() { ["Storage:Sqlite:Path"] = SalesBotFactory.TempDatabase() };
}
