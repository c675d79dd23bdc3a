using System.Net;
using System.Text.Json.Nodes;
using SalesBot.Slack.Inbound;
using SalesBot.Slack.Installations;
using SalesBot.Slack.Tests.Support;

namespace SalesBot.Slack.Tests.Http;

public sealed class EventsEndpointTests : IAsyncLifetime
{
    private SlackTestApp _app = null!;

    public async Task InitializeAsync() => _app = await SlackTestApp.StartAsync(SlackTestApp.HttpSettings());

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private DateTimeOffset Now => _app.Time.GetUtcNow();

    [Fact]
    public async Task UrlVerification_Signed_EchoesChallenge()
    {
        using var response = await _app.SendAsync(SlackRequests.Event(Fixtures.Read("events/url_verification.json"), Now));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task MessageIm_FromUser_AcknowledgedThenHandedToSinkUnescaped()
    {
        using var response = await _app.SendAsync(SlackRequests.Event(Fixtures.Read("events/message_im.json"), Now));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());

        var message = await _app.Sink.NextAsync<SlackMessageReceived>();
        Assert.Equal("practice price & value <now>", message.Text);
        Assert.Equal("U0ALICE", message.User);
        Assert.Equal("D0ALICE", message.ChannelId);
        Assert.Equal("1700000100.000200", message.Ts);
        Assert.Equal(new SlackTeamRef("T0001", null, false, "A0001"), message.Team);
        Assert.Equal("Ev0MSG0001", message.Delivery.DeliveryId);
        Assert.Equal(0, message.Delivery.RetryAttempt);
        Assert.Equal(SlackTransport.Http, message.Delivery.Transport);
        Assert.False(message.IsMention);
    }

    [Fact]
    public async Task MessageIm_SlackRetry_PassesEventIdAndRetryNumberForDeduplication()
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var request = SlackRequests.Event(Fixtures.Read("events/message_im.json"), Now);
            if (attempt > 0)
            {
                request.Headers.Add("X-Slack-Retry-Num", attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
                request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
            }

            using var response = await _app.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var deliveries = new List<SlackDelivery>();
        for (var i = 0; i < 3; i++)
        {
            deliveries.Add((await _app.Sink.NextAsync<SlackMessageReceived>()).Delivery);
        }

        Assert.All(deliveries, d => Assert.Equal("Ev0MSG0001", d.DeliveryId));
        Assert.Equal([0, 1, 2], deliveries.Select(d => d.RetryAttempt));
        Assert.Equal("http_timeout", deliveries[2].RetryReason);
    }

    [Theory]
    [InlineData("events/message_bot.json")]
    [InlineData("events/message_changed.json")]
    [InlineData("events/reaction_added.json")]
    public async Task IgnoredOrUnknownEvent_Acknowledged_NotHandedToSink(string fixture)
    {
        using var ignored = await _app.SendAsync(SlackRequests.Event(Fixtures.Read(fixture), Now));
        Assert.Equal(HttpStatusCode.OK, ignored.StatusCode);

        // A later real message is the next thing the sink sees: the ignored one never reached it.
        using var real = await _app.SendAsync(SlackRequests.Event(Fixtures.Read("events/message_im.json"), Now));
        Assert.Equal("Ev0MSG0001", (await _app.Sink.NextAsync<SlackMessageReceived>()).Delivery.DeliveryId);
        Assert.Single(_app.Sink.All);
    }

    [Fact]
    public async Task MessageIm_FromTheBotsOwnUserWithoutBotId_Ignored()
    {
        var json = Fixtures.Json("events/message_im.json");
        json["event"]!["user"] = "U0BOT";
        using (await _app.SendAsync(SlackRequests.Event(json.ToJsonString(), Now)))
        {
        }

        var edited = Fixtures.Json("events/message_im.json");
        edited["event"]!["channel_type"] = "channel";
        using (await _app.SendAsync(SlackRequests.Event(edited.ToJsonString(), Now)))
        {
        }

        using (await _app.SendAsync(SlackRequests.Event(Fixtures.Read("events/app_home_opened.json"), Now)))
        {
        }

        await _app.Sink.NextAsync<SlackAppHomeOpened>();
        Assert.Single(_app.Sink.All);
    }

    [Fact]
    public async Task AppMention_LeadingBotMentionRemoved_MarkedAsMention()
    {
        using var response = await _app.SendAsync(SlackRequests.Event(Fixtures.Read("events/app_mention.json"), Now));
        var mention = await _app.Sink.NextAsync<SlackMessageReceived>();
        Assert.Equal("progress", mention.Text);
        Assert.True(mention.IsMention);
        Assert.Equal("C0SALES", mention.ChannelId);
    }

    [Fact]
    public async Task AppHomeOpened_HandedToSinkWithTab()
    {
        using var response = await _app.SendAsync(SlackRequests.Event(Fixtures.Read("events/app_home_opened.json"), Now));
        var opened = await _app.Sink.NextAsync<SlackAppHomeOpened>();
        Assert.Equal(("U0ALICE", "D0ALICE", "home"), (opened.User, opened.ChannelId, opened.Tab));
    }

    [Theory]
    [InlineData("events/app_uninstalled.json")]
    [InlineData("events/tokens_revoked.json")]
    public async Task UninstallOrBotTokenRevoked_RemovesInstallationBeforeTheSinkHears(string fixture)
    {
        await _app.Installations.SaveAsync(Installation("T0002"), default);
        await _app.Installations.SaveAsync(Installation("T0003"), default);

        using var response = await _app.SendAsync(SlackRequests.Event(Fixtures.Read(fixture), Now));
        var inbound = await _app.Sink.NextAsync<SlackInbound>();

        Assert.Equal("T0002", inbound.Team.TeamId);
        Assert.Null(await _app.Installations.FindAsync(new SlackTeamRef("T0002"), default));
        Assert.NotNull(await _app.Installations.FindAsync(new SlackTeamRef("T0003"), default));
        if (inbound is SlackTokensRevoked revoked)
        {
            Assert.Equal(["U0BOT2"], revoked.BotUserIds);
            Assert.Equal(["U0INSTALLER"], revoked.OAuthUserIds);
        }
    }

    [Fact]
    public async Task MalformedJson_Signed_Is400WithReason()
    {
        using var response = await _app.SendAsync(SlackRequests.Event("{\"type\":\"event_callback\",", Now));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Malformed JSON", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1,2,3]")]
    [InlineData("{\"event\":{}}")]
    [InlineData("{\"type\":\"event_callback\",\"team_id\":\"T0001\",\"event\":\"not an object\"}")]
    [InlineData("{\"type\":\"event_callback\",\"team_id\":\"T0001\",\"event\":{\"type\":\"message\",\"channel_type\":\"im\",\"user\":42}}")]
    public async Task WrongShape_Signed_Is400NeverA500(string body)
    {
        using var response = await _app.SendAsync(SlackRequests.Event(body, Now));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task BodyOverTheLimit_Is413()
    {
        var huge = new JsonObject { ["type"] = "event_callback", ["padding"] = new string('x', 1024 * 1024 + 10) };
        using var response = await _app.SendAsync(SlackRequests.Event(huge.ToJsonString(), Now));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private SlackInstallation Installation(string teamId) => new()
    {
        TeamId = teamId,
        BotToken = "xoxb-" + teamId,
        BotUserId = "U0BOT2",
        InstalledAt = Now,
    };
}
