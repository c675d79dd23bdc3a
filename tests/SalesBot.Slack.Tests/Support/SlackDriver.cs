using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SalesBot.Slack.Verification;

namespace SalesBot.Slack.Tests.Support;

/// <summary>
/// Plays Slack towards SalesBot: builds realistic Events API, slash-command and <c>block_actions</c> payloads and delivers
/// them either as signed HTTP requests (every one is kept in <see cref="Sent"/>) or as Socket Mode envelopes on the fake's
/// WebSocket (<see cref="Socket"/>, replaceable after a reconnect).
/// </summary>
public sealed class SlackDriver(FakeSlack slack, HttpClient? http = null)
{
    public const string AppId = "A0001";
    private readonly List<SentRequest> _sent = [];
    /// <summary>Shared by every driver: event ids, timestamps and trigger ids are unique within a test run, as Slack's are.</summary>
    private static int _sequence;

    /// <summary>Socket Mode: the connection envelopes go to (null: HTTP).</summary>
    public FakeSocket? Socket { get; set; }

    public string TeamId { get; init; } = FakeSlack.TeamId;

    /// <summary>The clock requests are signed with (the app's, when it runs on a fake clock).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public IReadOnlyList<SentRequest> Sent => _sent;

    /// <summary>The DM channel the fake's <c>conversations.open</c> gives the user (and the one their DMs come from).</summary>
    public static string DmOf(string user) => "D" + user;

    public static string NextEventId() => "Ev" + Next().ToString("D8", CultureInfo.InvariantCulture);

    public JsonObject DirectMessage(string user, string text, string? eventId = null)
    {
        var ts = NextTs();
        return Envelope(
            new JsonObject
            {
                ["type"] = "message",
                ["channel"] = DmOf(user),
                ["user"] = user,
                ["text"] = text,
                ["ts"] = ts,
                ["event_ts"] = ts,
                ["channel_type"] = "im",
                ["client_msg_id"] = Guid.NewGuid().ToString(),
            },
            eventId);
    }

    public JsonObject HomeOpened(string user, string tab = "home") => Envelope(
        new JsonObject { ["type"] = "app_home_opened", ["user"] = user, ["channel"] = DmOf(user), ["tab"] = tab, ["event_ts"] = NextTs() });

    public JsonObject AppUninstalled() => Envelope(new JsonObject { ["type"] = "app_uninstalled", ["event_ts"] = NextTs() });

    public JsonObject Envelope(JsonObject inner, string? eventId = null) => new()
    {
        ["token"] = "verification-token-unused",
        ["team_id"] = TeamId,
        ["api_app_id"] = AppId,
        ["event"] = inner,
        ["type"] = "event_callback",
        ["event_id"] = eventId ?? NextEventId(),
        ["event_time"] = 1_700_000_000 + Next(),
        ["authorizations"] = new JsonArray(new JsonObject
        {
            ["enterprise_id"] = null,
            ["team_id"] = TeamId,
            ["user_id"] = FakeSlack.BotUserId,
            ["is_bot"] = true,
            ["is_enterprise_install"] = false,
        }),
        ["is_ext_shared_channel"] = false,
        ["event_context"] = "4-eyJldCI6Im1lc3NhZ2UifQ",
    };

    public Dictionary<string, string> Command(string user, string text, string responseId) => new(StringComparer.Ordinal)
    {
        ["token"] = "verification-token-unused",
        ["team_id"] = TeamId,
        ["team_domain"] = "salesbot-test",
        ["channel_id"] = "C0SALES",
        ["channel_name"] = "sales",
        ["user_id"] = user,
        ["user_name"] = user.ToLowerInvariant(),
        ["command"] = "/salesbot",
        ["text"] = text,
        ["api_app_id"] = AppId,
        ["is_enterprise_install"] = "false",
        ["response_url"] = slack.ResponseUrl(responseId).ToString(),
        ["trigger_id"] = "13345224609." + Next() + ".4e9a1c7c2b1ef6a3e0f5d3c1e0a8f4b2",
    };

