using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Conversations;
using SalesBot.Core.Messaging;
using SalesBot.Host.Tests.Support;
using SalesBot.Host.Tests.Support.Teams;
using SalesBot.Teams.Connector;
using SalesBot.Teams.Tests.Support;

namespace SalesBot.Host.Tests.EndToEnd;

/// <summary>
/// Issue 6's conformance harness end to end: the fake Bot Connector (npm botbuilder) sends signed activities to the real
/// host on Kestrel and records what SalesBot posts back; every card SalesBot sends is parsed by npm adaptivecards.
/// </summary>
public sealed class TeamsConversationTests(TeamsChannelHost teams) : IClassFixture<TeamsChannelHost>, IAsyncLifetime
{
    private const string StrongPriceAnswer = LocalChatTest.StrongPriceAnswer;

    private IProactiveSender Proactive => teams.Services.GetRequiredService<IProactiveSender>();

    public Task InitializeAsync() => teams.Fake.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Install_WelcomesOnce_AndStoresTheReferenceAsReceived()
    {
        var ada = TeamsUser.New("Ada");

        // Teams sends both events on a personal install, in either order.
        await PostAsync(TeamsActivities.Installation(ada, "add", teams.ServiceUrl));
        await PostAsync(TeamsActivities.MembersAdded(ada, teams.ServiceUrl));
        await teams.DrainAsync(ada);

        var calls = await teams.CallsToAsync(ada.ConversationId);
        var welcome = Assert.Single(calls);
        Assert.Equal("sendToConversation", (string?)welcome["operation"]);
        Assert.Equal($"/teams/v3/conversations/{Uri.EscapeDataString(ada.ConversationId)}/activities", (string?)welcome["path"]);
        Assert.Equal("Hi Ada, I'm SalesBot.", (string?)TeamsChannelHost.Card(welcome)!["body"]![0]!["text"]);
        Assert.Equal(TeamsActivities.Bot, (string?)welcome["body"]!["from"]!["id"]);
        Assert.Equal(ada.UserId, (string?)welcome["body"]!["recipient"]!["id"]);
        var reference = (await teams.ReferenceAsync(ada))!;
        Assert.True(reference.Active);
        Assert.Equal(teams.ServiceUrl, reference.ServiceUrl);
        Assert.Equal(ada.UserId, reference.ChannelUserId);
        Assert.Equal(ada.AadObjectId, reference.AadObjectId);
        Assert.Equal(ada.ConversationId, reference.ConversationId);
        Assert.Equal(TeamsActivities.Bot, reference.BotId);
        Assert.Equal(FakeConnector.TenantId, reference.TenantId);
        Assert.Equal("America/New_York", reference.TimeZone);
        Assert.Equal("en-US", reference.Locale);
        Assert.All(await teams.TranscriptAsync(ada), e => Assert.Equal("installed", e.Event));
        await TeamsChannelHost.AssertCardsParseCleanlyAsync(calls);
    }

