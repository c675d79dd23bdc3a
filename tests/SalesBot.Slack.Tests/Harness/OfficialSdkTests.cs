using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesBot.Core.Conversations;
using SalesBot.Slack.Api;
using SalesBot.Slack.BlockKit;
using SalesBot.Slack.Inbound;
using SalesBot.Slack.Json;
using SalesBot.Slack.Tests.Support;
using SalesBot.Slack.Verification;

namespace SalesBot.Slack.Tests.Harness;

/// <summary>
/// Slack's own SDKs as independent oracles: <c>@slack/web-api</c> 8.2.0 against the fake Slack, and <c>@slack/bolt</c> 5.1.0
/// receiving the same signed requests SalesBot receives.
/// </summary>
public sealed class OfficialSdkTests
{
    private static readonly OutboundMessage Sample = new()
    {
        Kind = MessageKind.Feedback,
        Title = "Score: 82/100",
        Text = "A **pass** & well argued <3",
        Sections = [new MessageSection { Title = "What worked", Facts = [new("Acknowledge", "\u201CA 40% premium\u201D")] }],
        Actions = [MessageAction.With("practice", "Next round", "category", "price"), new MessageAction("stop", "Stop")],
    };

    [Fact]
    public async Task WebClient_AgainstTheFakeSlack_AcceptsItsAnswersAndSendsWhatSalesBotSends()
    {
        await using var slack = await FakeSlack.StartAsync();
        slack.Enqueue("chat.postMessage", FakeReply.RateLimited(1));
        var rendered = BlockKitRenderer.Render(Sample);
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(rendered, SlackJsonContext.Default.SlackMessage));

        var result = JsonNode.Parse(await NodeHarness.RunAsync("web-api-check.mjs", slack.ApiBaseUrl.ToString(), file))!;

