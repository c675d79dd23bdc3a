using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;
using SalesBot.Slack.Pipeline;
using SalesBot.Slack.Tests.Support;

namespace SalesBot.Slack.Tests.Pipeline;

/// <summary>The pipeline's Slack messenger against the fake Slack: where replies go, what a pressed message becomes, how failures are reported.</summary>
public sealed class SlackChannelMessengerTests : IAsyncLifetime
{
    private FakeSlack _slack = null!;
    private SlackTestApp _app = null!;

    private IChannelMessenger Messenger => _app.Services.GetServices<IChannelMessenger>().Single(m => m.Channel == "slack");

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _app = await SlackTestApp.StartAsync(SlackTestApp.HttpSettings(_slack));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _slack.DisposeAsync();
    }

    private static ConversationReference Reference(string user = "U0ALICE", string? dm = null) =>
        new() { Channel = "slack", TenantId = "T0001", ChannelUserId = user, ConversationId = dm };

    [Fact]
    public async Task Send_ToTheReferencesDm_InOrder_ReturningEachTs()
    {
        var result = await Messenger.SendAsync(Reference(dm: "D0ALICE"), [OutboundMessage.Plain("one"), OutboundMessage.Plain("two")], default);

        Assert.Equal(DeliveryStatus.Delivered, result.Status);
        var posts = _slack.CallsTo("chat.postMessage");
        Assert.Equal(["one", "two"], posts.Select(p => p.Text));
        Assert.All(posts, p => Assert.Equal("D0ALICE", p.Arg("channel")));
        Assert.Equal(posts.Select(p => p.Ts!), result.MessageIds);
        Assert.Empty(_slack.CallsTo("conversations.open"));
    }

    [Fact]
    public async Task Send_WithoutAKnownDm_OpensItOnce()
    {
        await Messenger.SendAsync(Reference(), [OutboundMessage.Plain("one")], default);
        await Messenger.SendAsync(Reference(), [OutboundMessage.Plain("two")], default);

        Assert.Equal("U0ALICE", Assert.Single(_slack.CallsTo("conversations.open")).Arg("users"));
        Assert.All(_slack.CallsTo("chat.postMessage"), p => Assert.Equal("DU0ALICE", p.Arg("channel")));
    }

    [Theory]
    [InlineData("channel_not_found")]
    [InlineData("account_inactive")]
    [InlineData("invalid_auth")]
    [InlineData("token_revoked")]
    public async Task Send_RecipientOrTokenGone_IsRecipientGone(string error)
    {
        _slack.Enqueue("chat.postMessage", FakeReply.Error(error));

        var result = await Messenger.SendAsync(Reference(dm: "D0ALICE"), [OutboundMessage.Plain("one"), OutboundMessage.Plain("two")], default);

        Assert.Equal(DeliveryStatus.RecipientGone, result.Status);
        Assert.Equal("slack " + error, result.Detail);
        Assert.Single(_slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Send_OtherFailureAfterTheFirstMessage_IsTransientWithWhatArrived()
    {
        await Messenger.SendAsync(Reference(dm: "D0ALICE"), [OutboundMessage.Plain("warm-up")], default);
        var failing = new FakeReply(500, new JsonObject(), new Dictionary<string, string>());
        var result = await SendWithSecondFailingAsync(failing);

        Assert.Equal(DeliveryStatus.Transient, result.Status);
        Assert.Single(result.MessageIds);
        Assert.Equal("slack http_500", result.Detail);
    }

    [Fact]
    public async Task Update_RetireActions_KeepsTheBlocksSlackSentBack_WithoutButtons()
    {
        var blocks = JsonDocument.Parse("""[{"type":"section","text":{"type":"mrkdwn","text":"*Score: 88/100*"}},{"type":"actions","elements":[{"type":"button","action_id":"sb.0.nominate","text":{"type":"plain_text","text":"Nominate"}}]}]""").RootElement;
        Pressed().Remember("T0001", "1700000000.000001", new SlackPressedMessage("D0ALICE", false, null, "Score: 88/100", blocks, _app.Time.GetUtcNow()));

        var result = await Messenger.UpdateAsync(Reference(dm: "D0ALICE"), "1700000000.000001", SourceMessageUpdate.RetireActions, default);

        Assert.Equal(DeliveryStatus.Delivered, result.Status);
        var update = Assert.Single(_slack.CallsTo("chat.update"));
        Assert.Equal(("D0ALICE", "1700000000.000001", "Score: 88/100"), (update.Arg("channel"), update.Arg("ts"), update.Text));
        var sent = update.Json!["blocks"]!.AsArray();
        Assert.Equal("section", (string?)Assert.Single(sent)!["type"]);
    }

    [Fact]
    public async Task Update_RetireActions_OfAMessageNeverSeen_LeavesItAlone()
    {
        var result = await Messenger.UpdateAsync(Reference(dm: "D0ALICE"), "1700000000.000009", SourceMessageUpdate.RetireActions, default);

        Assert.Equal(DeliveryStatus.Delivered, result.Status);
        Assert.Empty(result.MessageIds);
        Assert.Empty(_slack.CallsTo("chat.update"));
    }

    [Fact]
    public async Task Update_Replace_RendersTheReplacementWithChatUpdate()
    {
        var replacement = new OutboundMessage { Title = "\u2713 Approved by Mia", Text = "Alice's 88/100 answer." };

        await Messenger.UpdateAsync(Reference(dm: "D0MIA"), "1700000000.000002", SourceMessageUpdate.Replace(replacement), default);

        var update = Assert.Single(_slack.CallsTo("chat.update"));
        Assert.Equal(("D0MIA", "1700000000.000002"), (update.Arg("channel"), update.Arg("ts")));
        Assert.Contains("Approved by Mia", update.Text, StringComparison.Ordinal);
        Assert.Empty(update.ActionIds);
    }

    [Fact]
    public async Task Update_OfAnEphemeralMessage_GoesThroughItsResponseUrl()
    {
        Pressed().Remember("T0001", "1700000000.000003", new SlackPressedMessage("C0SALES", true, _slack.ResponseUrl("eph-1"), null, null, _app.Time.GetUtcNow()));

        await Messenger.UpdateAsync(Reference(dm: "D0MIA"), "1700000000.000003", SourceMessageUpdate.Replace(OutboundMessage.Plain("\u2713 Approved")), default);

        var response = Assert.Single(_slack.CallsTo("response_url:eph-1"));
        Assert.Equal("true", response.Arg("replace_original"));
        Assert.Empty(_slack.CallsTo("chat.update"));
    }

    [Fact]
    public void EndsADrill_OnlyForDrillAndRolePlaySummaries()
    {
        Assert.True(SlackChannelMessenger.EndsADrill(new OutboundMessage { Kind = MessageKind.Summary, Actions = [DrillMessages.Progress()] }));
        Assert.False(SlackChannelMessenger.EndsADrill(new OutboundMessage { Kind = MessageKind.Summary, Actions = [new MessageAction("practice", "Practice")] }));
        Assert.False(SlackChannelMessenger.EndsADrill(new OutboundMessage { Kind = MessageKind.Info, Actions = [DrillMessages.Progress()] }));
    }

    private SlackPressedMessages Pressed() => _app.Services.GetRequiredService<SlackPressedMessages>();

    private async Task<DeliveryResult> SendWithSecondFailingAsync(FakeReply failing)
    {
        // The first post of this send succeeds (default answer), the second gets the scripted failure.
        _slack.Enqueue("chat.postMessage", FakeReply.Ok(new JsonObject { ["channel"] = "D0ALICE", ["ts"] = "1700000000.900001" }));
        _slack.Enqueue("chat.postMessage", failing);
        return await Messenger.SendAsync(Reference(dm: "D0ALICE"), [OutboundMessage.Plain("one"), OutboundMessage.Plain("two")], default);
    }
}
