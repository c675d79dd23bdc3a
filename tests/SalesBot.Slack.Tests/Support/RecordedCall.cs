using System.Text.Json.Nodes;

namespace SalesBot.Slack.Tests.Support;

/// <summary>One recorded Web API call: headers and the arguments, whether sent as a form or as JSON, and the fake's answer.</summary>
public sealed record RecordedCall(string Method, string? Authorization, string? ContentType, string Body, IReadOnlyDictionary<string, string> Form, JsonNode? Json)
{
    /// <summary>When the fake received it.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>The HTTP status the fake answered (429 for a scripted rate limit).</summary>
    public int Status { get; init; } = 200;

    /// <summary>The body the fake answered with (e.g. the <c>ts</c> of a posted message).</summary>
    public JsonObject? Response { get; init; }

    /// <summary>Answered <c>ok:true</c>.</summary>
    public bool Succeeded => Status == 200 && Response?["ok"]?.GetValue<bool>() == true;

    /// <summary>The <c>ts</c> Slack gave a posted message.</summary>
    public string? Ts => Response?["ts"]?.GetValue<string>();

    public string? Arg(string name) =>
        Form.TryGetValue(name, out var value) ? value : Json?[name] is JsonValue v ? v.ToString() : Json?[name]?.ToJsonString();

    /// <summary>The <c>action_id</c>s of the buttons in the posted blocks.</summary>
    public IReadOnlyList<string> ActionIds =>
        (Json?["blocks"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(b => (string?)b["type"] == "actions")
            .SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>())
            .Select(e => (string)e["action_id"]!)
            .ToList();

    /// <summary>The button whose action id ends with <c>.{id}</c> (the channel-neutral action id).</summary>
    public JsonObject? Button(string id) =>
        (Json?["blocks"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(b => (string?)b["type"] == "actions")
            .SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>())
            .FirstOrDefault(e => ((string)e["action_id"]!).EndsWith("." + id, StringComparison.Ordinal));

    public string Text => Arg("text") ?? "";
}
