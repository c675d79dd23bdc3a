using System.Net;
using System.Text.Json.Nodes;
using SalesBot.Slack.Inbound;
using SalesBot.Slack.Tests.Support;

namespace SalesBot.Slack.Tests.Http;

public sealed class InteractionsEndpointTests : IAsyncLifetime
{
    private SlackTestApp _app = null!;

    public async Task InitializeAsync() => _app = await SlackTestApp.StartAsync(SlackTestApp.HttpSettings());

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task BlockActions_ButtonPress_DecodedToTheChannelNeutralActionWithTheMessageToUpdate()
    {
        using var response = await _app.SendAsync(SlackRequests.Interaction(Fixtures.Read("interactions/block_actions.json"), _app.Time.GetUtcNow()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());

        var pressed = await _app.Sink.NextAsync<SlackBlockAction>();
        Assert.Equal("practice", pressed.Action.Id);
        Assert.Equal("price", pressed.Action.Get("category"));
        Assert.Equal("sb.0.practice", pressed.SlackActionId);
        Assert.Equal(("D0ALICE", "1700000600.000700", false, false), (pressed.Source.ChannelId, pressed.Source.MessageTs, pressed.Source.IsEphemeral, pressed.Source.IsView));
        Assert.Equal(new Uri("https://hooks.slack.com/actions/T0001/1700000900/abcdef"), pressed.ResponseUrl);
        Assert.Equal("U0ALICE", pressed.User);
        Assert.Equal("1700000900.0001.abcdef0123456789", pressed.Delivery.DeliveryId);
    }

    [Fact]
    public async Task BlockActions_FromAppHome_PointsAtTheViewWithoutResponseUrl()
    {
        var payload = Fixtures.Json("interactions/block_actions.json");
        payload["container"] = new JsonObject { ["type"] = "view", ["view_id"] = "V0HOME" };
        payload.AsObject().Remove("response_url");
        payload.AsObject().Remove("message");
        payload.AsObject().Remove("channel");
        using var response = await _app.SendAsync(SlackRequests.Interaction(payload.ToJsonString(), _app.Time.GetUtcNow()));

        var pressed = await _app.Sink.NextAsync<SlackBlockAction>();
        Assert.True(pressed.Source.IsView);
        Assert.Equal("V0HOME", pressed.Source.ViewId);
        Assert.Null(pressed.ResponseUrl);
    }

    [Fact]
    public async Task BlockActions_ResponseUrlPointingAtPlainHttpElsewhere_IsDropped()
    {
        var payload = Fixtures.Json("interactions/block_actions.json");
        payload["response_url"] = "http://attacker.example/steal";
        using var response = await _app.SendAsync(SlackRequests.Interaction(payload.ToJsonString(), _app.Time.GetUtcNow()));
        Assert.Null((await _app.Sink.NextAsync<SlackBlockAction>()).ResponseUrl);
    }

    [Fact]
    public async Task ViewSubmission_InvalidField_AnswersResponseActionErrorsForThatBlock()
    {
        _app.Sink.OnSubmit = (submission, ct) => Task.FromResult(
            submission.Values.GetText("time") is { } time && TimeOnly.TryParse(time, System.Globalization.CultureInfo.InvariantCulture, out _)
                ? SlackViewSubmissionResult.Close
                : SlackViewSubmissionResult.Errors(("time", "Use a time like 09:30.")));

        using var response = await _app.SendAsync(SlackRequests.Interaction(Fixtures.Read("interactions/view_submission.json"), _app.Time.GetUtcNow()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("errors", body["response_action"]!.GetValue<string>());
        Assert.Equal("Use a time like 09:30.", body["errors"]!["time"]!.GetValue<string>());
        Assert.Equal(2, body.AsObject().Count);

        var submission = await _app.Sink.NextAsync<SlackViewSubmission>();
        Assert.Equal(("one-on-one-setup", "team=sales-emea", "V0MODAL01"), (submission.CallbackId, submission.PrivateMetadata, submission.ViewId));
        Assert.Equal("U0ALICE", submission.Values.GetText("report"));
        Assert.Equal("tuesday", submission.Values.GetText("weekday"));
        Assert.Equal("static_select", submission.Values.Get("weekday")!.Type);
    }

    [Fact]
    public async Task ViewSubmission_Valid_ClosesWithAnEmpty200()
    {
        using var response = await _app.SendAsync(SlackRequests.Interaction(Fixtures.Read("interactions/view_submission.json"), _app.Time.GetUtcNow()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ViewSubmission_SinkTooSlow_ClosesTheModalInsteadOfTimingOut()
    {
        _app.Sink.OnSubmit = async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return SlackViewSubmissionResult.Close;
        };
        var options = (Microsoft.Extensions.Options.IOptions<SalesBot.Slack.Configuration.SlackOptions>)_app.Services.GetService(typeof(Microsoft.Extensions.Options.IOptions<SalesBot.Slack.Configuration.SlackOptions>))!;
        options.Value.ViewSubmissionTimeout = TimeSpan.FromMilliseconds(50);

        using var response = await _app.SendAsync(SlackRequests.Interaction(Fixtures.Read("interactions/view_submission.json"), _app.Time.GetUtcNow()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ViewClosedAndShortcut_Tolerated_HandedToSink()
    {
        using (await _app.SendAsync(SlackRequests.Interaction(Fixtures.Read("interactions/view_closed.json"), _app.Time.GetUtcNow())))
        {
        }

        using (await _app.SendAsync(SlackRequests.Interaction(Fixtures.Read("interactions/shortcut.json"), _app.Time.GetUtcNow())))
        {
        }

        var closed = await _app.Sink.NextAsync<SlackViewClosed>();
        Assert.Equal("one-on-one-setup", closed.CallbackId);
        var shortcut = await _app.Sink.NextAsync<SlackShortcut>();
        Assert.Equal(("shortcut", "start_drill"), (shortcut.Kind, shortcut.CallbackId));
    }

    [Fact]
    public async Task UnknownInteractionType_Is200AndIgnored()
    {
        using var response = await _app.SendAsync(SlackRequests.Interaction("{\"type\":\"block_suggestion\",\"team\":{\"id\":\"T0001\"},\"user\":{\"id\":\"U0ALICE\"}}", _app.Time.GetUtcNow()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(_app.Sink.IsEmpty);
    }

    [Theory]
    [InlineData("payload=%7Bnot+json")]
    [InlineData("payload=")]
    [InlineData("nopayload=1")]
    [InlineData("payload=%7B%22type%22%3A%22block_actions%22%7D")]
    public async Task MalformedPayload_Signed_Is400(string form)
    {
        using var response = await _app.SendAsync(SlackRequests.SignedPost("/slack/interactions", form, "application/x-www-form-urlencoded", _app.Time.GetUtcNow()));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(_app.Sink.IsEmpty);
    }
}
