using System.Text.Json.Nodes;
using SalesBot.Teams.Activities;
using SalesBot.Teams.Connector;
using SalesBot.Teams.Mapping;
using SalesBot.Teams.Tests.Support;

namespace SalesBot.Teams.Tests.Connector;

/// <summary>The Connector client against the fake Bot Connector (botbuilder ChannelServiceRoutes) over real HTTP.</summary>
public sealed class ConnectorClientTests(FakeConnector fake) : IClassFixture<FakeConnector>, IAsyncLifetime
{
    private const string Conversation = "a:1conv";
    private static readonly Activity Hello = new() { Type = "message", Text = "hello" };

    public Task InitializeAsync() => fake.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private TeamsConversationReference Reference(string? conversationId = Conversation) => new()
    {
        ServiceUrl = fake.ServiceUrl,
        ConversationId = conversationId,
        ConversationType = "personal",
        TenantId = FakeConnector.TenantId,
        BotId = $"28:{FakeConnector.AppId}",
        BotName = "SalesBot",
        UserId = "29:user-ada",
        AadObjectId = "0f0e0d0c-0b0a-4909-8807-060504030201",
    };

    [Fact]
    public async Task Send_GetsATokenOnce_CachesIt_AndEncodesThePath()
    {
        using var host = new ConnectorHost(fake);
        var before = (await fake.TokenRequestsAsync()).Count;

        var first = await host.Client.SendToConversationAsync(fake.ServiceUrl, Conversation, Hello, FakeConnector.TenantId, default);
        var second = await host.Client.SendToConversationAsync(fake.ServiceUrl, Conversation, Hello, FakeConnector.TenantId, default);

        Assert.True(first.IsSuccess);
        Assert.StartsWith("1:fake-activity-", first.Id, StringComparison.Ordinal);
        Assert.True(second.IsSuccess);
        Assert.Equal(1, host.Tokens.Requests);
        var tokenRequests = await fake.TokenRequestsAsync();
        Assert.Equal(before + 1, tokenRequests.Count);
        var request = tokenRequests[^1]!;
        Assert.Equal("botframework.com", (string?)request["tenant"]);
        Assert.Equal("client_credentials", (string?)request["grantType"]);
        Assert.Equal(FakeConnector.AppId, (string?)request["clientId"]);
        Assert.Equal("https://api.botframework.com/.default", (string?)request["scope"]);
        var calls = await fake.CallsAsync();
        Assert.Equal(2, calls.Count);
        Assert.All(calls, c => Assert.Equal("/teams/v3/conversations/a%3A1conv/activities", (string?)c!["path"]));
        Assert.Equal("hello", (string?)calls[0]!["body"]!["text"]);
    }

    [Fact]
    public async Task Token_IsRefreshedFiveMinutesBeforeExpiry()
    {
        using var host = new ConnectorHost(fake);
        await host.Client.SendToConversationAsync(fake.ServiceUrl, Conversation, Hello, null, default);

        host.Time.Advance(TimeSpan.FromMinutes(54));
        await host.Client.SendToConversationAsync(fake.ServiceUrl, Conversation, Hello, null, default);
        Assert.Equal(1, host.Tokens.Requests);

        host.Time.Advance(TimeSpan.FromMinutes(2));
        await host.Client.SendToConversationAsync(fake.ServiceUrl, Conversation, Hello, null, default);
        Assert.Equal(2, host.Tokens.Requests);
    }

    [Fact]
    public async Task SingleTenantBot_GetsItsTokenFromItsTenant()
    {
        using var host = new ConnectorHost(fake, configure: s =>
        {
            s["Teams:TenantId"] = FakeConnector.TenantId;
            s["Teams:TokenEndpoint"] = fake.TokenEndpoint(FakeConnector.TenantId);
        });

        Assert.True((await host.Client.SendToConversationAsync(fake.ServiceUrl, Conversation, Hello, null, default)).IsSuccess);

        Assert.Equal(FakeConnector.TenantId, (string?)(await fake.TokenRequestsAsync())[^1]!["tenant"]);
    }

    [Fact]
    public async Task TooManyRequests_WaitsForRetryAfter_AndDeliversOnce()
    {
        using var host = new ConnectorHost(fake);
        await fake.FaultAsync("sendToConversation", 429, retryAfter: 2);

        var (result, retries) = await host.RunAsync(() => host.Client.SendToConversationAsync(fake.ServiceUrl, Conversation, Hello, null, default));

        Assert.Equal(ConnectorOutcome.Sent, result.Outcome);
        Assert.Equal(2, result.Attempts);
        var retry = Assert.Single(retries);
        Assert.Equal(TimeSpan.FromSeconds(2), retry.Delay);
        Assert.True(retry.FromRetryAfter);
        var calls = await fake.CallsAsync();
        Assert.Equal(2, calls.Count);
        Assert.Equal(429, (int?)calls[0]!["fault"]);
        Assert.Single(calls, c => c!["fault"] is null);
    }

