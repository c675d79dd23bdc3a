using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Messaging;
using SalesBot.Slack.Inbound;
using SalesBot.Slack.Modals;
using SalesBot.Slack.Outbound;
using SalesBot.Slack.Pipeline;
using SalesBot.Slack.Tests.Support;

namespace SalesBot.Slack.Tests.Pipeline;

/// <summary>
/// The Slack → pipeline mapping through signed HTTP requests, with the turn pipeline recorded at its boundary: who the user
/// is, what the conversation reference carries, which message id de-duplicates, where slash-command answers go, and what
/// Slack is answered when the pipeline is busy.
/// </summary>
public sealed class PipelineSinkTests : IAsyncLifetime
{
    private readonly RecordingPipeline _pipeline = new();
    private readonly Modal _modal = new();
    private readonly Subcommand _subcommand = new();
    private FakeSlack _slack = null!;
    private SlackTestApp _app = null!;
    private SlackDriver _driver = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _app = await SlackTestApp.StartAsync(SlackTestApp.HttpSettings(_slack), services =>
        {
            services.AddSingleton<ITurnPipeline>(_pipeline);
            services.AddSingleton<ISlackModalHandler>(_modal);
            services.AddSingleton<ISlackSubcommand>(_subcommand);
            services.AddSingleton<ISlackTurnSink>(sp => SlackChannelExtensions.PipelineSink(sp, sp.GetRequiredService<ITurnPipeline>()));
        });
        _driver = new SlackDriver(_slack, _app.Client) { Clock = _app.Time };
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task DirectMessage_FromANewUser_IsAcknowledged_ThenQueuedWithTimeZoneDmAndBot()
    {
        var message = _driver.DirectMessage("U0ALICE", "practice price");
        var answer = await _driver.SendEventAsync(message);

        Assert.Equal((200, ""), (answer.Status, answer.Body));
        var (turn, delivery) = await _pipeline.TurnAsync(1);
        Assert.Null(delivery);
        Assert.Equal(new UserKey("slack", "T0001", "U0ALICE"), turn.User);
        Assert.Equal("practice price", turn.Text);
        Assert.Equal((string)message["event_id"]!, turn.MessageId);
        Assert.Equal("alice", turn.UserName);
        var reference = turn.Reference;
        Assert.Equal(("slack", "T0001", "U0ALICE", "DU0ALICE", FakeSlack.BotUserId), (reference.Channel, reference.TenantId, reference.ChannelUserId, reference.ConversationId, reference.BotId));
        Assert.Equal(("Europe/Berlin", "en-GB"), (reference.TimeZone, reference.Locale));
        Assert.Equal("U0ALICE", Assert.Single(_slack.CallsTo("users.info")).Arg("user"));
    }

    [Fact]
    public async Task DirectMessage_FromAKnownUser_IsQueuedBeforeTheAnswer_WithoutAnotherLookup()
    {
        await _driver.SendEventAsync(_driver.DirectMessage("U0ALICE", "hi"));
        await _pipeline.TurnAsync(1);

        var answer = await _driver.SendEventAsync(_driver.DirectMessage("U0ALICE", "help"));

        // Queued synchronously: the turn is there by the time Slack got its 200.
        Assert.Equal(200, answer.Status);
        Assert.Equal(2, _pipeline.Turns.Count);
        Assert.Equal("Europe/Berlin", _pipeline.Turns[1].Turn.Reference.TimeZone);
        Assert.Single(_slack.CallsTo("users.info"));
    }

    [Theory]
    [InlineData(EnqueueResult.Overloaded)]
    [InlineData(EnqueueResult.ShuttingDown)]
    public async Task PipelineBusyOrStopping_Is503_SoSlackRetries(EnqueueResult refusal)
    {
        await _driver.SendEventAsync(_driver.DirectMessage("U0ALICE", "hi"));
        await _pipeline.TurnAsync(1);
        _pipeline.EnqueueAnswer = refusal;

        var answer = await _driver.SendEventAsync(_driver.DirectMessage("U0ALICE", "help"));

        Assert.Equal(503, answer.Status);
    }

    [Fact]
    public async Task Duplicate_IsAcknowledgedWith200()
    {
        await _driver.SendEventAsync(_driver.DirectMessage("U0ALICE", "hi"));
        await _pipeline.TurnAsync(1);
        _pipeline.EnqueueAnswer = EnqueueResult.Duplicate;

        Assert.Equal(200, (await _driver.SendEventAsync(_driver.DirectMessage("U0ALICE", "help"), retry: 1)).Status);
    }

