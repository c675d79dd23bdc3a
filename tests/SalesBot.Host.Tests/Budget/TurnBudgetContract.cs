using Microsoft.Extensions.DependencyInjection;
using SalesBot.Host.Storage;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Budget;

/// <summary>
/// The store budget of issue 9, counted on the real host over the local chat with the store wrapped in a
/// <see cref="MeteredDocumentStore"/>: every turn kind takes the round trips it is designed to take (a drill answer at
/// most 3: read the state, the approved playbook when not cached, commit), on each store, with and without the turn-state
/// cache (which saves the state read).
/// </summary>
public abstract class TurnBudgetContract
{
    private const string GoodAnswer = "That is a fair challenge, and with a 12% cost target I would ask the same. Compared to what: the licence of your current tool, or what the invoice errors cost you? Helix Freight paid back the difference in five months by cutting billing errors 30%. Can we take 30 minutes on Thursday at 10 to build the business case with your numbers?";
    private const string RolePlayAnswer = "I hear you on the freeze. What would have to be true for a project that pays for itself this year to go ahead? Helix Freight paid back in five months. Could we take 30 minutes on Thursday at 10 with your controller?";

    /// <summary>Host settings that put the bot on the store under test.</summary>
    protected abstract Dictionary<string, string?> StoreSettings();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EveryTurnKind_KeepsToItsRoundTripBudget(bool cacheTurnState)
    {
        var settings = StoreSettings();
        settings["Storage:CacheTurnState"] = cacheTurnState ? "true" : "false";
        var (meter, factory) = Start(settings);
        await using var _ = factory;
        var client = new LocalClient(factory.CreateClient());
        var counts = new List<(string Kind, long Trips)>();
        async Task Turn(string kind, string text)
        {
            var before = meter.Snapshot();
            await client.SendAsync("alice", text);
            counts.Add((kind, (meter.Snapshot() - before).RoundTrips));
        }

        await Turn("first contact", "hi");
        await Turn("help", "help");
        await Turn("progress", "progress");
        await Turn("practice start", "practice price");
        await Turn("drill answer", GoodAnswer);
        await Turn("drill answer", GoodAnswer);
        await Turn("drill answer", GoodAnswer);
        await Turn("role-play start", "roleplay cfo-budget-freeze");
        await Turn("role-play answer", RolePlayAnswer);
        await Turn("role-play answer", RolePlayAnswer);
        await Turn("stop", "stop");

        // First contact: read (none), create the state with the turn, mirror the new reference to the roster.
        // Every later turn: read the state (not with the turn-state cache: the state this process committed), commit the
        // turn (the playbook of the category is cached after its first read).
        var read = cacheTurnState ? 0L : 1L;
        Assert.Equal(
            [("first contact", 3L), ("help", read + 1), ("progress", read + 1), ("practice start", read + 1), ("drill answer", read + 2),
             ("drill answer", read + 1), ("drill answer", read + 1), ("role-play start", read + 1), ("role-play answer", read + 1),
             ("role-play answer", read + 1), ("stop", read + 1)],
            counts);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DrillAnswer_WithThePlaybookCacheOff_TakesThreeRoundTrips_AndNeverReadsOtherPlaybookEntries(bool cacheTurnState)
    {
        var settings = StoreSettings();
        settings["Storage:PlaybookCacheSeconds"] = "0";
        settings["Storage:CacheTurnState"] = cacheTurnState ? "true" : "false";
        var (meter, factory) = Start(settings);
        await using var _ = factory;
        var client = new LocalClient(factory.CreateClient());
        await client.SendAsync("alice", "practice price");

        for (var i = 0; i < 3; i++)
        {
            var before = meter.Snapshot();
            await client.SendAsync("alice", GoodAnswer);
            var turn = meter.Snapshot() - before;

            // The state (unless cached), the category's approved summary (a point read, no query), one batch.
            var stateReads = cacheTurnState ? 0L : 1L;
            Assert.Equal((stateReads + 2, stateReads + 1, 0L, 1L), (turn.RoundTrips, turn.Reads, turn.Queries, turn.Batches));
        }
    }

    private static (MeteredDocumentStore Meter, SalesBotFactory Factory) Start(Dictionary<string, string?> settings)
    {
        // The meter counts every store call in the process: the scheduler's own background work (its refill at start-up
        // lists tenants and reads the due index) is not a turn's and would land inside whichever turn it overlaps.
        settings["Scheduling:Enabled"] = "false";
        MeteredDocumentStore? meter = null;
        var factory = new SalesBotFactory(settings: settings, services: services =>
            services.DecorateDocumentStore((_, inner) => meter = new MeteredDocumentStore(inner)));
        _ = factory.Services.GetRequiredService<IDocumentStore>();
        return (meter!, factory);
    }
}