    [Fact]
    public async Task TooManyRequests_WithoutRetryAfter_BacksOffExponentially()
    {
        using var host = new ConnectorHost(fake);
        await fake.FaultAsync("sendToConversation", 429, count: 2);

        var (result, retries) = await host.RunAsync(() => host.Client.SendToConversationAsync(fake.ServiceUrl, Conversation, Hello, null, default));

        Assert.True(result.IsSuccess);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], retries.Select(r => r.Delay));
        Assert.All(retries, r => Assert.False(r.FromRetryAfter));
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task TransientStatus_IsRetriedWithBackoff(int status)
    {
        using var host = new ConnectorHost(fake);
        await fake.FaultAsync("sendToConversation", status, count: 2);

        var (result, retries) = await host.RunAsync(() => host.Client.SendToConversationAsync(fake.ServiceUrl, Conversation, Hello, null, default));

        Assert.Equal(ConnectorOutcome.Sent, result.Outcome);
        Assert.Equal(3, result.Attempts);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], retries.Select(r => r.Delay));
        Assert.Equal([status, status], retries.Select(r => r.StatusCode));
        Assert.Single(await fake.CallsAsync(), c => c!["fault"] is null);
    }

    [Fact]
    public async Task Jitter_StaysWithinTwentyPercent()
    {
        using var host = new ConnectorHost(fake);
        host.Client.Jitter = () => 0;
        Assert.Equal(TimeSpan.FromMilliseconds(800), host.Client.Backoff(1));
        host.Client.Jitter = () => 0.999999;
        Assert.InRange(host.Client.Backoff(2).TotalMilliseconds, 2399, 2400);
        Assert.InRange(host.Client.Backoff(10).TotalMilliseconds, 16000, 24000);
    }

    [Fact]
    public async Task PersistentFailure_StopsAfterTheAllowedAttempts()
    {
        using var host = new ConnectorHost(fake);
        await fake.FaultAsync("sendToConversation", 503, count: 10);

        var (result, retries) = await host.RunAsync(() => host.Client.SendToConversationAsync(fake.ServiceUrl, Conversation, Hello, null, default));

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal(4, result.Attempts);
        Assert.Equal(3, retries.Count);
        Assert.Equal(4, (await fake.CallsAsync()).Count);
    }

    [Fact]
    public async Task RetryAfterLongerThanAllowed_FailsAsThrottledAtOnce()
    {
        using var host = new ConnectorHost(fake);
        await fake.FaultAsync("sendToConversation", 429, retryAfter: 600);

        var (result, retries) = await host.RunAsync(() => host.Client.SendToConversationAsync(fake.ServiceUrl, Conversation, Hello, null, default));

        Assert.Equal(ConnectorOutcome.Throttled, result.Outcome);
        Assert.Empty(retries);
        Assert.Single(await fake.CallsAsync());
    }

    [Theory]
    [InlineData("BotNotInConversationRoster")]
    [InlineData("MessageWritesBlocked")]
    [InlineData("ConversationBlockedByUser")]
    public async Task Forbidden_IsRecipientGone_AndNotRetried(string code)
    {
        using var host = new ConnectorHost(fake);
        await fake.FaultAsync("sendToConversation", 403, body: new { error = new { code, message = "The bot is not part of the conversation roster." } });

        var (result, retries) = await host.RunAsync(() => host.Client.SendToConversationAsync(fake.ServiceUrl, Conversation, Hello, null, default));

        Assert.Equal(ConnectorOutcome.RecipientGone, result.Outcome);
        Assert.Equal(403, result.StatusCode);
        Assert.Equal(code, result.ErrorCode);
        Assert.Empty(retries);
        Assert.Single(await fake.CallsAsync());
    }

    [Fact]
    public async Task Unauthorized_RefreshesTheTokenOnce_AndSends()
    {
        using var host = new ConnectorHost(fake);
        await host.Client.SendToConversationAsync(fake.ServiceUrl, Conversation, Hello, null, default);
        await fake.FaultAsync("sendToConversation", 401);

        var result = await host.Client.SendToConversationAsync(fake.ServiceUrl, Conversation, Hello, null, default);

        Assert.True(result.IsSuccess);
        Assert.Equal(2, host.Tokens.Requests);
    }

    [Fact]
    public async Task TokenEndpointFailure_IsAFailedResult_AndTheSecretIsNeverLogged()
    {
        using var host = new ConnectorHost(fake, configure: s => s["Teams:AppPassword"] = "wrong-secret-Kx7");
        var result = await host.Client.SendToConversationAsync(fake.ServiceUrl, Conversation, Hello, null, default);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal(ConnectorClient.TokenUnavailable, result.ErrorCode);
        Assert.Empty(await fake.CallsAsync());
        Assert.Contains(host.Logs.Lines, l => l.Contains("invalid_client", StringComparison.Ordinal));
        Assert.DoesNotContain("wrong-secret-Kx7", host.Logs.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example.com/teams/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/amer/")]
    [InlineData("https://user:pass@smba.trafficmanager.net/amer/")]
    [InlineData("not a url")]
    [InlineData("")]
    public async Task DisallowedServiceUrl_NeverReceivesAToken(string serviceUrl)
    {
        using var host = new ConnectorHost(fake);

        var result = await host.Client.SendToConversationAsync(serviceUrl, Conversation, Hello, null, default);

        Assert.Equal(ConnectorOutcome.ServiceUrlNotAllowed, result.Outcome);
        Assert.Equal(0, host.Tokens.Requests);
        Assert.Empty(await fake.CallsAsync());
    }

    [Fact]
    public async Task LoopbackServiceUrl_IsRefusedOutsideDevelopmentAndTesting()
    {
        using var host = new ConnectorHost(fake, environment: "Production");

        var result = await host.Client.SendToConversationAsync(fake.ServiceUrl, Conversation, Hello, null, default);

        Assert.Equal(ConnectorOutcome.ServiceUrlNotAllowed, result.Outcome);
        Assert.Equal(0, host.Tokens.Requests);
    }

    [Fact]
    public async Task ProactiveSend_WithoutConversation_CreatesThePersonalChatFirst()
    {
        using var host = new ConnectorHost(fake);

        var result = await host.Sender.SendAsync(Reference(conversationId: null), OutboundMessage.Plain("Your weekly nudge: practise **price** today."), default);

        Assert.True(result.IsSuccess);
        var calls = await fake.CallsAsync();
        Assert.Equal(["createConversation", "sendToConversation"], calls.Select(c => (string?)c!["operation"]));
        var parameters = calls[0]!["body"]!;
        Assert.False((bool?)parameters["isGroup"]);
        Assert.Equal($"28:{FakeConnector.AppId}", (string?)parameters["bot"]!["id"]);
        Assert.Equal("29:user-ada", (string?)parameters["members"]![0]!["id"]);
        Assert.Equal(FakeConnector.TenantId, (string?)parameters["tenantId"]);
        Assert.Equal(FakeConnector.TenantId, (string?)parameters["channelData"]!["tenant"]!["id"]);
        Assert.Equal("/teams/v3/conversations/a%3Afake-personal-29%3Auser-ada/activities", (string?)calls[1]!["path"]);
        var sent = calls[1]!["body"]!;
        Assert.Equal("Your weekly nudge: practise **price** today.", (string?)sent["text"]);
        Assert.Equal("markdown", (string?)sent["textFormat"]);
        Assert.Equal($"28:{FakeConnector.AppId}", (string?)sent["from"]!["id"]);
        Assert.Equal("29:user-ada", (string?)sent["recipient"]!["id"]);
        Assert.Equal(FakeConnector.TenantId, (string?)sent["conversation"]!["tenantId"]);
    }

    [Fact]
    public async Task MarkChosen_UpdatesThePressedCard()
    {
        using var host = new ConnectorHost(fake);

        var result = await host.Sender.MarkChosenAsync(Reference(), "1:card-7", "Practice price", default);

        Assert.True(result.IsSuccess);
        var call = Assert.Single(await fake.CallsAsync())!;
        Assert.Equal("updateActivity", (string?)call["operation"]);
        Assert.Equal("PUT", (string?)call["method"]);
        Assert.Equal("/teams/v3/conversations/a%3A1conv/activities/1%3Acard-7", (string?)call["path"]);
        var body = call["body"]!;
        Assert.Equal("1:card-7", (string?)body["id"]);
        var card = body["attachments"]![0]!["content"]!;
        Assert.Contains("You chose **Practice price**", card["body"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(card["actions"]);
    }

    [Fact]
    public async Task ReplyToActivity_PostsUnderTheActivity()
    {
        using var host = new ConnectorHost(fake);
        var thread = "19:fake-team-1@thread.skype;messageid=1571537152320";

        var result = await host.Client.ReplyToActivityAsync(fake.ServiceUrl, thread, "1:abc", Hello, null, default);

        Assert.True(result.IsSuccess);
        var call = Assert.Single(await fake.CallsAsync())!;
        Assert.Equal("replyToActivity", (string?)call["operation"]);
        Assert.Equal("/teams/v3/conversations/19%3Afake-team-1%40thread.skype%3Bmessageid%3D1571537152320/activities/1%3Aabc", (string?)call["path"]);
        Assert.Equal(thread, (string?)call["conversationId"]);
    }

    [Fact]
    public async Task RecipientGone_OnProactiveCreate_IsReportedAsSuch()
    {
        using var host = new ConnectorHost(fake);
        await fake.FaultAsync("createConversation", 403, body: new JsonObject { ["error"] = new JsonObject { ["code"] = "MessageWritesBlocked" } });

        var result = await host.Sender.SendAsync(Reference(conversationId: null), OutboundMessage.Plain("hi"), default);

        Assert.Equal(ConnectorOutcome.RecipientGone, result.Outcome);
        Assert.Equal("MessageWritesBlocked", result.ErrorCode);
        Assert.Single(await fake.CallsAsync());
    }
}
