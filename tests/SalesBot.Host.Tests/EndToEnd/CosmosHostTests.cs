using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Messaging;
using SalesBot.Core.Storage;
using SalesBot.Host.Storage;
using SalesBot.Host.Storage.Cosmos;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.EndToEnd;

/// <summary>The whole bot with <c>Storage:Provider=Cosmos</c> on the Cosmos test server.</summary>
[Collection(CosmosServerGroup.Name)]
public sealed class CosmosHostTests(CosmosTestServer server)
{
    [Fact]
    public async Task LocalDrill_OnCosmos_IsScored_AndProgressSurvivesARestart()
    {
        var settings = server.HostSettings(CosmosTestServer.UniqueName("bot"));
        var alice = new UserKey("local", "local", "alice");

        await using (var before = new SalesBotFactory(settings: settings))
        {
            Assert.IsType<CosmosDocumentStore>(before.Services.GetRequiredService<IDocumentStore>());
            var client = new LocalClient(before.CreateClient());
            await client.SendAsync("alice", "practice price");
            var scored = await client.SendAsync("alice", "We're the best, just buy it.");
            Assert.Matches(@"Score: \d{1,3}/100", (string)scored[0]["text"]!);
        }

        await using var after = new SalesBotFactory(settings: settings);
        var store = after.Services.GetRequiredService<IConversationStore>();
        var transcript = await store.GetTranscriptAsync(alice, CancellationToken.None);
        Assert.Equal(["practice price", "We're the best, just buy it."], transcript.Select(e => e.UserText));
        Assert.NotNull(transcript[1].Score);
        Assert.NotNull((await store.LoadAsync(alice, CancellationToken.None))!.State.Session);

        var restarted = new LocalClient(after.CreateClient());
        var progress = await restarted.SendAsync("alice", "progress");
        var price = progress[0]["sections"]!.AsArray().SelectMany(s => s!["facts"]!.AsArray())
            .Single(f => ((string)f!["name"]!).Contains("Price / value", StringComparison.Ordinal))!;
        Assert.StartsWith($"{transcript[1].Score!.Overall}/100", (string)price["value"]!, StringComparison.Ordinal);

        var next = await restarted.SendAsync("alice", "Fair point. What are you comparing us with?");
        Assert.Contains("Attempt 2 at round 1", (string)next[0]["text"]!, StringComparison.Ordinal);
        using var ready = await after.CreateClient().GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}
