using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Messaging;
using SalesBot.Slack.Api;
using SalesBot.Slack.BlockKit;
using SalesBot.Slack.Inbound;
using SalesBot.Slack.Installations;
using SalesBot.Slack.Outbound;
using SalesBot.Slack.Tests.Support;

namespace SalesBot.Slack.Tests.Api;

public sealed class SlackApiClientTests : IAsyncLifetime
{
    private const string Token = "xoxb-test-bot-token-0001";
    private FakeSlack _slack = null!;
    private SlackTestApp _app = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _app = await SlackTestApp.StartAsync(SlackTestApp.HttpSettings(_slack));
        await _slack.NextCallAsync("auth.test");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _slack.DisposeAsync();
    }

    private SlackApiClient Api => _app.Services.GetRequiredService<SlackApiClient>();

    private SlackMessenger Messenger => _app.Services.GetRequiredService<SlackMessenger>();

    [Fact]
    public async Task PostMessage_SendsJsonWithCharsetAndBearer_ReturnsChannelAndTs()
    {
        var sent = await Messenger.SendAsync(new SlackTeamRef(FakeSlack.TeamId), "D0ALICE", new OutboundMessage { Title = "Hi", Text = "**Ready?**", Actions = [new MessageAction("practice", "Go")] }, null, default);

        var call = Assert.Single(_slack.CallsTo("chat.postMessage"));
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        Assert.Equal("Bearer " + Token, call.Authorization);
        Assert.Equal("D0ALICE", call.Arg("channel"));
        Assert.Equal("Hi\nReady?\n\nOptions: Go", call.Arg("text"));
        Assert.Equal("*Ready?*", call.Json!["blocks"]![1]!["text"]!["text"]!.GetValue<string>());
        Assert.False(call.Json!["unfurl_links"]!.GetValue<bool>());
        Assert.Equal("D0ALICE", sent.ChannelId);
        Assert.StartsWith("1700000000.", sent.Ts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendToUser_OpensTheDmThenPosts()
    {
        var sent = await Messenger.SendToUserAsync(new SlackTeamRef(FakeSlack.TeamId), "U0ALICE", OutboundMessage.Plain("Your manager sent you a role-play."), default);

        Assert.Equal(["auth.test", "conversations.open", "chat.postMessage"], _slack.Calls.Select(c => c.Method));
        Assert.Equal("U0ALICE", _slack.CallsTo("conversations.open")[0].Arg("users"));
        Assert.Equal("DU0ALICE", sent.ChannelId);
    }

    [Fact]
    public async Task Update_ReplacesThePressedMessage()
    {
        var updated = await Messenger.UpdateAsync(new SlackTeamRef(FakeSlack.TeamId), "D0ALICE", "1700000600.000700", OutboundMessage.Plain("Answered: Next round"), default);
        var call = Assert.Single(_slack.CallsTo("chat.update"));
        Assert.Equal(("D0ALICE", "1700000600.000700"), (call.Arg("channel"), call.Arg("ts")));
        Assert.Equal("1700000600.000700", updated.Ts);
    }

    [Fact]
    public async Task UsersInfo_IsFormEncoded_ReturnsIanaTimeZone()
    {
        var user = await Messenger.GetUserAsync(new SlackTeamRef(FakeSlack.TeamId), "U0ALICE", default);
        var call = Assert.Single(_slack.CallsTo("users.info"));
        Assert.Equal("application/x-www-form-urlencoded", call.ContentType);
        Assert.Equal("U0ALICE", call.Form["user"]);
        Assert.Equal("Europe/Berlin", user.Tz);
        Assert.NotNull(TimeZoneInfo.FindSystemTimeZoneById(user.Tz!));
    }

    [Fact]
    public async Task ViewsPublishAndOpen_SendViewsAsJson()
    {
        var home = await Messenger.PublishHomeAsync(new SlackTeamRef(FakeSlack.TeamId), "U0ALICE", new SlackView(SlackView.HomeType, [new SectionBlock { Text = SlackText.Mrkdwn("hi") }]), default);
        var modal = await Messenger.OpenModalAsync(new SlackTeamRef(FakeSlack.TeamId), "1.2.3", new SalesBot.Slack.Modals.SlackModalBuilder("cb", "Title").AddTextInput("b", "Label").Build(), default);

        Assert.Equal("home", _slack.CallsTo("views.publish")[0].Json!["view"]!["type"]!.GetValue<string>());
        Assert.Equal("U0ALICE", _slack.CallsTo("views.publish")[0].Arg("user_id"));
        Assert.Equal("1.2.3", _slack.CallsTo("views.open")[0].Arg("trigger_id"));
        Assert.Equal("V0000000001", home!.Id);
        Assert.NotNull(modal!.Hash);
    }

    [Fact]
    public async Task PostEphemeralAndResponseUrl_PostTheRenderedMessage()
    {
        await Messenger.PostEphemeralAsync(new SlackTeamRef(FakeSlack.TeamId), "C0SALES", "U0ALICE", OutboundMessage.Plain("only you"), default);
        await Messenger.RespondAsync(_slack.ResponseUrl("r1"), OutboundMessage.Plain("progress: **62**"), SlackResponseMode.ReplaceOriginal, default);

        Assert.Equal("U0ALICE", _slack.CallsTo("chat.postEphemeral")[0].Arg("user"));
        var response = Assert.Single(_slack.CallsTo("response_url:r1"));
        Assert.Null(response.Authorization is { Length: > 0 } ? response.Authorization : null);
        Assert.True(response.Json!["replace_original"]!.GetValue<bool>());
        Assert.Equal("*62*", response.Json!["blocks"]![0]!["text"]!["text"]!.GetValue<string>()[^4..]);
    }

    [Theory]
    [InlineData("not_in_channel", SlackErrorKind.RecipientGone)]
    [InlineData("channel_not_found", SlackErrorKind.RecipientGone)]
    [InlineData("user_not_found", SlackErrorKind.RecipientGone)]
    [InlineData("account_inactive", SlackErrorKind.Auth)]
    [InlineData("token_revoked", SlackErrorKind.Auth)]
    [InlineData("invalid_auth", SlackErrorKind.Auth)]
    [InlineData("ratelimited", SlackErrorKind.RateLimited)]
    [InlineData("invalid_blocks", SlackErrorKind.Other)]
    public async Task OkFalse_MappedToTypedError(string error, SlackErrorKind kind)
    {
        _slack.Enqueue("chat.postMessage", FakeReply.Error(error));
        var ex = await Assert.ThrowsAsync<SlackApiException>(() => Api.PostMessageAsync(Token, new ChatPostMessageRequest("D0ALICE", "hi", null), default));
        Assert.Equal(error, ex.Error);
        Assert.Equal(kind, ex.Kind);
        Assert.Equal("chat.postMessage", ex.Method);
        Assert.Equal(kind is SlackErrorKind.RecipientGone or SlackErrorKind.Auth, ex.RecipientUnreachable);
    }

    [Fact]
    public async Task RateLimited429_WaitsRetryAfterThenSucceeds_WithoutDuplicates()
    {
        _slack.Enqueue("chat.postMessage", FakeReply.RateLimited(1));
        var before = _app.Time.GetUtcNow();

        var response = await Api.PostMessageAsync(Token, new ChatPostMessageRequest("D0RATE", "hello", null), default);

        var calls = _slack.CallsTo("chat.postMessage");
        Assert.Equal(2, calls.Count);
        Assert.True(response.Ok);
        Assert.Contains(TimeSpan.FromSeconds(1), _app.Delay.Delays);
        Assert.Equal(TimeSpan.FromSeconds(1), _app.Time.GetUtcNow() - before);
        Assert.Contains(_app.Logs.Lines, l => l.Contains("rate limited", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RateLimited429_BeyondTheRetryBudget_SurfacesRateLimitedWithRetryAfter()
    {
        for (var i = 0; i < 4; i++)
        {
            _slack.Enqueue("chat.update", FakeReply.RateLimited(2));
        }

        var ex = await Assert.ThrowsAsync<SlackApiException>(() => Api.UpdateMessageAsync(Token, new ChatUpdateRequest("D0ALICE", "1.2", "x", null), default));
        Assert.Equal(SlackErrorKind.RateLimited, ex.Kind);
        Assert.Equal(TimeSpan.FromSeconds(2), ex.RetryAfter);
        Assert.Equal(4, _slack.CallsTo("chat.update").Count);
    }

    [Fact]
    public async Task BulkSend_ToOneChannel_PacedToAboutOnePerSecondAfterABurst()
    {
        // A burst of 6 (one turn's replies) goes out at once; then one per second.
        for (var i = 0; i < 9; i++)
        {
            await Api.PostMessageAsync(Token, new ChatPostMessageRequest("C0BULK", "nudge " + i, null), default);
        }

        await Api.PostMessageAsync(Token, new ChatPostMessageRequest("C0OTHER", "other channel", null), default);

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)], _app.Delay.Delays);
        Assert.Equal(10, _slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task Tokens_NeverAppearInLogsOrExceptions()
    {
        _slack.Enqueue("chat.postMessage", FakeReply.RateLimited(1));
        _slack.Enqueue("chat.postMessage", FakeReply.Error("invalid_auth"));
        var ex = await Assert.ThrowsAsync<SlackApiException>(() => Api.PostMessageAsync(Token, new ChatPostMessageRequest("D0ALICE", "hi", null), default));

        Assert.DoesNotContain("xoxb-", _app.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-", ex.ToString(), StringComparison.Ordinal);
        var installation = new SlackInstallation { TeamId = "T1", BotToken = "xoxb-secret-1", BotRefreshToken = "xoxe-1-secret", BotUserId = "U1", InstalledAt = _app.Time.GetUtcNow() };
        Assert.DoesNotContain("secret", installation.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OAuthV2Access_FormEncodedWithBasicAuth()
    {
        var access = await Api.OAuthV2AccessAsync("1111.2222", "client-secret", "good-code", new Uri("https://bot.example/slack/oauth/callback"), default);
        var call = Assert.Single(_slack.CallsTo("oauth.v2.access"));
        Assert.Equal("application/x-www-form-urlencoded", call.ContentType);
        Assert.Equal("Basic " + Convert.ToBase64String("1111.2222:client-secret"u8.ToArray()), call.Authorization);
        Assert.Equal("https://bot.example/slack/oauth/callback", call.Form["redirect_uri"]);
        Assert.DoesNotContain("client_secret", call.Body, StringComparison.Ordinal);
        Assert.Equal("T0002", access.Team!.Id);
        Assert.DoesNotContain("xoxb", access.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Respond_ToANonLoopbackHttpUrl_IsRefusedWithoutSending()
    {
        var ex = await Assert.ThrowsAsync<SlackApiException>(() => Api.RespondAsync(new Uri("http://hooks.example/x"), new SlackResponseUrlMessage("x", null), default));
        Assert.Equal("invalid_response_url", ex.Error);
    }

    [Fact]
    public async Task NoInstallationAndNoBotToken_SendFailsAsNotInstalled()
    {
        await using var oauthOnly = await SlackTestApp.StartAsync(SlackTestApp.HttpSettings());
        var messenger = oauthOnly.Services.GetRequiredService<SlackMessenger>();
        var ex = await Assert.ThrowsAsync<SlackApiException>(() => messenger.SendAsync(new SlackTeamRef("T9"), "D1", OutboundMessage.Plain("x"), null, default));
        Assert.Equal(SlackErrorKind.Auth, ex.Kind);
    }

    [Fact]
    public async Task InstalledWorkspace_UsesItsOwnBotToken()
    {
        await _app.Installations.SaveAsync(new SlackInstallation { TeamId = "T0002", BotToken = "xoxb-installed-0002", BotUserId = "U0BOT2", InstalledAt = _app.Time.GetUtcNow() }, default);
        await Messenger.SendAsync(new SlackTeamRef("T0002"), "D0BOB", OutboundMessage.Plain("hi"), null, default);
        Assert.Equal("Bearer xoxb-installed-0002", _slack.CallsTo("chat.postMessage")[0].Authorization);
    }
}
