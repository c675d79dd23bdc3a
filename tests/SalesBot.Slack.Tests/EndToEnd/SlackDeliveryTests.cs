using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Conversations;
using SalesBot.Core.Messaging;
using SalesBot.Slack.Tests.Support;

namespace SalesBot.Slack.Tests.EndToEnd;

/// <summary>
/// Delivery guarantees and attacks against the real host: Slack's retries processed once, a 429 waited out without
/// duplicates, forged/stale/malformed requests refused with nothing stored, unknown events tolerated, a revoked token.
/// </summary>
public sealed class SlackDeliveryTests : IAsyncLifetime
{
    private const string User = "U0RETRY";
    private static readonly string Dm = SlackDriver.DmOf(User);
    private FakeSlack _slack = null!;
    private SlackHost _host = null!;
    private SlackDriver _driver = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _host = new SlackHost(_slack);
        _driver = new SlackDriver(_slack, _host.CreateClient());
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task SameEvent_DeliveredThreeTimes_IsProcessedOnce()
    {
        var help = _driver.DirectMessage(User, "help");

        // Slack's first delivery and its retries (X-Slack-Retry-Num 1 and 2) arrive together: all are acknowledged.
        var answers = await Task.WhenAll(_driver.SendEventAsync(help), _driver.SendEventAsync(help, retry: 1), _driver.SendEventAsync(help, retry: 2));
        Assert.All(answers, a => Assert.Equal(200, a.Status));

        // A later message of the same user is answered after anything queued before it: then nothing more can come.
        await _driver.SendEventAsync(_driver.DirectMessage(User, "progress"));
        await _slack.WaitForPostsAsync(Dm, 0, last: p => p.Text.Contains("Your progress", StringComparison.Ordinal));

        var transcript = await _host.Conversations.GetTranscriptAsync(SlackHost.User(User), default);
        Assert.Single(transcript, e => e.MessageId == (string)help["event_id"]!);
        Assert.Equal(2, transcript.Count);
        Assert.Equal(transcript.Sum(e => e.Replies.Count), _slack.Posts(Dm).Count);
        Assert.Single(_slack.CallsTo("users.info"));
    }

    [Fact]
    public async Task SameEvent_RetriedAfterItWasAnswered_IsDroppedAsADuplicate()
    {
        var help = _driver.DirectMessage(User, "help");
        await _driver.SendEventAsync(help);
        await _driver.SendEventAsync(_driver.DirectMessage(User, "progress"));
        await _slack.WaitForPostsAsync(Dm, 0, last: p => p.Text.Contains("Your progress", StringComparison.Ordinal));
        var answered = _slack.Posts(Dm).Count;

        // Retries arriving after the turn was committed and answered: acknowledged, dropped.
        Assert.Equal(200, (await _driver.SendEventAsync(help, retry: 1)).Status);
        Assert.Equal(200, (await _driver.SendEventAsync(help, retry: 2)).Status);
        await _driver.SendEventAsync(_driver.DirectMessage(User, "progress"));
        await _slack.WaitForPostsAsync(Dm, answered, last: p => p.Text.Contains("Your progress", StringComparison.Ordinal));

        var transcript = await _host.Conversations.GetTranscriptAsync(SlackHost.User(User), default);
        Assert.Equal(3, transcript.Count);
        Assert.Single(transcript, e => e.MessageId == (string)help["event_id"]!);
        Assert.Equal(transcript.Sum(e => e.Replies.Count), _slack.Posts(Dm).Count);
    }

