using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Conversations;
using SalesBot.Core.Messaging;
using SalesBot.Slack.Tests.Support;

namespace SalesBot.Slack.Tests.EndToEnd;

/// <summary>
/// Issue 7's acceptance flow against the real host (Program.cs, pipeline, SQLite file) on Kestrel with the fake Slack as
/// its Web API: a DM drill with a scored answer and buttons, a pressed button that updates its message and notifies the
/// manager proactively, the slash command answered ephemerally, App Home published with stored data; over signed HTTP
/// (checked by Slack's own Bolt) and over Socket Mode with a forced reconnect in the middle of the drill.
/// </summary>
public sealed class SlackFlowTests : IAsyncLifetime
{
    internal const string StrongPriceAnswer =
        "That's a fair challenge, and with a 12% cost target I'd ask the same. Compared to what: the licence of your current tool, " +
        "or what the invoice errors cost you? Helix Freight paid back the difference in five months by cutting billing errors 30%. " +
        "Can we take 30 minutes on Thursday at 10 to build the business case with your numbers?";

    private const string Seller = "U0SELLER";
    private const string Manager = SlackHost.ManagerId;
    private static readonly string SellerDm = SlackDriver.DmOf(Seller);
    private static readonly string ManagerDm = SlackDriver.DmOf(Manager);

    private FakeSlack _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlack.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    [Fact]
    public async Task HttpFlow_DrillButtonsCommandHomeAndProactive_AllWorkAndBoltAcceptsEveryRequest()
    {
        await using var host = new SlackHost(_slack);
        var driver = new SlackDriver(_slack, host.CreateClient());

        await RunFlowAsync(host, driver, reconnect: null, dropConnection: null);

        // Slack's own Bolt receives the very requests this flow sent: it verifies every signature and reads the same fields.
        var cases = driver.Sent.Select(s => new JsonObject
        {
            ["name"] = s.Name,
            ["contentType"] = s.ContentType,
            ["body"] = s.Body,
            ["headers"] = new JsonObject(s.Headers.Select(h => KeyValuePair.Create(h.Key, (JsonNode?)JsonValue.Create(h.Value)))),
        });
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, new JsonArray([.. cases]).ToJsonString());
        var results = JsonNode.Parse(await NodeHarness.RunAsync("bolt-check.mjs", SlackRequests.Secret, file))!["results"]!.AsArray();