    /// <summary>The <c>block_actions</c> payload Slack sends when <paramref name="user"/> presses the button of the posted message.</summary>
    public JsonObject Press(string user, RecordedCall post, string actionId)
    {
        var button = post.Button(actionId) ?? throw new InvalidOperationException($"The message has no '{actionId}' button: {string.Join(", ", post.ActionIds)}");
        var channel = post.Arg("channel")!;
        var action = new JsonObject
        {
            ["action_id"] = button["action_id"]!.DeepClone(),
            ["block_id"] = "b" + Next(),
            ["text"] = button["text"]!.DeepClone(),
            ["type"] = "button",
            ["action_ts"] = NextTs(),
        };
        if (button["value"] is { } value)
        {
            action["value"] = value.DeepClone();
        }

        if (button["style"] is { } style)
        {
            action["style"] = style.DeepClone();
        }

        return new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = user, ["username"] = user.ToLowerInvariant(), ["name"] = user.ToLowerInvariant(), ["team_id"] = TeamId },
            ["api_app_id"] = AppId,
            ["token"] = "verification-token-unused",
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = post.Ts, ["channel_id"] = channel, ["is_ephemeral"] = false },
            ["trigger_id"] = "13345224609." + Next() + ".9b1f0c7e2d4a6b8c0e2f4a6c8e0b2d4f",
            ["team"] = new JsonObject { ["id"] = TeamId, ["domain"] = "salesbot-test" },
            ["enterprise"] = null,
            ["is_enterprise_install"] = false,
            ["channel"] = new JsonObject { ["id"] = channel, ["name"] = "directmessage" },
            ["message"] = new JsonObject
            {
                ["type"] = "message",
                ["user"] = FakeSlack.BotUserId,
                ["ts"] = post.Ts,
                ["bot_id"] = FakeSlack.BotId,
                ["text"] = post.Text,
                ["blocks"] = post.Json!["blocks"]!.DeepClone(),
            },
            ["state"] = new JsonObject { ["values"] = new JsonObject() },
            ["response_url"] = slack.ResponseUrl("action-" + Next()).ToString(),
            ["actions"] = new JsonArray(action),
        };
    }

    public Task<SlackAnswer> SendEventAsync(JsonObject envelope, int retry = 0, string name = "event") =>
        Socket is { } socket
            ? ViaSocketAsync(socket, "events_api", envelope, acceptsResponsePayload: false, retry)
            : ViaHttpAsync(name, "/slack/events", envelope.ToJsonString(), "application/json", retry);

    public Task<SlackAnswer> SendCommandAsync(Dictionary<string, string> fields) =>
        Socket is { } socket
            ? ViaSocketAsync(socket, "slash_commands", new JsonObject(fields.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)JsonValue.Create(f.Value)))), acceptsResponsePayload: true, 0)
            : ViaHttpAsync("command", "/slack/commands", Form(fields), "application/x-www-form-urlencoded", 0);

    public Task<SlackAnswer> SendInteractionAsync(JsonObject payload) =>
        Socket is { } socket
            ? ViaSocketAsync(socket, "interactive", payload, acceptsResponsePayload: false, 0)
            : ViaHttpAsync("interaction", "/slack/interactions", "payload=" + Uri.EscapeDataString(payload.ToJsonString()), "application/x-www-form-urlencoded", 0);

    public static string Form(IReadOnlyDictionary<string, string> fields) =>
        string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));

    private async Task<SlackAnswer> ViaHttpAsync(string name, string path, string body, string contentType, int retry)
    {
        var client = http ?? throw new InvalidOperationException("No HTTP client: this driver speaks Socket Mode.");
        var timestamp = Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SlackSignature.TimestampHeader] = timestamp,
            [SlackSignature.SignatureHeader] = SlackSignature.Compute(SlackRequests.Secret, timestamp, Encoding.UTF8.GetBytes(body)),
        };
        if (retry > 0)
        {
            headers["X-Slack-Retry-Num"] = retry.ToString(CultureInfo.InvariantCulture);
            headers["X-Slack-Retry-Reason"] = "http_timeout";
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        foreach (var (key, value) in headers)
        {
            request.Headers.Add(key, value);
        }

        lock (_sent)
        {
            _sent.Add(new SentRequest(name, contentType, body, headers));
        }

        using var response = await client.SendAsync(request);
        return new SlackAnswer((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<SlackAnswer> ViaSocketAsync(FakeSocket socket, string type, JsonObject payload, bool acceptsResponsePayload, int retry)
    {
        try
        {
            var ack = await socket.SendEnvelopeAsync(type, payload.DeepClone(), Guid.NewGuid().ToString(), acceptsResponsePayload, retry);
            return new SlackAnswer((int)HttpStatusCode.OK, ack["payload"]?.ToJsonString() ?? "");
        }
        catch (TimeoutException)
        {
            return new SlackAnswer((int)HttpStatusCode.ServiceUnavailable, "");
        }
    }

    private static int Next() => Interlocked.Increment(ref _sequence);

    private static string NextTs() => string.Create(CultureInfo.InvariantCulture, $"1700000100.{Next():D6}");
}