    [Fact]
    public async Task ButtonPress_CarriesThePressedMessageAndItsDm()
    {
        await _driver.SendEventAsync(_driver.DirectMessage("U0ALICE", "hi"));
        await _pipeline.TurnAsync(1);
        var post = await PostedAsync(new OutboundMessage { Text = "Round 1", Actions = [MessageAction.With("practice", "Again", "category", "price")] });

        Assert.Equal(200, (await _driver.SendInteractionAsync(_driver.Press("U0ALICE", post, "practice"))).Status);

        var turn = _pipeline.Turns[1].Turn;
        Assert.Equal("practice", turn.Action!.Id);
        Assert.Equal("price", turn.Action.Get("category"));
        Assert.Equal(post.Ts, turn.Action.SourceMessageId);
        Assert.Equal("DU0ALICE", turn.Reference.ConversationId);
        Assert.StartsWith("13345224609.", turn.MessageId, StringComparison.Ordinal);
        Assert.NotNull(_app.Services.GetRequiredService<SlackPressedMessages>().Find("T0001", post.Ts!)?.Blocks);
    }

    [Fact]
    public async Task SlashCommand_Practice_RunsInTheDm_AndTheAckSaysSo()
    {
        var answer = await _driver.SendCommandAsync(_driver.Command("U0ALICE", "practice price", "r1"));

        Assert.Equal(200, answer.Status);
        var ack = JsonNode.Parse(answer.Body)!;
        Assert.Equal(("ephemeral", SlackPipelineSink.DirectMessageAck), ((string?)ack["response_type"], (string?)ack["text"]));
        var (turn, delivery) = await _pipeline.TurnAsync(1);
        Assert.Null(delivery);
        Assert.Equal("practice price", turn.Text);
        Assert.Null(turn.Reference.ConversationId);
        Assert.DoesNotContain(_slack.Calls, c => c.Method.StartsWith("response_url:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("progress", "progress")]
    [InlineData("", "help")]
    [InlineData("help", "help")]
    [InlineData("review", "review")]
    public async Task SlashCommand_LookUps_AnswerInPlaceThroughResponseUrl(string text, string turnText)
    {
        _pipeline.ProcessAnswer = _ => new TurnResult([OutboundMessage.Plain("Your progress: proficient in 0 of 8"), OutboundMessage.Plain("second")]);

        var answer = await _driver.SendCommandAsync(_driver.Command("U0ALICE", text, "r2"));

        Assert.Contains("Working on", (string?)JsonNode.Parse(answer.Body)!["text"], StringComparison.Ordinal);
        var calls = await _slack.WaitForAsync(all => all.Count(c => c.Method == "response_url:r2") == 2);
        var (turn, delivery) = _pipeline.Turns.Single();
        Assert.Equal((turnText, TurnDelivery.Caller), (turn.Text, delivery));
        var responses = calls.Where(c => c.Method == "response_url:r2").ToList();
        Assert.All(responses, r => Assert.Equal("ephemeral", r.Arg("response_type")));
        Assert.Equal(["Your progress: proficient in 0 of 8", "second"], responses.Select(r => r.Text));
        Assert.Empty(_slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task SlashCommand_RegisteredSubcommand_GetsTheCommand_WithAnEmptyAck()
    {
        var answer = await _driver.SendCommandAsync(_driver.Command("U0ALICE", "1on1 with bob", "r3"));

        Assert.Equal((200, ""), (answer.Status, answer.Body));
        var command = await _subcommand.Received.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("1on1 with bob", command.Text);
        Assert.StartsWith("13345224609.", command.TriggerId, StringComparison.Ordinal);
        Assert.Empty(_pipeline.Turns);
    }

    [Fact]
    public async Task ViewSubmission_GoesToItsModalHandler_FieldErrorsComeBack()
    {
        var payload = Fixtures.Json("interactions/view_submission.json").AsObject();
        payload["view"]!["callback_id"] = Modal.Id;
        using var response = await _app.SendAsync(SlackRequests.Interaction(payload.ToJsonString(), _app.Time.GetUtcNow()));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("errors", (string?)body["response_action"]);
        Assert.Equal("Use HH:mm, e.g. 09:30.", (string?)body["errors"]!["time"]);

        payload["view"]!["callback_id"] = "nobody-handles-this";
        using var closed = await _app.SendAsync(SlackRequests.Interaction(payload.ToJsonString(), _app.Time.GetUtcNow()));
        Assert.Equal((HttpStatusCode.OK, ""), (closed.StatusCode, await closed.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task FormSubmission_Valid_ClearsAndQueuesTheButtonsPressWithValues_ButtonDataWinsInTheDm()
    {
        var form = new SlackForm("Add 1:1", new Dictionary<string, string> { ["seller"] = "U0BUTTON" }, [new SlackFormField("seller", "Seller", MessageInputKind.People, null, null, null, true), new SlackFormField("time", "Time", MessageInputKind.Time, null, "10:00", null, true)]);
        var payload = Fixtures.Json("interactions/view_submission.json").AsObject();
        payload["view"]!["callback_id"] = SlackFormModal.CallbackId;
        payload["view"]!["private_metadata"] = SlackFormModal.EncodeMetadata(new SlackFormMetadata("rhythm-1on1-add", "DU0MANAGER", "1700000100.000200", form));
        payload["view"]!["state"] = new JsonObject
        {
            ["values"] = new JsonObject
            {
                ["seller"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = "U0TYPED" } },
                ["time"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "timepicker", ["selected_time"] = "14:30" } },
            },
        };

        using var response = await _app.SendAsync(SlackRequests.Interaction(payload.ToJsonString(), _app.Time.GetUtcNow()));

        Assert.Equal("clear", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["response_action"]);
        var (turn, _) = await _pipeline.TurnAsync(1);
        Assert.Equal("rhythm-1on1-add", turn.Action!.Id);
        Assert.Equal(new Dictionary<string, string> { ["seller"] = "U0BUTTON", ["time"] = "14:30" }, turn.Action.Data);
        Assert.Equal("1700000100.000200", turn.Action.SourceMessageId);
        Assert.Equal(("DU0MANAGER", (string)payload["trigger_id"]!), (turn.Reference.ConversationId, turn.MessageId));
    }

    [Fact]
    public async Task Mention_InAChannel_RunsInTheDm_AndPointsThereEphemerally()
    {
        var mention = _driver.Envelope(new JsonObject
        {
            ["type"] = "app_mention",
            ["user"] = "U0ALICE",
            ["text"] = "<@U0BOT> practice timing",
            ["ts"] = "1700000500.000100",
            ["channel"] = "C0SALES",
            ["event_ts"] = "1700000500.000100",
        });

        await _driver.SendEventAsync(mention);

        var (turn, _) = await _pipeline.TurnAsync(1);
        Assert.Equal("practice timing", turn.Text);
        Assert.Null(turn.Reference.ConversationId);
        var pointer = Assert.Single(_slack.CallsTo("chat.postEphemeral"));
        Assert.Equal(("C0SALES", "U0ALICE"), (pointer.Arg("channel"), pointer.Arg("user")));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("help", true)]
    [InlineData("progress", true)]
    [InlineData("how am i doing", true)]
    [InlineData("playbook pricing", true)]
    [InlineData("review", true)]
    [InlineData("practice price", false)]
    [InlineData("roleplay cfo", false)]
    [InlineData("stop", false)]
    [InlineData("hint", false)]
    [InlineData("Our ROI is proven, can we meet Thursday at 10?", false)]
    public void AnswersInPlace_LookUpsOnly(string text, bool inPlace) => Assert.Equal(inPlace, SlackPipelineSink.AnswersInPlace(text));

    private async Task<RecordedCall> PostedAsync(OutboundMessage message)
    {
        var messenger = _app.Services.GetRequiredService<SlackMessenger>();
        var posted = await messenger.SendAsync(new SlackTeamRef("T0001"), "DU0ALICE", message, null, default);
        return _slack.CallsTo("chat.postMessage").Single(c => c.Ts == posted.Ts);
    }

    private sealed class Modal : ISlackModalHandler
    {
        public const string Id = "one-on-one-setup";

        public string CallbackId => Id;

        public Task<SlackViewSubmissionResult> SubmitAsync(SlackViewSubmission submission, CancellationToken cancellationToken) =>
            Task.FromResult(SlackViewSubmissionResult.Errors(("time", "Use HH:mm, e.g. 09:30.")));
    }

    private sealed class Subcommand : ISlackSubcommand
    {
        public TaskCompletionSource<SlackSlashCommand> Received { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name => "1on1";

        public Task HandleAsync(SlackSlashCommand command, CancellationToken cancellationToken)
        {
            Received.TrySetResult(command);
            return Task.CompletedTask;
        }
    }
}
