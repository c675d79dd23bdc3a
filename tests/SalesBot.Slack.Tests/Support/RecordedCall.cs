using System.Text.Json.Nodes;

namespace SalesBot.Slack.Tests.Support;

/// <summary>One recorded Web API call: headers and the arguments, whether sent as a form or as JSON.</summary>
public sealed record RecordedCall(string Method, string? Authorization, string? ContentType, string Body, IReadOnlyDictionary<string, string> Form, JsonNode? Json)
{
    public string? Arg(string name) =>
        Form.TryGetValue(name, out var value) ? value : Json?[name] is JsonValue v ? v.ToString() : Json?[name]?.ToJsonString();
}
