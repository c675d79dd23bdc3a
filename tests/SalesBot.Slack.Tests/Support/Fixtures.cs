using System.Text.Json.Nodes;

namespace SalesBot.Slack.Tests.Support;

/// <summary>Slack payloads built from the documented field lists (tests/SalesBot.Slack.Tests/Fixtures).</summary>
public static class Fixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static JsonNode Json(string name) => JsonNode.Parse(Read(name))!;

    /// <summary>Slack's published signing example: a complete slash-command body (no trailing newline).</summary>
    public const string KnownAnswerBody = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    public const string KnownAnswerTimestamp = "1531420618";

    public const string KnownAnswerSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
}
