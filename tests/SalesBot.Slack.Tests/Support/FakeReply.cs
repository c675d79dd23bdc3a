using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace SalesBot.Slack.Tests.Support;

/// <summary>A scripted Web API answer.</summary>
public sealed record FakeReply(int Status, JsonObject Body, IReadOnlyDictionary<string, string> Headers)
{
    public static FakeReply Ok(JsonObject body)
    {
        body["ok"] = true;
        return new(200, body, new Dictionary<string, string>());
    }

    public static FakeReply Error(string error) => new(200, new JsonObject { ["ok"] = false, ["error"] = error }, new Dictionary<string, string>());

    public static FakeReply RateLimited(int retryAfterSeconds) => new(
        (int)HttpStatusCode.TooManyRequests,
        new JsonObject { ["ok"] = false, ["error"] = "ratelimited" },
        new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(CultureInfo.InvariantCulture) });
}
