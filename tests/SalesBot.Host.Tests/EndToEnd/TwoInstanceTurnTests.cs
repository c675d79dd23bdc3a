using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Messaging;
using SalesBot.Core.Storage;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.EndToEnd;

/// <summary>
/// Two instances of the bot on one SQLite file, a seller's turns landing on either: each instance starts a user's turn
/// from the state it last committed (the turn-state cache), so the other instance's turns in between make that copy
/// stale. The stale copy must only ever cost a re-run: no turn lost, no attempt counted twice, the drill in order.
/// </summary>
public sealed class TwoInstanceTurnTests
{
    private const string Answer = "That is a fair challenge. Compared to what: your current tool, or what the invoice errors cost you? Helix Freight paid back the difference in five months. Can we take 30 minutes on Thursday at 10?";

    [Fact]
    public async Task TurnsAlternatingBetweenInstances_AreAllCommittedInOrder_OnTheFreshState()
    {
        await using var pair = new TwoInstances();
        var (one, two, a, b) = (pair.One, pair.Two, pair.A, pair.B);

        await a.SendAsync("alice", "practice price");      // one caches alice's state
        var onTwo = await b.SendAsync("alice", Answer);     // two scores round 1 (one's copy is now stale)
        var onOne = await a.SendAsync("alice", Answer);     // one: stale copy -> conflict -> re-run on two's state (round 2)
        var againOnTwo = await b.SendAsync("alice", Answer); // two: stale as well

        // Each passing answer moves the drill one round on; a stale start would have scored round 1 again.
        Assert.Contains("at round 1 of 3", LocalClient.Texts(onTwo), StringComparison.Ordinal);
        Assert.Contains("at round 2 of 3", LocalClient.Texts(onOne), StringComparison.Ordinal);
        Assert.Contains("at round 3 of 3", LocalClient.Texts(againOnTwo), StringComparison.Ordinal);
        Assert.Contains("Drill complete", LocalClient.Texts(againOnTwo), StringComparison.Ordinal);

        var alice = new UserKey("local", "local", "alice");
        var transcript = await one.Services.GetRequiredService<IConversationStore>().GetTranscriptAsync(alice, CancellationToken.None);
        Assert.Equal([1L, 2L, 3L, 4L], transcript.Select(e => e.Sequence));
        Assert.Equal(["practice price", Answer, Answer, Answer], transcript.Select(e => e.UserText));
        var state = (await two.Services.GetRequiredService<IConversationStore>().LoadAsync(alice, CancellationToken.None))!.State;
        Assert.Equal(4, state.Turns);
        Assert.Equal(3, state.ProgressFor("price")!.Attempts.Count);
    }

    [Fact]
    public async Task AMessageRedeliveredToTheOtherInstance_IsAnsweredOnce_EvenWhereThatInstancesCopyIsStale()
    {
        await using var pair = new TwoInstances();
        await pair.A.SendAsync("alice", "practice price");
        await Send(pair.A, "m1");                    // one remembers alice after m1
        await Send(pair.B, "m2");                    // two answers m2: one's copy is stale now
        var again = await Send(pair.A, "m2");        // the platform redelivers m2 to one

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.DoesNotContain("Score:", again.Body?.ToJsonString() ?? "", StringComparison.Ordinal);
        var alice = new UserKey("local", "local", "alice");
        var transcript = await pair.One.Services.GetRequiredService<IConversationStore>().GetTranscriptAsync(alice, CancellationToken.None);
        Assert.Equal(["practice price", Answer, Answer], transcript.Select(e => e.UserText));
        var state = (await pair.Two.Services.GetRequiredService<IConversationStore>().LoadAsync(alice, CancellationToken.None))!.State;
        Assert.Equal(2, state.ProgressFor("price")!.Attempts.Count);

        static Task<(HttpStatusCode Status, JsonObject? Body)> Send(LocalClient client, string messageId) =>
            client.PostRawAsync(new JsonObject { ["userId"] = "alice", ["text"] = Answer, ["messageId"] = messageId }.ToJsonString());
    }

    [Fact]
    public async Task ForgetMe_OnOneInstance_TheOtherDoesNotServeTheErasedState()
    {
        await using var pair = new TwoInstances();
        var (one, two, a, b) = (pair.One, pair.Two, pair.A, pair.B);
        await a.SendAsync("alice", "practice price");
        await a.SendAsync("alice", Answer);

        var confirm = await b.SendAsync("alice", "forget me");
        await b.PressAsync("alice", LocalClient.Action(confirm, "forget-confirm"));

        // One still holds alice's old state in memory; her next turn there must start from nothing.
        await a.SendAsync("alice", "progress");
        var state = (await one.Services.GetRequiredService<IConversationStore>().LoadAsync(new UserKey("local", "local", "alice"), CancellationToken.None))!.State;
        Assert.Null(state.ProgressFor("price"));
        Assert.Equal(1, state.Turns);
    }

    /// <summary>Two hosts on one SQLite file (the scheduler off: only turns run), each with a local-chat client.</summary>
    private sealed class TwoInstances : IAsyncDisposable
    {
        private static readonly Dictionary<string, string?> Settings = new() { ["Scheduling:Enabled"] = "false" };

        public TwoInstances()
        {
            var database = SalesBotFactory.TempDatabase();
            One = new SalesBotFactory(database, settings: Settings);
            Two = new SalesBotFactory(database, settings: Settings);
            A = new LocalClient(One.CreateClient());
            B = new LocalClient(Two.CreateClient());
        }

        public SalesBotFactory One { get; }

        public SalesBotFactory Two { get; }

        public LocalClient A { get; }

        public LocalClient B { get; }

        public async ValueTask DisposeAsync()
        {
            await One.DisposeAsync();
            await Two.DisposeAsync();
        }
    }
}