    [Fact]
    public async Task PracticePrice_SendsTheObjectionCard_AndTheAnswerAScoredFeedbackCard()
    {
        var ada = TeamsUser.New("Ada");

        await SayAsync(ada, "practice price");
        var objection = await LastCardAsync(ada);
        await SayAsync(ada, StrongPriceAnswer);
        var calls = await teams.CallsToAsync(ada.ConversationId);

        var buyer = Assert.IsType<JsonObject>(objection["body"]!.AsArray().Single(e => (string?)e!["style"] == "emphasis"));
        Assert.StartsWith("\u201C", (string?)buyer["items"]![1]!["text"], StringComparison.Ordinal);
        Assert.Equal(["hint", "stop"], objection["actions"]!.AsArray().Select(a => (string?)a!["data"]!["salesbot"]!["id"]).Order());
        // The short feedback card: the score, what worked, a Details button for the full breakdown.
        var feedback = calls.Select(TeamsChannelHost.Card).Last(c => c?.ToJsonString().Contains("Score: ", StringComparison.Ordinal) == true)!;
        Assert.Contains("FactSet", feedback.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Worked", feedback.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(feedback["actions"]!.AsArray(), a => (string?)a!["data"]!["salesbot"]!["id"] == "details");
        var scored = (await teams.TranscriptAsync(ada)).Last(e => e.Score is not null);
        Assert.Equal(StrongPriceAnswer, scored.UserText);
        Assert.Contains(feedback["fallbackText"]!.GetValue<string>(), scored.Replies);
        Assert.All(calls, c => Assert.Equal("sendToConversation", (string?)c["operation"]));
        await TeamsChannelHost.AssertCardsParseCleanlyAsync(calls);
    }

    [Fact]
    public async Task ButtonPress_ContinuesTheDialog_AndRetiresThePressedCard()
    {
        var ada = TeamsUser.New("Ada");
        await SayAsync(ada, "practice price");
        var (objectionId, objection) = await LastCardWithIdAsync(ada);
        var before = (await teams.CallsToAsync(ada.ConversationId)).Count;

        await PostAsync(TeamsActivities.Press(ada, TeamsChannelHost.Button(objection, "hint"), objectionId, teams.ServiceUrl));
        await teams.DrainAsync(ada);

        var after = (await teams.CallsToAsync(ada.ConversationId)).Skip(before).ToList();
        var update = after[0];
        Assert.Equal("updateActivity", (string?)update["operation"]);
        Assert.Equal(objectionId, (string?)update["activityId"]);
        Assert.Equal($"/teams/v3/conversations/{Uri.EscapeDataString(ada.ConversationId)}/activities/{Uri.EscapeDataString(objectionId)}", (string?)update["path"]);
        var retired = TeamsChannelHost.Card(update)!;
        Assert.Null(retired["actions"]);
        Assert.Equal(objection["fallbackText"]!.GetValue<string>().Split('\n')[0], retired["fallbackText"]!.GetValue<string>().Split('\n')[0]);
        Assert.Contains("You chose **Hint**", retired.ToJsonString(), StringComparison.Ordinal);
        var hint = Assert.Single(after, c => (string?)c["operation"] == "sendToConversation");
        Assert.StartsWith("Hint", (string?)TeamsChannelHost.Card(hint)!["body"]![0]!["text"], StringComparison.Ordinal);
        Assert.Equal("hint", (await teams.TranscriptAsync(ada))[^1].ActionId);
        await TeamsChannelHost.AssertCardsParseCleanlyAsync(after);
    }

    [Fact]
    public async Task CardActionInvoke_AnswersWithTheRetiredCard_AfterPostingTheReplies()
    {
        var ada = TeamsUser.New("Ada");
        await SayAsync(ada, "practice price");
        var (objectionId, objection) = await LastCardWithIdAsync(ada);
        var before = (await teams.CallsToAsync(ada.ConversationId)).Count;

        using var response = await teams.PostAsync(TeamsActivities.Execute(ada, TeamsChannelHost.Button(objection, "hint"), objectionId, teams.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int?)answer["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)answer["type"]);
        Assert.Null(answer["value"]!["actions"]);
        Assert.Contains("You chose **Hint**", answer["value"]!.ToJsonString(), StringComparison.Ordinal);
        // The replies went out through the Connector before the invoke was answered; the card update is the answer itself.
        var after = (await teams.CallsToAsync(ada.ConversationId)).Skip(before).ToList();
        var hint = Assert.Single(after);
        Assert.Equal("sendToConversation", (string?)hint["operation"]);
        Assert.StartsWith("Hint", (string?)TeamsChannelHost.Card(hint)!["body"]![0]!["text"], StringComparison.Ordinal);
        await TeamsChannelHost.AssertCardsParseCleanlyAsync([.. after, new JsonObject { ["body"] = new JsonObject { ["attachments"] = new JsonArray(new JsonObject { ["content"] = answer["value"]!.DeepClone() }) } }]);
    }

    [Fact]
    public async Task Nomination_ReachesTheManagersPersonalChat_AndApprovingReplacesTheCard()
    {
        var mia = TeamsChannelHost.Manager;
        var ada = TeamsUser.New("Ada");
        await PostAsync(TeamsActivities.Installation(mia, "add", teams.ServiceUrl));
        await teams.DrainAsync(mia);
        await SayAsync(ada, "practice price");
        await SayAsync(ada, StrongPriceAnswer);
        var (feedbackId, feedback) = await LastCardWithIdAsync(ada, c => c.ToJsonString().Contains("\"nominate\"", StringComparison.Ordinal));

        await PostAsync(TeamsActivities.Press(ada, TeamsChannelHost.Button(feedback, "nominate"), feedbackId, teams.ServiceUrl));
        await teams.DrainAsync(ada);
        await teams.DrainAsync(mia);

        var (nominationId, nomination) = await LastCardWithIdAsync(mia);
        Assert.Equal("New playbook nomination", (string?)nomination["body"]![0]!["text"]);
        var actions = nomination["actions"]!.AsArray();
        Assert.Equal("positive", (string?)actions.Single(a => (string?)a!["data"]!["salesbot"]!["id"] == "approve")!["style"]);
        Assert.Equal("destructive", (string?)actions.Single(a => (string?)a!["data"]!["salesbot"]!["id"] == "reject")!["style"]);

        await PostAsync(TeamsActivities.Press(mia, TeamsChannelHost.Button(nomination, "approve"), nominationId, teams.ServiceUrl));
        await teams.DrainAsync(mia);
        await teams.DrainAsync(ada);

        var update = (await teams.CallsToAsync(mia.ConversationId)).Single(c => (string?)c["operation"] == "updateActivity");
        Assert.Equal(nominationId, (string?)update["activityId"]);
        var approved = TeamsChannelHost.Card(update)!;
        Assert.Equal("\u2713 Approved by Mia", (string?)approved["body"]![0]!["text"]);
        Assert.Null(approved["actions"]);
        var told = (await teams.CallsToAsync(ada.ConversationId)).Last();
        Assert.Contains("Mia approved your", told["body"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(await teams.TranscriptAsync(mia), e => e.BotInitiated && e.Reason is not null);
        await TeamsChannelHost.AssertCardsParseCleanlyAsync([.. await teams.CallsToAsync(mia.ConversationId), .. await teams.CallsToAsync(ada.ConversationId)]);
    }

    [Fact]
    public async Task Proactive_ToAUserSeenOnlyInAChannel_CreatesTheirPersonalChat_ThenSends()
    {
        var ada = TeamsUser.New("Ada");
        var channel = TeamsActivities.Base(ada, "message", teams.ServiceUrl, "19:sales@thread.tacv2;messageid=1700000000000", "channel");
        channel["text"] = "<at>SalesBot</at> help";
        channel["entities"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>SalesBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = TeamsActivities.Bot, ["name"] = "SalesBot" },
        });
        await PostAsync(channel);
        await teams.DrainAsync(ada);
        Assert.Null((await teams.ReferenceAsync(ada))!.ConversationId);
        await teams.Fake.ResetAsync();

        var sent = await Proactive.SendAsync(
            new ProactiveRequest { User = ada.Key, Reason = "test-roleplay", Messages = [OutboundMessage.Plain("Your manager sent you a role-play.")] },
            CancellationToken.None);

        Assert.Equal(ProactiveStatus.Delivered, sent.Status);
        var calls = await teams.Fake.CallsAsync();
        Assert.Equal(["createConversation", "sendToConversation"], calls.Select(c => (string?)c!["operation"]));
        var create = calls[0]!["body"]!;
        Assert.Equal(ada.UserId, (string?)create["members"]![0]!["id"]);
        Assert.Equal(TeamsActivities.Bot, (string?)create["bot"]!["id"]);
        Assert.Equal(FakeConnector.TenantId, (string?)create["channelData"]!["tenant"]!["id"]);
        Assert.Equal((string?)calls[0]!["result"]!["id"], (string?)calls[1]!["conversationId"]);
        Assert.Equal("Your manager sent you a role-play.", (string?)calls[1]!["body"]!["text"]);
        Assert.Equal(sent.MessageIds.Single(), (string?)calls[1]!["result"]!["id"]);
        Assert.True((await teams.TranscriptAsync(ada))[^1].BotInitiated);
    }

    [Fact]
    public async Task RedeliveredActivity_IsAnsweredOnce()
    {
        var ada = TeamsUser.New("Ada");
        var activity = TeamsActivities.Message(ada, "practice price", teams.ServiceUrl);

        await PostAsync(activity);
        await PostAsync(activity); // while the first may still be queued
        await teams.DrainAsync(ada);
        var once = await teams.CallsToAsync(ada.ConversationId);
        await PostAsync(activity); // after it was committed
        await teams.DrainAsync(ada);

        Assert.NotEmpty(once);
        Assert.Equal(once.Count, (await teams.CallsToAsync(ada.ConversationId)).Count);
        Assert.Single(await teams.TranscriptAsync(ada));
    }

    [Fact]
    public async Task ThrottledThenUnavailableConnector_IsRetried_AndTheReplyArrivesOnce()
    {
        var ada = TeamsUser.New("Ada");
        var retries = new List<ConnectorRetry>();
        var connector = teams.Services.GetRequiredService<ConnectorClient>();
        void OnRetry(ConnectorRetry retry)
        {
            lock (retries)
            {
                retries.Add(retry);
            }
        }

        connector.RetryScheduled += OnRetry;
        try
        {
            await teams.Fake.FaultAsync("sendToConversation", 429, retryAfter: 1, body: new { error = new { code = "Throttled", message = "slow down" } });
            await teams.Fake.FaultAsync("sendToConversation", 503);

            await SayAsync(ada, "help");
        }
        finally
        {
            connector.RetryScheduled -= OnRetry;
        }

        // A new user's "help" is answered with the welcome and the help card: the first is retried, each arrives once.
        var calls = await teams.CallsToAsync(ada.ConversationId);
        Assert.Equal([429, 503, 200, 200], calls.Select(c => (int?)c["fault"] ?? (int?)c["status"] ?? 0));
        Assert.Equal(calls[0]["body"]!.ToJsonString(), calls[2]["body"]!.ToJsonString());
        Assert.NotEqual(calls[2]["body"]!.ToJsonString(), calls[3]["body"]!.ToJsonString());
        Assert.Equal(2, retries.Count);
        Assert.Equal((429, TimeSpan.FromSeconds(1), true), (retries[0].StatusCode, retries[0].Delay, retries[0].FromRetryAfter));
        Assert.Equal(503, retries[1].StatusCode);
        Assert.False(retries[1].FromRetryAfter);
        Assert.Single(await teams.TranscriptAsync(ada));
    }

    [Fact]
    public async Task Forbidden_MarksTheReferenceInactive_AndNothingMoreIsSentToIt()
    {
        var ada = TeamsUser.New("Ada");
        await PostAsync(TeamsActivities.Installation(ada, "add", teams.ServiceUrl));
        await teams.DrainAsync(ada);
        await teams.Fake.FaultAsync("sendToConversation", 403, body: new { error = new { code = "MessageWritesBlocked", message = "The bot is blocked." } });

        await SayAsync(ada, "help");
        var reference = (await teams.ReferenceAsync(ada))!;
        var sent = await Proactive.SendAsync(new ProactiveRequest { User = ada.Key, Reason = "test-nudge", Messages = [OutboundMessage.Plain("Ten minutes of practice?")] }, CancellationToken.None);

        Assert.False(reference.Active);
        Assert.Contains("MessageWritesBlocked", reference.InactiveReason, StringComparison.Ordinal);
        Assert.Equal(ProactiveStatus.Inactive, sent.Status);
        var calls = await teams.CallsToAsync(ada.ConversationId);
        Assert.Equal([200, 403], calls.Select(c => (int?)c["fault"] ?? (int?)c["status"] ?? 0));
        Assert.Contains(await teams.TranscriptAsync(ada), e => e.Event == ConversationService.RecipientGoneEvent);
    }

    [Fact]
    public async Task Uninstall_MarksTheReferenceInactive_AndAReinstallWelcomesBack()
    {
        var ada = TeamsUser.New("Ada");
        await PostAsync(TeamsActivities.Installation(ada, "add", teams.ServiceUrl));
        await PostAsync(TeamsActivities.Installation(ada, "remove", teams.ServiceUrl));
        await teams.DrainAsync(ada);

        var reference = (await teams.ReferenceAsync(ada))!;
        var sent = await Proactive.SendAsync(new ProactiveRequest { User = ada.Key, Reason = "test-nudge", Messages = [OutboundMessage.Plain("Still there?")] }, CancellationToken.None);
        Assert.False(reference.Active);
        Assert.Equal("uninstalled", reference.InactiveReason);
        Assert.Equal(ProactiveStatus.Inactive, sent.Status);
        Assert.Single(await teams.CallsToAsync(ada.ConversationId));

        await PostAsync(TeamsActivities.Installation(ada, "add", teams.ServiceUrl));
        await teams.DrainAsync(ada);

        var back = (await teams.CallsToAsync(ada.ConversationId))[^1];
        Assert.Equal("Welcome back, Ada.", (string?)TeamsChannelHost.Card(back)!["body"]![0]!["text"]);
        Assert.True((await teams.ReferenceAsync(ada))!.Active);
    }

    private async Task PostAsync(JsonObject activity)
    {
        using var response = await teams.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task SayAsync(TeamsUser user, string text)
    {
        await PostAsync(TeamsActivities.Message(user, text, teams.ServiceUrl));
        await teams.DrainAsync(user);
    }

    private async Task<JsonObject> LastCardAsync(TeamsUser user) => (await LastCardWithIdAsync(user)).Card;

    /// <summary>The last card sent to the user (matching <paramref name="where"/>) and the message id the Connector gave it.</summary>
    private async Task<(string Id, JsonObject Card)> LastCardWithIdAsync(TeamsUser user, Func<JsonObject, bool>? where = null)
    {
        var call = (await teams.CallsToAsync(user.ConversationId)).Last(c =>
            (string?)c["operation"] == "sendToConversation" && TeamsChannelHost.Card(c) is { } card && (where is null || where(card)));
        return ((string)call["result"]!["id"]!, TeamsChannelHost.Card(call)!);
    }
}
