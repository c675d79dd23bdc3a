using System.Text.Json.Nodes;
using SalesBot.Slack.Inbound;
using SalesBot.Slack.SocketMode;
using SalesBot.Slack.Tests.Support;

namespace SalesBot.Slack.Tests.SocketMode;

public sealed class SocketModeTests : IAsyncLifetime
{
    private FakeSlack _slack = null!;
    private SlackTestApp _app = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _app = await SlackTestApp.StartAsync(Settings(_slack));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task EventsApiEnvelope_AckedWithEnvelopeIdAndHandedToTheSameSink()
    {
        var socket = await _slack.NextConnectionAsync();
        var open = _slack.CallsTo("apps.connections.open").Single();
        Assert.Equal("Bearer xapp-1-A0001-test", open.Authorization);

        var ack = await socket.SendEnvelopeAsync("events_api", Fixtures.Json("events/message_im.json"), "env-1");

        Assert.Equal("env-1", ack["envelope_id"]!.GetValue<string>());
        Assert.Equal("{}", ack["payload"]!.ToJsonString());
        var message = await _app.Sink.NextAsync<SlackMessageReceived>();
        Assert.Equal("practice price & value <now>", message.Text);
        Assert.Equal(SlackTransport.SocketMode, message.Delivery.Transport);
        Assert.Equal("env-1", message.Delivery.EnvelopeId);
        Assert.Equal("Ev0MSG0001", message.Delivery.DeliveryId);
    }

    [Fact]
    public async Task RetriedEnvelope_CarriesRetryAttemptAndTheSameEventId()
    {
        var socket = await _slack.NextConnectionAsync();
        await socket.SendEnvelopeAsync("events_api", Fixtures.Json("events/message_im.json"), "env-a");
        await socket.SendEnvelopeAsync("events_api", Fixtures.Json("events/message_im.json"), "env-b", retryAttempt: 1);

        var first = await _app.Sink.NextAsync<SlackMessageReceived>();
        var retry = await _app.Sink.NextAsync<SlackMessageReceived>();
        Assert.Equal(first.Delivery.DeliveryId, retry.Delivery.DeliveryId);
        Assert.Equal((0, 1), (first.Delivery.RetryAttempt, retry.Delivery.RetryAttempt));
    }

    [Fact]
    public async Task SlashCommandEnvelope_AckPayloadIsTheEphemeralAcknowledgement()
    {
        var socket = await _slack.NextConnectionAsync();
        var payload = new JsonObject
        {
            ["token"] = "XXYYZZ",
            ["team_id"] = "T0001",
            ["team_domain"] = "salesbot-test",
            ["channel_id"] = "D0ALICE",
            ["user_id"] = "U0ALICE",
            ["user_name"] = "alice",
            ["command"] = "/salesbot",
            ["text"] = "progress",
            ["api_app_id"] = "A0001",
            ["is_enterprise_install"] = "false",
            ["response_url"] = "https://hooks.slack.com/commands/T0001/1/abc",
            ["trigger_id"] = "1.2.3",
        };

        var ack = await socket.SendEnvelopeAsync("slash_commands", payload, "env-cmd", acceptsResponsePayload: true);

        Assert.Equal("ephemeral", ack["payload"]!["response_type"]!.GetValue<string>());
        var command = await _app.Sink.NextAsync<SlackSlashCommand>();
        Assert.Equal("progress", command.Subcommand);
    }

    [Fact]
    public async Task InteractiveViewSubmission_AckPayloadCarriesFieldErrors()
    {
        _app.Sink.OnSubmit = (_, _) => Task.FromResult(SlackViewSubmissionResult.Errors(("time", "Use HH:mm.")));
        var socket = await _slack.NextConnectionAsync();

        var ack = await socket.SendEnvelopeAsync("interactive", Fixtures.Json("interactions/view_submission.json"), "env-view", acceptsResponsePayload: true);

        Assert.Equal("errors", ack["payload"]!["response_action"]!.GetValue<string>());
        Assert.Equal("Use HH:mm.", ack["payload"]!["errors"]!["time"]!.GetValue<string>());
    }