        Assert.Equal(driver.Sent.Count, results.Count);
        Assert.All(results, r => Assert.Equal(200, r!["status"]!.GetValue<int>()));
        var received = results.SelectMany(r => r!["received"]!.AsArray()).Select(r => r!.AsObject()).ToList();
        Assert.Contains(received, r => (string?)r["kind"] == "message" && (string?)r["text"] == "practice price" && (string?)r["channel"] == SellerDm);
        Assert.Contains(received, r => (string?)r["kind"] == "command" && (string?)r["text"] == "progress");
        Assert.Contains(received, r => (string?)r["kind"] == "action" && ((string)r["action_id"]!).EndsWith(".nominate", StringComparison.Ordinal) && (string?)r["channel_id"] == SellerDm);
        Assert.Contains(received, r => (string?)r["kind"] == "app_home_opened" && (string?)r["user"] == Seller);
    }

    [Fact]
    public async Task SocketModeFlow_WithAReconnectMidDrill_LosesAndDoublesNothing()
    {
        await using var host = new SlackHost(_slack, socketMode: true);
        _ = host.CreateClient();
        var driver = new SlackDriver(_slack) { Socket = await _slack.NextConnectionAsync() };

        await RunFlowAsync(
            host,
            driver,
            reconnect: async () =>
            {
                // Slack asks the client to refresh its connection in the middle of the drill; the client opens a new one.
                await driver.Socket!.SendDisconnectAsync("refresh_requested");
                driver.Socket = await _slack.NextConnectionAsync();
            },
            dropConnection: async () =>
            {
                // The connection drops without a goodbye right after an answer: the client reconnects (with backoff) and
                // Slack delivers that answer again on the new connection.
                driver.Socket!.Abort();
                driver.Socket = await _slack.NextConnectionAsync();
            });

        Assert.True(_slack.CallsTo("apps.connections.open").Count >= 3);
        Assert.All(_slack.CallsTo("apps.connections.open"), c => Assert.Equal("Bearer " + SlackHost.AppToken, c.Authorization));
    }

    private async Task RunFlowAsync(SlackHost host, SlackDriver driver, Func<Task>? reconnect, Func<Task>? dropConnection)
    {
        // The manager has talked to the bot once: their conversation reference is stored.
        Acknowledged(await driver.SendEventAsync(driver.DirectMessage(Manager, "hi")));
        await _slack.WaitForPostsAsync(ManagerDm, 0);

        // 1. DM "practice price" → the round header and the buyer's objection, with buttons.
        Acknowledged(await driver.SendEventAsync(driver.DirectMessage(Seller, "practice price")));
        var started = await _slack.WaitForPostsAsync(SellerDm, 0, last: p => p.Button("hint") is not null);
        Assert.Contains(started, p => p.Text.Contains("round 1 of 3", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("\u201C", started[^1].Text, StringComparison.Ordinal);
        Assert.Equal(["hint", "stop"], started[^1].ActionIds.Select(a => a[(a.LastIndexOf('.') + 1)..]));

        // The reference carries the DM, the bot user and the time zone from users.info (asked once, not per turn).
        var stored = (await host.Conversations.LoadAsync(SlackHost.User(Seller), default))!.State;
        Assert.Equal((SellerDm, FakeSlack.BotUserId, "Europe/Berlin", "en-GB"), (stored.Reference!.ConversationId, stored.Reference.BotId, stored.Reference.TimeZone, stored.Reference.Locale));

        // 2. A strong answer → the score card with a Nominate button, then round 2.
        var before = _slack.Posts(SellerDm).Count;
        Acknowledged(await driver.SendEventAsync(driver.DirectMessage(Seller, StrongPriceAnswer)));
        var answered = await _slack.WaitForPostsAsync(SellerDm, before, last: p => p.Button("hint") is not null);
        var scoreCard = answered.Single(p => p.Button("nominate") is not null);
        Assert.Matches(@"Score: \d{2,3}/100", scoreCard.Text);
        Assert.Contains(answered, p => p.Text.Contains("round 2 of 3", StringComparison.OrdinalIgnoreCase));

        // 3. Pressing Nominate: the reply, the pressed card updated without its buttons, the manager told proactively.
        before = _slack.Posts(SellerDm).Count;
        Acknowledged(await driver.SendInteractionAsync(driver.Press(Seller, scoreCard, "nominate")));
        await _slack.WaitForPostsAsync(SellerDm, before, last: p => p.Text.Contains("Nominated your", StringComparison.Ordinal));
        var update = (await _slack.WaitForAsync(all => all.Any(c => c.Method == "chat.update" && c.Arg("ts") == scoreCard.Ts), what: "chat.update of the score card"))
            .Single(c => c.Method == "chat.update");
        Assert.Equal(SellerDm, update.Arg("channel"));
        Assert.Empty(update.ActionIds);
        Assert.Contains("Score:", update.Text, StringComparison.Ordinal);
        Assert.NotEmpty(update.Json!["blocks"]!.AsArray());
        var nomination = (await _slack.WaitForPostsAsync(ManagerDm, 1, last: p => p.Button("approve") is not null))[^1];
        Assert.Equal("primary", (string?)nomination.Button("approve")!["style"]);
        Assert.Equal("danger", (string?)nomination.Button("reject")!["style"]);

        if (reconnect is not null)
        {
            await reconnect();
        }

        // 4. Round 2, answered once but delivered twice (Slack redelivers an envelope or event it thinks was lost).
        before = _slack.Posts(SellerDm).Count;
        var round2 = driver.DirectMessage(Seller, "We're the best on the market, honestly you should just buy it now.");
        Acknowledged(await driver.SendEventAsync(round2));
        if (dropConnection is not null)
        {
            await dropConnection();
        }

        Acknowledged(await driver.SendEventAsync(round2, retry: 1));
        await FinishDrillAsync(driver);
        var scoredRound2 = _slack.Posts(SellerDm).Skip(before).Count(p => p.Text.Contains("Score:", StringComparison.Ordinal) && p.Text.Contains("round 2", StringComparison.Ordinal));
        Assert.Equal(1, scoredRound2);
        var transcript = await host.Conversations.GetTranscriptAsync(SlackHost.User(Seller), default);
        Assert.Single(transcript, e => e.MessageId == (string)round2["event_id"]!);

        // 5. The drill ended: App Home is published with the stored progress and the finished session.
        var home = await WaitForHomeAsync(Seller, view => view.Contains("Drill: Price", StringComparison.Ordinal) && view.Contains("completed", StringComparison.Ordinal));
        Assert.Contains("Price", home, StringComparison.Ordinal);

        // 6. /salesbot progress → an ephemeral acknowledgement now, the report through response_url (ephemeral).
        var ack = await driver.SendCommandAsync(driver.Command(Seller, "progress", "progress-1"));
        Assert.Equal(200, ack.Status);
        Assert.Equal("ephemeral", (string?)JsonNode.Parse(ack.Body)!["response_type"]);
        var answer = (await _slack.WaitForAsync(all => all.Any(c => c.Method == "response_url:progress-1"), what: "the progress answer")).First(c => c.Method == "response_url:progress-1");
        Assert.Equal("ephemeral", answer.Arg("response_type"));
        Assert.Contains("Your progress", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_slack.Posts(SellerDm), p => p.Text.Contains("Your progress", StringComparison.Ordinal));

        // 7. Opening App Home publishes it again from the store.
        var publishes = _slack.CallsTo("views.publish").Count;
        Acknowledged(await driver.SendEventAsync(driver.HomeOpened(Seller)));
        await _slack.WaitForAsync(all => all.Count(c => c.Method == "views.publish") > publishes, what: "a views.publish on app_home_opened");

        // 8. A proactive message to the stored reference (the one entry point jobs use).
        var sent = await host.Services.GetRequiredService<IProactiveSender>().SendAsync(
            new ProactiveRequest { User = SlackHost.User(Seller), Reason = "test", Messages = [OutboundMessage.Plain("Time for your weekly drill.")] },
            default);
        Assert.Equal(ProactiveStatus.Delivered, sent.Status);
        Assert.Equal(_slack.Posts(SellerDm)[^1].Ts, sent.MessageIds.Single());
        Assert.Equal("Time for your weekly drill.", _slack.Posts(SellerDm)[^1].Text);

        // users.info once per user, whatever the number of turns.
        Assert.Single(_slack.CallsTo("users.info"), c => c.Arg("user") == Seller);
        Assert.DoesNotContain(SlackHost.BotToken, host.Logs.All, StringComparison.Ordinal);
    }

    /// <summary>Skips until the drill's summary arrives (a weak answer may have earned a second attempt).</summary>
    private async Task FinishDrillAsync(SlackDriver driver)
    {
        for (var i = 0; i < 4; i++)
        {
            var before = _slack.Posts(SellerDm).Count;
            Acknowledged(await driver.SendEventAsync(driver.DirectMessage(Seller, "skip")));
            var posts = await _slack.WaitForPostsAsync(SellerDm, before, last: p => p.Button("hint") is not null || p.Text.Contains("Drill complete", StringComparison.Ordinal));
            if (posts[^1].Text.Contains("Drill complete", StringComparison.Ordinal))
            {
                return;
            }
        }

        Assert.Fail("The drill never completed.");
    }

    private async Task<string> WaitForHomeAsync(string user, Func<string, bool> matches)
    {
        var calls = await _slack.WaitForAsync(
            all => all.Any(c => c.Method == "views.publish" && c.Arg("user_id") == user && matches(c.Arg("view") ?? "")),
            what: "a matching views.publish");
        return calls.Last(c => c.Method == "views.publish" && c.Arg("user_id") == user).Arg("view")!;
    }

    private static void Acknowledged(SlackAnswer answer) => Assert.True(answer.Status == (int)HttpStatusCode.OK, $"Slack got {answer.Status}: {answer.Body}");
}