        Assert.Null(result["failure"]);
        Assert.Equal(FakeSlack.BotUserId, result["auth"]!["user_id"]!.GetValue<string>());
        Assert.Equal("DU0ALICE", result["open"]!["channel"]!.GetValue<string>());
        Assert.Equal(1, result["rateLimitedEvents"]!.GetValue<int>());
        Assert.StartsWith("1700000000.", result["posted"]!["ts"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Europe/Berlin", result["user"]!["tz"]!.GetValue<string>());
        Assert.Equal("V0000000001", result["home"]!["id"]!.GetValue<string>());
        Assert.Equal(("slack_webapi_platform_error", "user_not_found"), (result["userGone"]!["code"]!.GetValue<string>(), result["userGone"]!["error"]!.GetValue<string>()));

        var sdkPosts = slack.CallsTo("chat.postMessage");
        Assert.Equal(2, sdkPosts.Count);
        var sdk = sdkPosts[1];
        Assert.Equal("Bearer xoxb-sdk-check-0001", sdk.Authorization);
        Assert.StartsWith("application/x-www-form-urlencoded", sdk.ContentType, StringComparison.Ordinal);

        // The same message through SalesBot's own client (JSON) carries the same fields the SDK sent (form + JSON string).
        var time = TimeProvider.System;
        var api = new SlackApiClient(new HttpClient(), Microsoft.Extensions.Options.Options.Create(new SalesBot.Slack.Configuration.SlackOptions { ApiBaseUrl = slack.ApiBaseUrl }), new TimeProviderDelay(time), time, Microsoft.Extensions.Logging.Abstractions.NullLogger<SlackApiClient>.Instance);
        await api.PostMessageAsync("xoxb-salesbot", new ChatPostMessageRequest("D0ALICE", rendered.Text, rendered.Blocks), default);
        var ours = slack.CallsTo("chat.postMessage")[^1];
        Assert.Equal(sdk.Arg("channel"), ours.Arg("channel"));
        Assert.Equal(sdk.Arg("text"), ours.Arg("text"));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(sdk.Form["blocks"]), ours.Json!["blocks"]), $"SDK blocks {sdk.Form["blocks"]} differ from SalesBot's {ours.Json!["blocks"]}");
        Assert.Equal(sdk.Form["unfurl_links"], ours.Json!["unfurl_links"]!.ToJsonString());
    }

    [Fact]
    public async Task Bolt_VerifiesSalesBotSignaturesAndParsesTheSamePayloadsAsSalesBot()
    {
        var now = TimeProvider.System.GetUtcNow();
        var cases = new (string Name, string Path, string ContentType, string Body)[]
        {
            ("command", "/slack/commands", "application/x-www-form-urlencoded", "token=XXYYZZ&team_id=T0001&team_domain=salesbot-test&channel_id=D0ALICE&channel_name=directmessage&user_id=U0ALICE&user_name=alice&command=%2Fsalesbot&text=progress+%3Cnow%3E&api_app_id=A0001&is_enterprise_install=false&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT0001%2F1%2Fabc&trigger_id=1700000000.1.abc"),
            ("action", "/slack/interactions", "application/x-www-form-urlencoded", "payload=" + Uri.EscapeDataString(Fixtures.Read("interactions/block_actions.json"))),
            ("view", "/slack/interactions", "application/x-www-form-urlencoded", "payload=" + Uri.EscapeDataString(Fixtures.Read("interactions/view_submission.json"))),
            ("message", "/slack/events", "application/json", Fixtures.Read("events/message_im.json")),
            ("mention", "/slack/events", "application/json", Fixtures.Read("events/app_mention.json")),
            ("home", "/slack/events", "application/json", Fixtures.Read("events/app_home_opened.json")),
            ("challenge", "/slack/events", "application/json", Fixtures.Read("events/url_verification.json")),
        };

        var boltCases = new JsonArray();
        foreach (var c in cases)
        {
            boltCases.Add(Case(c.Name, c.ContentType, c.Body, now, tamper: false));
        }

        boltCases.Add(Case("tampered", "application/json", Fixtures.Read("events/message_im.json"), now, tamper: true));
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, boltCases.ToJsonString());
        var bolt = JsonNode.Parse(await NodeHarness.RunAsync("bolt-check.mjs", SlackRequests.Secret, file))!["results"]!.AsArray()
            .ToDictionary(r => r!["name"]!.GetValue<string>(), r => r!);

        await using var app = await SlackTestApp.StartAsync(SlackTestApp.HttpSettings(), now: now);
        app.Sink.OnSubmit = (_, _) => Task.FromResult(SlackViewSubmissionResult.Errors(("time", "Use HH:mm.")));
        var salesBot = new Dictionary<string, (HttpStatusCode Status, string Body)>();
        foreach (var c in cases)
        {
            using var response = await app.SendAsync(SlackRequests.SignedPost(c.Path, c.Body, c.ContentType, now));
            salesBot[c.Name] = (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        Assert.All(cases, c => Assert.Equal(200, bolt[c.Name]["status"]!.GetValue<int>()));
        Assert.All(cases, c => Assert.Equal(HttpStatusCode.OK, salesBot[c.Name].Status));
        Assert.Equal(401, bolt["tampered"]["status"]!.GetValue<int>());
        Assert.Empty(bolt["tampered"]["received"]!.AsArray());

        var command = await app.Sink.NextAsync<SlackSlashCommand>();
        var boltCommand = bolt["command"]["received"]![0]!;
        Assert.Equal((boltCommand["command"]!.GetValue<string>(), boltCommand["text"]!.GetValue<string>(), boltCommand["user_id"]!.GetValue<string>()), (command.Command, command.Text, command.User));
        Assert.Equal(new Uri(boltCommand["response_url"]!.GetValue<string>()), command.ResponseUrl);

        var action = await app.Sink.NextAsync<SlackBlockAction>();
        var boltAction = bolt["action"]["received"]![0]!;
        Assert.Equal(boltAction["action_id"]!.GetValue<string>(), action.SlackActionId);
        Assert.Equal(SlackActionCodec.Decode(boltAction["action_id"]!.GetValue<string>(), boltAction["value"]!.GetValue<string>()), action.Action, ActionComparer.Instance);
        Assert.Equal((boltAction["message_ts"]!.GetValue<string>(), boltAction["channel_id"]!.GetValue<string>()), (action.Source.MessageTs!, action.Source.ChannelId!));

        var view = await app.Sink.NextAsync<SlackViewSubmission>();
        var boltView = bolt["view"]["received"]![0]!;
        Assert.Equal(boltView["callback_id"]!.GetValue<string>(), view.CallbackId);
        foreach (var (blockId, value) in boltView["values"]!.AsObject())
        {
            Assert.Equal(value!.GetValue<string>(), view.Values.GetText(blockId));
        }

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(bolt["view"]["body"]!.GetValue<string>()), JsonNode.Parse(salesBot["view"].Body)), "Bolt's and SalesBot's view_submission answers differ");
        Assert.Equal("ephemeral", JsonNode.Parse(salesBot["command"].Body)!["response_type"]!.GetValue<string>());
        Assert.Equal(JsonNode.Parse(bolt["challenge"]["body"]!.GetValue<string>())!["challenge"]!.GetValue<string>(), salesBot["challenge"].Body);

        var message = await app.Sink.NextAsync<SlackMessageReceived>();
        var boltMessage = bolt["message"]["received"]![0]!;
        Assert.Equal(SlackMrkdwn.Unescape(boltMessage["text"]!.GetValue<string>()), message.Text);
        var mention = await app.Sink.NextAsync<SlackMessageReceived>();
        Assert.EndsWith(mention.Text, bolt["mention"]["received"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var home = await app.Sink.NextAsync<SlackAppHomeOpened>();
        Assert.Equal(bolt["home"]["received"]![0]!["tab"]!.GetValue<string>(), home.Tab);
    }

    private static JsonObject Case(string name, string contentType, string body, DateTimeOffset now, bool tamper)
    {
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = SlackSignature.Compute(SlackRequests.Secret, timestamp, Encoding.UTF8.GetBytes(body));
        return new JsonObject
        {
            ["name"] = name,
            ["contentType"] = contentType,
            ["body"] = tamper ? body.Replace("U0ALICE", "U0MALLORY", StringComparison.Ordinal) : body,
            ["headers"] = new JsonObject
            {
                [SlackSignature.TimestampHeader] = timestamp,
                [SlackSignature.SignatureHeader] = signature,
            },
        };
    }

    private sealed class ActionComparer : IEqualityComparer<ActionInvocation>
    {
        public static readonly ActionComparer Instance = new();

        public bool Equals(ActionInvocation? x, ActionInvocation? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Data.Count == y.Data.Count && x.Data.All(kv => y.Get(kv.Key) == kv.Value);

        public int GetHashCode(ActionInvocation obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
