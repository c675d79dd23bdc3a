using System.Globalization;
using System.Text;
using SalesBot.Slack.Verification;

namespace SalesBot.Slack.Tests.Support;

/// <summary>Builds Slack-signed requests the way Slack sends them.</summary>
public static class SlackRequests
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";

    public static HttpRequestMessage SignedPost(string path, string body, string contentType, DateTimeOffset now, string secret = Secret, string? timestamp = null)
    {
        var ts = timestamp ?? now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        request.Headers.Add(SlackSignature.TimestampHeader, ts);
        request.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Compute(secret, ts, Encoding.UTF8.GetBytes(body)));
        return request;
    }

    public static HttpRequestMessage Event(string json, DateTimeOffset now) => SignedPost("/slack/events", json, "application/json", now);

    public static HttpRequestMessage Command(string form, DateTimeOffset now) => SignedPost("/slack/commands", form, "application/x-www-form-urlencoded", now);

    public static HttpRequestMessage Interaction(string payloadJson, DateTimeOffset now) =>
        SignedPost("/slack/interactions", "payload=" + Uri.EscapeDataString(payloadJson), "application/x-www-form-urlencoded", now);
}
