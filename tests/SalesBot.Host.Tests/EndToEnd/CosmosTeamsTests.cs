using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Host.Storage;
using SalesBot.Host.Storage.Cosmos;
using SalesBot.Host.Tests.Support;
using SalesBot.Host.Tests.Support.Teams;

namespace SalesBot.Host.Tests.EndToEnd;

/// <summary>
/// The whole bot over Teams with <c>Storage:Provider=Cosmos</c>: the fake Bot Connector (npm botbuilder) sends signed
/// activities to the real host, whose store is the Cosmos test server reached through the real SDK; then the host is
/// restarted on the same database.
/// </summary>
[Collection(CosmosServerGroup.Name)]
public sealed class CosmosTeamsTests(CosmosTestServer server) : IAsyncLifetime
{
    private const string PriceAnswer =
        "That's a fair challenge. Compared to what: the licence of your current tool, or what the invoice errors cost you? " +
        "Helix Freight paid back the difference in five months. Can we take 30 minutes on Thursday to build the business case?";

    private readonly TeamsChannelHost _teams = new() { StoreSettings = server.HostSettings(CosmosTestServer.UniqueName("teams")) };

    public Task InitializeAsync() => _teams.InitializeAsync();

    public Task DisposeAsync() => _teams.DisposeAsync();

    [Fact]
    public async Task TeamsDrill_OnCosmos_IsScored_AndProgressSurvivesARestart()
    {
        var ada = TeamsUser.New("Ada");
        Assert.IsType<CosmosDocumentStore>(_teams.Services.GetRequiredService<IDocumentStore>());

        await SayAsync(ada, "practice price");
        await SayAsync(ada, PriceAnswer);

        var scored = Assert.Single(await _teams.TranscriptAsync(ada), e => e.Score is not null);
        var feedback = (await _teams.CallsToAsync(ada.ConversationId)).Select(TeamsChannelHost.Card).OfType<JsonObject>()
            .Select(c => c["fallbackText"]!.GetValue<string>());
        Assert.Contains(feedback, f => f.Contains($"Score: {scored.Score!.Overall}/100", StringComparison.Ordinal));
        Assert.Equal(PriceAnswer, scored.UserText);

        await _teams.RestartAsync();
        Assert.IsType<CosmosDocumentStore>(_teams.Services.GetRequiredService<IDocumentStore>());
        await _teams.Fake.ResetAsync();
        await SayAsync(ada, "progress");

        var progress = TeamsChannelHost.Card(Assert.Single(await _teams.CallsToAsync(ada.ConversationId), c => TeamsChannelHost.Card(c) is not null))!;
        var price = Facts(progress).Single(f => ((string)f["title"]!).Contains("Price / value", StringComparison.Ordinal));
        Assert.StartsWith($"{scored.Score!.Overall}/100", (string)price["value"]!, StringComparison.Ordinal);
        Assert.Equal(["practice price", PriceAnswer, "progress"], (await _teams.TranscriptAsync(ada)).Select(e => e.UserText));
        Assert.True((await _teams.ReferenceAsync(ada))!.Active);
    }

    private async Task SayAsync(TeamsUser user, string text)
    {
        using (var response = await _teams.PostAsync(TeamsActivities.Message(user, text, _teams.ServiceUrl)))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await _teams.DrainAsync(user);
    }

    private static IEnumerable<JsonObject> Facts(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "FactSet" => o["facts"]!.AsArray().OfType<JsonObject>(),
        JsonObject o => o.SelectMany(p => Facts(p.Value)),
        JsonArray a => a.SelectMany(Facts),
        _ => [],
    };
}
