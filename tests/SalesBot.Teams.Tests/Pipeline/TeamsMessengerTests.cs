using SalesBot.Teams.Tests.Connector;
using SalesBot.Teams.Tests.Support;

namespace SalesBot.Teams.Tests.Pipeline;

/// <summary>The pipeline's Teams messenger against the fake Bot Connector (botbuilder ChannelServiceRoutes), over real HTTP.</summary>
public sealed class TeamsMessengerTests(FakeConnector fake) : IClassFixture<FakeConnector>, IAsyncLifetime
{
    private static readonly OutboundMessage Objection = new()
    {
        Kind = MessageKind.Buyer,
        Speaker = "Dana Whitfield, CFO",
        Text = "Your price is 30% above the incumbent.",
        Actions = [new MessageAction("hint", "Hint"), new MessageAction("stop", "Stop") { Style = ButtonStyle.Destructive }],
    };

    public Task InitializeAsync() => fake.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private ConversationReference Reference(string? conversationId = "a:1conv", string? serviceUrl = null) => new()
    {
        Channel = "teams",
        TenantId = FakeConnector.TenantId,
        ChannelUserId = "29:user-ada",
        AadObjectId = "0f0e0d0c-0b0a-4909-8807-060504030201",
        ConversationId = conversationId,
        BotId = $"28:{FakeConnector.AppId}",
        ServiceUrl = serviceUrl ?? fake.ServiceUrl,
        Locale = "en-GB",
    };

    [Fact]
    public async Task Send_ToAStoredConversation_PostsEachMessageInOrder_AddressedBotToUser()
    {
        using var host = new ConnectorHost(fake);

        var result = await host.Messenger.SendAsync(Reference(), [OutboundMessage.Plain("First"), Objection], default);

        Assert.Equal(DeliveryStatus.Delivered, result.Status);
        Assert.Equal(2, result.MessageIds.Count);
        var calls = await fake.CallsAsync();
        Assert.Equal(["sendToConversation", "sendToConversation"], calls.Select(c => (string?)c!["operation"]));
        Assert.All(calls, c => Assert.Equal("/teams/v3/conversations/a%3A1conv/activities", (string?)c!["path"]));
        Assert.Equal("First", (string?)calls[0]!["body"]!["text"]);
        var card = calls[1]!["body"]!;
        Assert.Equal($"28:{FakeConnector.AppId}", (string?)card["from"]!["id"]);
        Assert.Equal("29:user-ada", (string?)card["recipient"]!["id"]);
        Assert.Equal(FakeConnector.TenantId, (string?)card["conversation"]!["tenantId"]);
        Assert.Equal("en-GB", (string?)card["locale"]);
        Assert.Equal("destructive", (string?)card["attachments"]![0]!["content"]!["actions"]![1]!["style"]);
    }

    [Fact]
    public async Task Send_WithoutAConversation_CreatesThePersonalChatFirst()
    {
        using var host = new ConnectorHost(fake);

        var result = await host.Messenger.SendAsync(Reference(conversationId: null), [OutboundMessage.Plain("Your manager sent you a role-play.")], default);

        Assert.Equal(DeliveryStatus.Delivered, result.Status);
        var calls = await fake.CallsAsync();
        Assert.Equal(["createConversation", "sendToConversation"], calls.Select(c => (string?)c!["operation"]));
        var create = calls[0]!["body"]!;
        Assert.False((bool?)create["isGroup"]);
        Assert.Equal("29:user-ada", (string?)create["members"]![0]!["id"]);
        Assert.Equal(FakeConnector.TenantId, (string?)create["channelData"]!["tenant"]!["id"]);
        Assert.Equal("/teams/v3/conversations/a%3Afake-personal-29%3Auser-ada/activities", (string?)calls[1]!["path"]);
    }

    [Theory]
    [InlineData(403, "MessageWritesBlocked", DeliveryStatus.RecipientGone)]
    [InlineData(403, "BotNotInConversationRoster", DeliveryStatus.RecipientGone)]
    [InlineData(404, "ConversationNotFound", DeliveryStatus.RecipientGone)]
    [InlineData(400, "BadArgument", DeliveryStatus.Transient)]
    [InlineData(413, "MessageSizeTooBig", DeliveryStatus.Transient)]
    public async Task Send_PlatformRefusal_IsReportedNotThrown_AndNotRetried(int status, string code, DeliveryStatus expected)
    {
        using var host = new ConnectorHost(fake);
        await fake.FaultAsync("sendToConversation", status, body: new { error = new { code, message = "refused" } });

        var result = await host.Messenger.SendAsync(Reference(), [OutboundMessage.Plain("one"), OutboundMessage.Plain("two")], default);

        Assert.Equal(expected, result.Status);
        Assert.Contains(code, result.Detail, StringComparison.Ordinal);
        Assert.Empty(result.MessageIds);
        Assert.Single(await fake.CallsAsync()); // stopped at the first failure, no retry
    }

