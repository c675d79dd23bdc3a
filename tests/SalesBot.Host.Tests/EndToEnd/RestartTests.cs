using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Messaging;
using SalesBot.Core.Storage;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.EndToEnd;

/// <summary>Stop the bot, start it again on the same SQLite file: transcripts, progress and the drill in flight are still there.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task AfterARestart_TheTranscriptAndTheDrillInFlightSurvive()
    {
        var database = SalesBotFactory.TempDatabase();
        var alice = new UserKey("local", "local", "alice");
        string buyerLine;

        await using (var before = new SalesBotFactory(database))
        {
            var client = new LocalClient(before.CreateClient());
            await client.SendAsync("alice", "help");
            await client.SendAsync("alice", "practice price");
            var scored = await client.SendAsync("alice", "We're the best, just buy it.");
            buyerLine = (string)scored.Last(r => (string?)r["kind"] == "buyer")["text"]!;
        }

        await using var after = new SalesBotFactory(database);
        var store = after.Services.GetRequiredService<IConversationStore>();
        var transcript = await store.GetTranscriptAsync(alice, CancellationToken.None);

        Assert.Equal(["help", "practice price", "We're the best, just buy it."], transcript.Select(e => e.UserText));
        Assert.NotNull(transcript[2].Score);
        var state = (await store.LoadAsync(alice, CancellationToken.None))!.State;
        Assert.NotNull(state.Session);
        Assert.Contains(state.Session.BuyerLine, buyerLine, StringComparison.Ordinal);

        // And the drill carries on where it was.
        var next = await new LocalClient(after.CreateClient()).SendAsync("alice", "Fair point. What are you comparing us with?");
        Assert.Matches(@"Score: \d{1,3}/100", (string)next[0]["text"]!);
        Assert.Contains("Attempt 2 at round 1", (string)next[0]["text"]!, StringComparison.Ordinal);
    }
}
