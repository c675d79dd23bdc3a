using System.Text.Json.Nodes;

namespace SalesBot.Teams.Tests.Support;

/// <summary>
/// The forged/broken token matrix (issue 6): each case is a request (Authorization header + activity) minted by the fake
/// Bot Connector, and whether the Bot Framework rules accept it. Shared by the validator's test against the botbuilder
/// oracle (Teams tests) and the same matrix against the real host (Host tests).
/// </summary>
public static class TokenCases
{
    private static readonly string[] NoServiceUrl = ["serviceurl"];

    /// <summary>Name, accepted, and the reason SalesBot logs for a rejection.</summary>
    public static TheoryData<string, bool, string> All => new()
    {
        { "valid", true, "" },
        { "valid, expired 2 minutes ago (inside the 5-minute skew)", true, "" },
        { "valid, RS512", true, "" },
        { "no Authorization header", false, "no Authorization header" },
        { "wrong scheme", false, "is not 'Bearer <token>'" },
        { "alg none", false, "algorithm 'none' is not allowed" },
        { "HS256 signed with the public key", false, "algorithm 'HS256' is not allowed" },
        { "wrong issuer", false, "issuer 'https://api.botframework.evil' is not trusted" },
        { "wrong audience", false, "InvalidAudience" },
        { "expired beyond the skew", false, "InvalidLifetime" },
        { "not yet valid", false, "InvalidLifetime" },
        { "unknown kid", false, "signing key 'no-such-key' is not published" },
        { "foreign key under a known kid", false, "InvalidSignature" },
        { "serviceurl claim mismatch", false, "serviceurl claim does not match" },
        { "serviceurl claim missing", false, "no serviceurl claim" },
        { "channel not endorsed by the key", false, "not endorsed for channel 'msteams'" },
        { "activity from a channel the key does not endorse", false, "not endorsed for channel 'slack'" },
        { "tampered payload", false, "InvalidSignature" },
    };

    /// <summary>A personal-chat message from a user to the bot, as Teams sends it.</summary>
    public static string Activity(
        string serviceUrl,
        string channelId = "msteams",
        string userId = "29:user-ada",
        string aadObjectId = "0f0e0d0c-0b0a-4909-8807-060504030201",
        string conversationId = "a:1conv",
        string text = "help") => new JsonObject
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = channelId,
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = userId, ["aadObjectId"] = aadObjectId },
        ["recipient"] = new JsonObject { ["id"] = $"28:{FakeConnector.AppId}" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = FakeConnector.TenantId },
        ["text"] = text,
    }.ToJsonString();

    /// <summary>
    /// The Authorization header and body for a case; <paramref name="body"/> is the activity to send (for the channel case
    /// its channelId is switched to <c>slack</c>).
    /// </summary>
    public static async Task<(string? Authorization, string Body)> RequestAsync(FakeConnector fake, string name, string body)
    {
        ArgumentNullException.ThrowIfNull(fake);
        async Task<string> Bearer(object spec) => $"Bearer {await fake.MintAsync(spec)}";
        return name switch
        {
            "valid" => (await Bearer(new { }), body),
            "valid, expired 2 minutes ago (inside the 5-minute skew)" => (await Bearer(new { expiredSecondsAgo = 120 }), body),
            "valid, RS512" => (await Bearer(new { alg = "RS512" }), body),
            "no Authorization header" => (null, body),
            "wrong scheme" => ($"Basic {await fake.MintAsync()}", body),
            "alg none" => (await Bearer(new { alg = "none" }), body),
            "HS256 signed with the public key" => (await Bearer(new { alg = "HS256" }), body),
            "wrong issuer" => (await Bearer(new { issuer = "https://api.botframework.evil" }), body),
            "wrong audience" => (await Bearer(new { audience = "11111111-1111-4111-8111-111111111111" }), body),
            "expired beyond the skew" => (await Bearer(new { expiredSecondsAgo = 400 }), body),
            "not yet valid" => (await Bearer(new { notBeforeInSeconds = 600 }), body),
            "unknown kid" => (await Bearer(new { kid = "no-such-key" }), body),
            "foreign key under a known kid" => (await Bearer(new { key = "foreign", kid = "fake-key-msteams" }), body),
            "serviceurl claim mismatch" => (await Bearer(new { serviceUrl = "https://smba.trafficmanager.net/amer/" }), body),
            "serviceurl claim missing" => (await Bearer(new { omitClaims = NoServiceUrl }), body),
            "channel not endorsed by the key" => (await Bearer(new { key = "slack" }), body),
            "activity from a channel the key does not endorse" => (await Bearer(new { }), WithChannel(body, "slack")),
            "tampered payload" => (await Bearer(new { tamper = true }), body),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such case"),
        };
    }

    private static string WithChannel(string body, string channelId)
    {
        var activity = JsonNode.Parse(body)!.AsObject();
        activity["channelId"] = channelId;
        return activity.ToJsonString();
    }
}