    [Fact]
    public async Task Send_CreateRefused_IsRecipientGone()
    {
        using var host = new ConnectorHost(fake);
        await fake.FaultAsync("createConversation", 403, body: new { error = new { code = "MessageWritesBlocked", message = "blocked" } });

        var result = await host.Messenger.SendAsync(Reference(conversationId: null), [OutboundMessage.Plain("hello")], default);

        Assert.Equal(DeliveryStatus.RecipientGone, result.Status);
        Assert.Single(await fake.CallsAsync());
    }

    [Fact]
    public async Task Send_ThrottledThenUnavailable_IsRetried_AndDeliveredOnce()
    {
        using var host = new ConnectorHost(fake);
        await fake.FaultAsync("sendToConversation", 429, retryAfter: 3);
        await fake.FaultAsync("sendToConversation", 503);

        var (result, retries) = await host.RunAsync(() => host.Messenger.SendAsync(Reference(), [OutboundMessage.Plain("hello")], default));

        Assert.Equal(DeliveryStatus.Delivered, result.Status);
        Assert.Equal([TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(2)], retries.Select(r => r.Delay));
        var calls = await fake.CallsAsync();
        Assert.Equal([429, 503, 200], calls.Select(c => (int?)c!["fault"] ?? (int?)c!["status"] ?? 0));
        Assert.Single(calls, c => c!["fault"] is null);
    }

    [Fact]
    public async Task Send_ToAServiceUrlNotAllowed_FailsWithoutAskingForAToken()
    {
        using var host = new ConnectorHost(fake);
        var before = (await fake.TokenRequestsAsync()).Count;

        var result = await host.Messenger.SendAsync(Reference(serviceUrl: "https://smba.evil.example/teams/"), [OutboundMessage.Plain("hello")], default);

        Assert.Equal(DeliveryStatus.Transient, result.Status);
        Assert.Contains("ServiceUrlNotAllowed", result.Detail, StringComparison.Ordinal);
        Assert.Equal(before, (await fake.TokenRequestsAsync()).Count);
        Assert.Equal(0, host.Tokens.Requests);
        Assert.Empty(await fake.CallsAsync());
    }

    [Fact]
    public async Task RetireActions_OnACardSentHere_UpdatesItToItsContentWithoutButtons()
    {
        using var host = new ConnectorHost(fake);
        var sent = await host.Messenger.SendAsync(Reference(), [Objection], default);
        var cardId = sent.MessageIds.Single();
        host.Cards.RememberPress("a:1conv", cardId, "Hint");

        var updated = await host.Messenger.UpdateAsync(Reference(), cardId, SourceMessageUpdate.RetireActions, default);

        Assert.Equal(DeliveryStatus.Delivered, updated.Status);
        var update = (await fake.CallsAsync()).Single(c => (string?)c!["operation"] == "updateActivity")!;
        Assert.Equal(cardId, (string?)update["activityId"]);
        Assert.Equal(cardId, (string?)update["body"]!["id"]);
        var card = update["body"]!["attachments"]![0]!["content"]!;
        Assert.Null(card["actions"]);
        Assert.Contains("Your price is 30% above the incumbent.", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("You chose **Hint**", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetireActions_OnACardNotKnownHere_LeavesItUnchanged()
    {
        using var host = new ConnectorHost(fake);

        var updated = await host.Messenger.UpdateAsync(Reference(), "1:from-before-a-restart", SourceMessageUpdate.RetireActions, default);

        Assert.Equal(DeliveryStatus.Delivered, updated.Status);
        Assert.Empty(updated.MessageIds);
        Assert.Empty(await fake.CallsAsync());
    }

    [Fact]
    public async Task Replace_UpdatesTheCard_AndA404IsNotRecipientGone()
    {
        using var host = new ConnectorHost(fake);
        var replacement = new OutboundMessage { Title = "\u2713 Approved by Mia", Text = "Added to the playbook." };

        var updated = await host.Messenger.UpdateAsync(Reference(), "1:review", SourceMessageUpdate.Replace(replacement), default);
        await fake.FaultAsync("updateActivity", 404, body: new { error = new { code = "ActivityNotFound", message = "gone" } });
        var missing = await host.Messenger.UpdateAsync(Reference(), "1:deleted", SourceMessageUpdate.Replace(replacement), default);

        Assert.Equal(DeliveryStatus.Delivered, updated.Status);
        Assert.Equal(DeliveryStatus.Transient, missing.Status);
        var update = (await fake.CallsAsync())[0]!;
        Assert.Equal("updateActivity", (string?)update["operation"]);
        Assert.Equal("/teams/v3/conversations/a%3A1conv/activities/1%3Areview", (string?)update["path"]);
        Assert.Contains("Approved by Mia", update["body"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_WithoutAConversation_FailsWithoutACall()
    {
        using var host = new ConnectorHost(fake);

        var updated = await host.Messenger.UpdateAsync(Reference(conversationId: null), "1:card", SourceMessageUpdate.RetireActions, default);

        Assert.Equal(DeliveryStatus.Transient, updated.Status);
        Assert.Empty(await fake.CallsAsync());
    }

    [Fact]
    public void Messenger_ServesTheTeamsChannel()
    {
        using var host = new ConnectorHost(fake);

        Assert.Equal("teams", host.Messenger.Channel);
    }
}
