using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Messaging;
using SalesBot.Host.Storage;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Pipeline;

/// <summary>Two SalesBot instances sharing one SQLite file: the platform delivers the same message to both.</summary>
public sealed class TwoInstanceTests
{
    [Fact]
    public async Task SameMessageOnTwoInstancesAtOnce_IsProcessedOnce()
    {
        var database = SalesBotFactory.TempDatabase();
        var barrier = new LoadBarrier(parties: 2);
        await using var first = await PipelineHost.StartAsync(database, configure: services => Decorate(services, barrier));
        await using var second = await PipelineHost.StartAsync(database, configure: services => Decorate(services, barrier));
        var turn = PipelineHost.Turn("alice", "practice price", "activity-42");

        // Both load the (empty) state before either commits; one commit wins, the other conflicts, re-runs, finds the id.
        var results = await Task.WhenAll(
            first.Pipeline.ProcessAsync(turn, TurnDelivery.RepliesByMessenger, CancellationToken.None),
            second.Pipeline.ProcessAsync(turn, TurnDelivery.RepliesByMessenger, CancellationToken.None));

        Assert.Equal([TurnStatus.Handled, TurnStatus.Duplicate], results.Select(r => r.Status).Order());
        Assert.Equal(1, first.Messenger.Deliveries.Count + second.Messenger.Deliveries.Count);
        var transcript = await first.Store.GetTranscriptAsync(PipelineHost.User("alice"), CancellationToken.None);
        Assert.Equal("activity-42", Assert.Single(transcript).MessageId);
        var state = (await second.Store.LoadAsync(PipelineHost.User("alice"), CancellationToken.None))!.State;
        Assert.Equal(1, state.Turns);
        Assert.NotNull(state.Session);
    }

    [Fact]
    public async Task DifferentMessagesOnTwoInstancesAtOnce_AreBothProcessed_InSomeOrder()
    {
        var database = SalesBotFactory.TempDatabase();
        var barrier = new LoadBarrier(parties: 2);
        await using var first = await PipelineHost.StartAsync(database, configure: services => Decorate(services, barrier));
        await using var second = await PipelineHost.StartAsync(database, configure: services => Decorate(services, barrier));

        var results = await Task.WhenAll(
            first.Pipeline.ProcessAsync(PipelineHost.Turn("alice", "help", "a-1"), TurnDelivery.RepliesByMessenger, CancellationToken.None),
            second.Pipeline.ProcessAsync(PipelineHost.Turn("alice", "progress", "a-2"), TurnDelivery.RepliesByMessenger, CancellationToken.None));

        Assert.All(results, r => Assert.Equal(TurnStatus.Handled, r.Status));
        var transcript = await first.Store.GetTranscriptAsync(PipelineHost.User("alice"), CancellationToken.None);
        Assert.Equal([1L, 2], transcript.Select(e => e.Sequence));
        Assert.Equal(["a-1", "a-2"], transcript.Select(e => e.MessageId).Order());
    }

    [Fact]
    public async Task TwoTurnsForOneUserOnTwoInstances_NeitherUpdateIsLost() =>
        await NoLostUpdateAsync(new Dictionary<string, string?> { ["Storage:Sqlite:Path"] = SalesBotFactory.TempDatabase() });

    /// <summary>
    /// Both instances read the same state before either commits; the loser's commit is refused by the ETag, it re-runs on
    /// the winner's state, and the user's state ends with both turns: the drill one started and the other's counter.
    /// </summary>
    internal static async Task NoLostUpdateAsync(Dictionary<string, string?> settings)
    {
        var barrier = new LoadBarrier(parties: 2);
        await using var first = await PipelineHost.StartAsync(settings["Storage:Sqlite:Path"], configure: services => Decorate(services, barrier), settings: settings);
        await using var second = await PipelineHost.StartAsync(settings["Storage:Sqlite:Path"], configure: services => Decorate(services, barrier), settings: settings);

        var results = await Task.WhenAll(
            first.Pipeline.ProcessAsync(PipelineHost.Turn("bob", "practice price", "b-1"), TurnDelivery.RepliesByMessenger, CancellationToken.None),
            second.Pipeline.ProcessAsync(PipelineHost.Turn("bob", "roleplay cfo-budget-freeze", "b-2"), TurnDelivery.RepliesByMessenger, CancellationToken.None));

        Assert.All(results, r => Assert.Equal(TurnStatus.Handled, r.Status));
        var state = (await second.Store.LoadAsync(PipelineHost.User("bob"), CancellationToken.None))!.State;
        Assert.Equal(2, state.Turns);
        Assert.Equal(["b-1", "b-2"], state.Processed.Select(p => p.Id).Order());
        var transcript = await first.Store.GetTranscriptAsync(PipelineHost.User("bob"), CancellationToken.None);
        Assert.Equal([1L, 2], transcript.Select(e => e.Sequence));
        Assert.Equal(["b-1", "b-2"], transcript.Select(e => e.MessageId).Order());

        // The later commit ran on the earlier one's state: the drill it started is the one in flight, and its session
        // record was written with it. (The first drill was closed by the second when the role-play won the race last.)
        var sessions = await first.Store.GetSessionsAsync(PipelineHost.User("bob"), CancellationToken.None);
        Assert.Equal(transcript[1].SessionId, state.Session!.Id);
        Assert.Contains(sessions, s => s.Id == state.Session.Id);
    }

    private static void Decorate(IServiceCollection services, LoadBarrier barrier) =>
        services.AddSingleton(sp => barrier.Wrap(ActivatorUtilities.CreateInstance<DocumentConversationStore>(sp)));
}
