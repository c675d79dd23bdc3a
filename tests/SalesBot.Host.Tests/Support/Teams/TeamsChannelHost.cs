using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Conversations;
using SalesBot.Core.Messaging;
using SalesBot.Core.Storage;
using SalesBot.Teams.Tests.Support;

namespace SalesBot.Host.Tests.Support.Teams;

/// <summary>
/// The conformance harness end to end: the Node fake Bot Connector (botbuilder, its own keys, OpenID metadata, token
/// endpoint and Connector routes) plus the botbuilder reference bot, and the real SalesBot host on Kestrel (SQLite file)
/// pointed at them. Everything is real HTTP with real JWTs on 127.0.0.1. One per test class; tests use their own users.
/// <see cref="StoreSettings"/> puts the host on another store (e.g. the Cosmos test server); <see cref="RestartAsync"/>
/// stops the host and starts a new one on the same store and the same fake Connector.
/// </summary>
public sealed class TeamsChannelHost : IAsyncLifetime
{
    /// <summary>The manager of the test tenant (Roles:Managers).</summary>
    public static readonly TeamsUser Manager = new("Mia", "7d6c5b4a-3928-4716-8504-f3e2d1c0b9a8");

    private string? _token;

    public FakeConnector Fake { get; } = new();

    public SalesBotFactory Factory { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public IServiceProvider Services => Factory.Services;

    public string ServiceUrl => Fake.ServiceUrl;

    /// <summary>Extra host settings (e.g. <c>Storage:Provider=Cosmos</c> and its <c>Storage:Cosmos:*</c>), on top of <see cref="Settings"/>.</summary>
    public IReadOnlyDictionary<string, string?> StoreSettings { get; init; } = new Dictionary<string, string?>();

    /// <summary>The bot's settings for this harness: app id/secret, the fake's metadata and token endpoint, the manager.</summary>
    public static Dictionary<string, string?> Settings(FakeConnector fake) => new()
    {
        ["Teams:AppId"] = FakeConnector.AppId,
        ["Teams:AppPassword"] = FakeConnector.AppPassword,
        ["Teams:OpenIdMetadataUrl"] = fake.OpenIdMetadataUrl,
        ["Teams:EntraOpenIdMetadataUrl"] = fake.EntraOpenIdMetadataUrl,
        ["Teams:TokenEndpoint"] = fake.TokenEndpoint(),
        ["Roles:Managers:1"] = $"teams:{FakeConnector.TenantId}:{Manager.AadObjectId}",
    };

    public async Task InitializeAsync()
    {
        await Fake.InitializeAsync();
        Factory = new SalesBotFactory(settings: HostSettings());
        Http = Factory.CreateClient();
    }

    /// <summary>Stops the host and starts a new one on the same store (same SQLite file or Cosmos database), as a redeploy would.</summary>
    public async Task RestartAsync()
    {
        var database = Factory.DatabasePath;
        await Factory.DisposeAsync();
        Factory = new SalesBotFactory(database, settings: HostSettings());
        Http = Factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Fake.DisposeAsync();
    }

    private Dictionary<string, string?> HostSettings()
    {
        var settings = Settings(Fake);
        foreach (var (key, value) in StoreSettings)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>A valid channel token for the fake's serviceUrl (minted once; valid an hour).</summary>
    public async Task<string> TokenAsync() => _token ??= await Fake.MintAsync();

    /// <summary>POSTs an activity to /api/messages, signed with a valid channel token unless <paramref name="authorization"/> is given.</summary>
    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? authorization = null) => PostRawAsync(activity.ToJsonString(), authorization);

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? authorization = null, HttpClient? http = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization ?? $"Bearer {await TokenAsync()}");
        return await (http ?? Http).SendAsync(request);
    }

    /// <summary>
    /// Waits until everything queued for the user so far (turns, their replies and retries, follow-ups addressed to them)
    /// has run: a proactive request with nothing to say joins the end of the user's line and returns when its turn comes.
    /// </summary>
    public Task DrainAsync(TeamsUser user) => DrainAsync(user.Key);

    public async Task DrainAsync(UserKey user)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Services.GetRequiredService<IProactiveSender>().SendAsync(
            new ProactiveRequest { User = user, Reason = "test-drain", Compose = (_, _) => null },
            timeout.Token);
    }

    /// <summary>The Connector calls recorded for the user's personal chat (sends and updates), in order.</summary>
    public async Task<List<JsonNode>> CallsToAsync(string conversationId) =>
        (await Fake.CallsAsync()).Where(c => (string?)c!["conversationId"] == conversationId).Select(c => c!).ToList();

    public async Task<IReadOnlyList<SalesBot.Core.Transcripts.TranscriptEntry>> TranscriptAsync(TeamsUser user) =>
        await Services.GetRequiredService<IConversationStore>().GetTranscriptAsync(user.Key, CancellationToken.None);

    public async Task<ConversationReference?> ReferenceAsync(TeamsUser user) =>
        (await Services.GetRequiredService<IConversationStore>().LoadAsync(user.Key, CancellationToken.None))?.State.Reference;

    /// <summary>The Adaptive Card of a recorded send or update, or null for a text message.</summary>
    public static JsonObject? Card(JsonNode call) =>
        call["body"]?["attachments"]?[0]?["content"] as JsonObject;

    /// <summary>The <c>value</c> Teams would post for the card's button with this action id (the button's Action.Submit data).</summary>
    public static JsonNode Button(JsonObject card, string actionId)
    {
        var actions = card["actions"]?.AsArray() ?? new JsonArray();
        foreach (var action in actions.Concat(actions.SelectMany(a => a?["card"]?["actions"]?.AsArray() ?? new JsonArray())))
        {
            if ((string?)action?["data"]?["salesbot"]?["id"] == actionId)
            {
                return action!["data"]!;
            }
        }

        throw new InvalidOperationException($"No button '{actionId}' on the card: {card.ToJsonString()}");
    }

    /// <summary>Parses every card in the recorded calls with the official Adaptive Cards parser: no errors, no warnings.</summary>
    public static async Task AssertCardsParseCleanlyAsync(IEnumerable<JsonNode> calls)
    {
        var cards = calls.Select(Card).Where(c => c is not null).ToList();
        Assert.NotEmpty(cards);
        var directory = Directory.CreateTempSubdirectory("salesbot-teams-cards-");
        try
        {
            for (var i = 0; i < cards.Count; i++)
            {
                await File.WriteAllTextAsync(Path.Combine(directory.FullName, $"{i:D3}.json"), cards[i]!.ToJsonString());
            }

            var (exitCode, output, errors) = await NodeProcess.RunAsync("validate-cards.js", directory.FullName);

            Assert.True(exitCode == 0, $"adaptivecards reported problems:\n{output}\n{errors}");
            using var report = JsonDocument.Parse(output);
            Assert.Equal(cards.Count, report.RootElement.GetProperty("cards").GetInt32());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