    [Fact]
    public async Task Send_RateLimitedOnce_IsRetriedAfterRetryAfterWithoutDuplicates()
    {
        // Warm the user's time zone so the message is admitted inline, then make Slack answer 429 Retry-After: 1 once.
        await _driver.SendEventAsync(_driver.DirectMessage(User, "hi"));
        var before = (await _slack.WaitForPostsAsync(Dm, 0)).Count;
        _slack.Enqueue("chat.postMessage", FakeReply.RateLimited(1));

        await _driver.SendEventAsync(_driver.DirectMessage(User, "progress"));
        await _slack.WaitForPostsAsync(Dm, before, last: p => p.Text.Contains("Your progress", StringComparison.Ordinal));

        var attempts = _slack.CallsTo("chat.postMessage").Where(c => c.Text.Contains("Your progress", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, attempts.Count);
        Assert.Equal(429, attempts[0].Status);
        Assert.True(attempts[1].Succeeded);
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromMilliseconds(950), $"retried after {(attempts[1].At - attempts[0].At).TotalMilliseconds} ms");
        Assert.Single(_slack.Posts(Dm), p => p.Text.Contains("Your progress", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ForgedStaleOrUnsignedRequests_Are401_AndNothingIsStored()
    {
        var body = _driver.DirectMessage(User, "help").ToJsonString();
        var now = TimeProvider.System.GetUtcNow();
        var requests = new List<HttpRequestMessage>
        {
            SlackRequests.SignedPost("/slack/events", body, "application/json", now, secret: "not-the-signing-secret"),
            SlackRequests.SignedPost("/slack/events", body, "application/json", now.AddMinutes(-6)),
            SlackRequests.SignedPost("/slack/events", body, "application/json", now.AddMinutes(6)),
            Tampered(SlackRequests.SignedPost("/slack/events", body, "application/json", now), body.Replace("help", "stop", StringComparison.Ordinal)),
            Unsigned(body),
            VersionOne(SlackRequests.SignedPost("/slack/events", body, "application/json", now)),
        };
        var client = _host.CreateClient();
        foreach (var request in requests)
        {
            using (request)
            using (var response = await client.SendAsync(request))
            {
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            }
        }

        // A valid request afterwards is handled: the refused ones left no trace.
        await _driver.SendEventAsync(_driver.DirectMessage("U0OTHER", "help"));
        await _slack.WaitForPostsAsync(SlackDriver.DmOf("U0OTHER"), 0);
        Assert.Null(await _host.Conversations.LoadAsync(SlackHost.User(User), default));
        Assert.Empty(_slack.Posts(Dm));
    }

    [Fact]
    public async Task MalformedPayloads_Are400WithAReason_UnknownEventsAre200()
    {
        var client = _host.CreateClient();
        var now = TimeProvider.System.GetUtcNow();
        async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpRequestMessage request)
        {
            using (request)
            using (var response = await client.SendAsync(request))
            {
                return (response.StatusCode, await response.Content.ReadAsStringAsync());
            }
        }

        var malformed = await SendAsync(SlackRequests.Event("{\"type\":\"event_callback\",\"event\":", now));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
        Assert.Contains("Malformed JSON", malformed.Body, StringComparison.Ordinal);

        var noTeam = await SendAsync(SlackRequests.Event(new JsonObject { ["type"] = "event_callback", ["event_id"] = "Ev1", ["event"] = new JsonObject { ["type"] = "message" } }.ToJsonString(), now));
        Assert.Equal(HttpStatusCode.BadRequest, noTeam.Status);
        Assert.Contains("team_id", noTeam.Body, StringComparison.Ordinal);

        var badPayload = await SendAsync(SlackRequests.SignedPost("/slack/interactions", "payload=" + Uri.EscapeDataString("{not json"), "application/x-www-form-urlencoded", now));
        Assert.Equal(HttpStatusCode.BadRequest, badPayload.Status);
        Assert.Contains("Malformed interaction payload", badPayload.Body, StringComparison.Ordinal);

        var noUser = await SendAsync(SlackRequests.Command("command=%2Fsalesbot&team_id=T0001&channel_id=C1&text=progress", now));
        Assert.Equal(HttpStatusCode.BadRequest, noUser.Status);
        Assert.Contains("user_id", noUser.Body, StringComparison.Ordinal);

        var unknown = await SendAsync(SlackRequests.Event(_driver.Envelope(new JsonObject { ["type"] = "reaction_added", ["user"] = User, ["reaction"] = "tada" }).ToJsonString(), now));
        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        var rateLimited = await SendAsync(SlackRequests.Event("{\"type\":\"app_rate_limited\",\"team_id\":\"T0001\",\"minute_rate_limited\":1518467820,\"api_app_id\":\"A0001\"}", now));
        Assert.Equal(HttpStatusCode.OK, rateLimited.Status);

        Assert.Null(await _host.Conversations.LoadAsync(SlackHost.User(User), default));
        Assert.Empty(_slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task RevokedToken_MarksTheReferenceInactive_AndProactiveSendsStop()
    {
        await _driver.SendEventAsync(_driver.DirectMessage(User, "hi"));
        var before = (await _slack.WaitForPostsAsync(Dm, 0)).Count;

        // The workspace revoked the bot's token: the next reply fails with token_revoked.
        _slack.Enqueue("chat.postMessage", FakeReply.Error("token_revoked"));
        await _driver.SendEventAsync(_driver.DirectMessage(User, "progress"));
        await _slack.WaitForAsync(all => all.Any(c => c.Method == "chat.postMessage" && c.Response?["error"]?.GetValue<string>() == "token_revoked"));

        // Work for the user runs in order: this proactive send runs after the failed turn marked the user unreachable.
        var proactive = await _host.Services.GetRequiredService<IProactiveSender>().SendAsync(
            new ProactiveRequest { User = SlackHost.User(User), Reason = "test", Messages = [OutboundMessage.Plain("nudge")] }, default);

        Assert.Equal(ProactiveStatus.Inactive, proactive.Status);
        var reference = (await _host.Conversations.LoadAsync(SlackHost.User(User), default))!.State.Reference!;
        Assert.False(reference.Active);
        Assert.Contains("token_revoked", reference.InactiveReason, StringComparison.Ordinal);
        Assert.Equal(before, _slack.Posts(Dm).Count);
        Assert.DoesNotContain(SlackHost.BotToken, _host.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueueFull_IsA503_SoSlackRetries()
    {
        await using var busy = new SlackHost(_slack, settings: new Dictionary<string, string?> { ["Pipeline:QueueCapacity"] = "1" });
        var driver = new SlackDriver(_slack, busy.CreateClient());
        await driver.SendEventAsync(driver.DirectMessage(User, "hi"));
        await _slack.WaitForPostsAsync(Dm, 0);

        // Hold the pipeline's only slot: the user's next reply waits on a slow Slack.
        var release = new TaskCompletionSource();
        _slack.Hold = release.Task;
        Assert.Equal(200, (await driver.SendEventAsync(driver.DirectMessage(User, "progress"))).Status);
        await _slack.WaitForHeldAsync();
        var refused = await driver.SendEventAsync(driver.DirectMessage(User, "help"));
        release.SetResult();

        Assert.Equal(503, refused.Status);
        await _slack.WaitForPostsAsync(Dm, 1, last: p => p.Text.Contains("Your progress", StringComparison.Ordinal));
    }

    private static HttpRequestMessage Tampered(HttpRequestMessage signed, string body)
    {
        var contentType = signed.Content!.Headers.ContentType!.ToString();
        signed.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        signed.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return signed;
    }

    private static HttpRequestMessage Unsigned(string body) => new(HttpMethod.Post, "/slack/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private static HttpRequestMessage VersionOne(HttpRequestMessage signed)
    {
        var signature = signed.Headers.GetValues("X-Slack-Signature").Single();
        signed.Headers.Remove("X-Slack-Signature");
        signed.Headers.Add("X-Slack-Signature", "v1=" + signature[3..]);
        return signed;
    }
}
