using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Storage;
using SalesBot.Host.Tests.Support;
using SalesBot.Host.Tests.Support.Teams;
using SalesBot.Teams.Tests.Support;

namespace SalesBot.Host.Tests.EndToEnd;

/// <summary>
/// Attacks on the real host's /api/messages: the forged and broken token matrix (with botbuilder's verdict as the
/// oracle), bad bodies, and a serviceUrl on a host that must never receive the bot's token. A rejected request leaves no
/// trace: no state, no transcript, no reply.
/// </summary>
public sealed class TeamsEndpointSecurityTests(TeamsChannelHost teams) : IClassFixture<TeamsChannelHost>
{
    public static TheoryData<string, bool, string> Cases => TokenCases.All;

    private string MessagesUrl => new Uri(teams.Http.BaseAddress!, "/api/messages").ToString();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Token_TheHostAgreesWithTheBotbuilderOracle_AndARejectionLeavesNoTrace(string name, bool accepted, string reason)
    {
        _ = reason; // the validator's reasons are checked in SalesBot.Teams.Tests
        var user = TeamsUser.New("Case");
        var body = TokenCases.Activity(teams.ServiceUrl, userId: user.UserId, aadObjectId: user.AadObjectId, conversationId: user.ConversationId, text: "help");
        var (authorization, sent) = await TokenCases.RequestAsync(teams.Fake, name, body);

        var salesBot = await teams.Fake.PostActivityAsync(MessagesUrl, authorization, sent);
        var oracle = await teams.Fake.PostActivityAsync(teams.Fake.OracleUrl, authorization, sent);
        await teams.DrainAsync(user);

        Assert.Equal(accepted, oracle is >= 200 and < 300);
        Assert.Equal(accepted ? 200 : 401, salesBot);
        var stored = await teams.Services.GetRequiredService<IConversationStore>().LoadAsync(user.Key, CancellationToken.None);
        var replies = await teams.CallsToAsync(user.ConversationId);
        if (accepted)
        {
            Assert.NotNull(stored);
            Assert.Single(await teams.TranscriptAsync(user));
            Assert.NotEmpty(replies);
        }
        else
        {
            Assert.Null(stored);
            Assert.Empty(await teams.TranscriptAsync(user));
            Assert.Empty(replies);
        }
    }

    [Fact]
    public async Task MalformedJson_Is400WithAReason_AndNothingIsStored()
    {
        using var response = await teams.PostRawAsync("{\"type\":\"message\",\"text\":");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.StartsWith("Malformed JSON", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "Malformed JSON")]
    [InlineData("null", "one Activity as a JSON object")]
    [InlineData("{\"serviceUrl\":\"{serviceUrl}\",\"text\":\"hi\"}", "no type")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"{serviceUrl}\",\"text\":\"hi\"}", "lacks conversation.id, recipient.id, from.id")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"{serviceUrl}\",\"from\":{\"id\":7}}", "Malformed JSON")]
    public async Task ActivityThatCantBeActedOn_Is400WithAReason(string body, string reason)
    {
        using var response = await teams.PostRawAsync(body.Replace("{serviceUrl}", teams.ServiceUrl, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnsignedGarbage_Is401_BeforeTheBodyIsRead()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json") };

        using var response = await teams.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Theory]
    [InlineData("messageReaction")]
    [InlineData("typing")]
    [InlineData("somethingTeamsInventsNextYear")]
    public async Task UnknownOrIgnoredActivityType_Is200_AndNothingHappens(string type)
    {
        var user = TeamsUser.New("Ada");
        var activity = TeamsActivities.Base(user, type, teams.ServiceUrl);

        using var response = await teams.PostAsync(activity);
        await teams.DrainAsync(user);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await teams.ReferenceAsync(user));
        Assert.Empty(await teams.CallsToAsync(user.ConversationId));
    }

    [Fact]
    public async Task UnsupportedInvoke_Is501_AsTheSdkAnswers()
    {
        var activity = TeamsActivities.Base(TeamsUser.New("Ada"), "invoke", teams.ServiceUrl);
        activity["name"] = "task/fetch";

        using var response = await teams.PostAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task HugeBody_Is413()
    {
        var activity = TeamsActivities.Message(TeamsUser.New("Ada"), new string('x', 1024 * 1024), teams.ServiceUrl);

        using var response = await teams.PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task ServiceUrlOnAHostNotAllowed_IsAnswered200_ButNeverReceivesTheBotsToken()
    {
        // A fresh host, so no bot token is cached yet: the refusal must come before the token is even fetched.
        await using var factory = new SalesBotFactory(settings: TeamsChannelHost.Settings(teams.Fake));
        using var http = factory.CreateClient();
        var evil = "https://smba.trafficmanager.net.evil.example/teams/";
        var user = TeamsUser.New("Ada");
        var tokenRequests = (await teams.Fake.TokenRequestsAsync()).Count;
        var token = await teams.Fake.MintAsync(new { serviceUrl = evil });

        using var response = await teams.PostRawAsync(TeamsActivities.Message(user, "help", evil).ToJsonString(), $"Bearer {token}", http);
        await factory.Services.GetRequiredService<SalesBot.Core.Conversations.IProactiveSender>().SendAsync(
            new SalesBot.Core.Conversations.ProactiveRequest { User = user.Key, Reason = "test-drain", Compose = (_, _) => null }, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var transcript = await factory.Services.GetRequiredService<IConversationStore>().GetTranscriptAsync(user.Key, CancellationToken.None);
        Assert.Single(transcript); // the turn ran; only its delivery was refused
        Assert.Equal(tokenRequests, (await teams.Fake.TokenRequestsAsync()).Count);
        Assert.Empty(await teams.CallsToAsync(user.ConversationId));
    }

    [Fact]
    public async Task HostWithoutTeamsSettings_Answers401ToASignedActivity()
    {
        await using var factory = new SalesBotFactory();
        using var http = factory.CreateClient();
        var user = TeamsUser.New("Ada");

        using var response = await teams.PostRawAsync(TeamsActivities.Message(user, "help", teams.ServiceUrl).ToJsonString(), http: http);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null((await factory.Services.GetRequiredService<IConversationStore>().LoadAsync(user.Key, CancellationToken.None))?.State);
    }
}