    [Fact]
    public async Task InteractiveBlockAction_AckedEmptyAndDecoded()
    {
        var socket = await _slack.NextConnectionAsync();
        var ack = await socket.SendEnvelopeAsync("interactive", Fixtures.Json("interactions/block_actions.json"), "env-btn");
        Assert.Equal("{}", ack["payload"]!.ToJsonString());
        Assert.Equal("practice", (await _app.Sink.NextAsync<SlackBlockAction>()).Action.Id);
    }

    [Theory]
    [InlineData("refresh_requested")]
    [InlineData("warning")]
    [InlineData("too_many_websockets")]
    public async Task DisconnectMessage_ReconnectsAtOnceWithAFreshUrl(string reason)
    {
        var first = await _slack.NextConnectionAsync();
        await first.SendDisconnectAsync(reason);

        var second = await _slack.NextConnectionAsync();
        await first.Closed;
        Assert.NotEqual(first.Query, second.Query);
        Assert.Equal(2, _slack.CallsTo("apps.connections.open").Count);
        Assert.Empty(_app.Delay.Delays);

        var ack = await second.SendEnvelopeAsync("events_api", Fixtures.Json("events/app_home_opened.json"), "env-after");
        Assert.Equal("env-after", ack["envelope_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task DroppedSocket_ReconnectsWithBackoff_AndKeepsWorking()
    {
        var first = await _slack.NextConnectionAsync();
        await first.SendEnvelopeAsync("events_api", Fixtures.Json("events/message_im.json"), "env-before");
        first.Abort();

        var second = await _slack.NextConnectionAsync();
        Assert.Equal([TimeSpan.FromSeconds(1)], _app.Delay.Delays);
        var ack = await second.SendEnvelopeAsync("events_api", Fixtures.Json("events/app_mention.json"), "env-after");
        Assert.Equal("env-after", ack["envelope_id"]!.GetValue<string>());
        Assert.Equal("Ev0MSG0001", (await _app.Sink.NextAsync<SlackMessageReceived>()).Delivery.DeliveryId);
        Assert.True((await _app.Sink.NextAsync<SlackMessageReceived>()).IsMention);
    }

    [Fact]
    public async Task ConnectFailures_BackOffExponentially_ThenRecover()
    {
        var first = await _slack.NextConnectionAsync();
        _slack.Enqueue("apps.connections.open", FakeReply.Error("internal_error"));
        _slack.Enqueue("apps.connections.open", FakeReply.Error("internal_error"));
        _slack.Enqueue("apps.connections.open", FakeReply.RateLimited(1));
        first.Abort();

        var next = await _slack.NextConnectionAsync();
        Assert.NotNull(next);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(1)], _app.Delay.Delays);
    }

    [Fact]
    public async Task InvalidAppToken_StopsTheClientInsteadOfLooping()
    {
        await using var slack = await FakeSlack.StartAsync();
        slack.Enqueue("apps.connections.open", FakeReply.Error("invalid_auth"));
        await using var app = await SlackTestApp.StartAsync(Settings(slack));
        var service = (SlackSocketModeService)app.Services.GetService(typeof(SlackSocketModeService))!;

        await service.ExecuteTask!;
        Assert.Single(slack.CallsTo("apps.connections.open"));
        Assert.Contains(app.Logs.Lines, l => l.Contains("app-level token was refused", StringComparison.Ordinal));
    }

    [Fact]
    public void Backoff_DoublesUpToTheMaximum()
    {
        var max = TimeSpan.FromSeconds(60);
        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60], Enumerable.Range(1, 8).Select(n => SlackSocketModeService.Backoff(n, max).TotalSeconds));
    }

    private static Dictionary<string, string?> Settings(FakeSlack slack) => new()
    {
        ["Slack:Mode"] = "SocketMode",
        ["Slack:AppToken"] = "xapp-1-A0001-test",
        ["Slack:BotToken"] = "xoxb-test-bot-token-0001",
        ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
    };
}
