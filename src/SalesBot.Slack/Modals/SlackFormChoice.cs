using System.Text.Json.Serialization;

namespace SalesBot.Slack.Modals;

/// <summary>One option of a choice field in a <see cref="SlackForm"/>: the value sent back and the text shown.</summary>
public sealed record SlackFormChoice(
    [property: JsonPropertyName("v")] string Value,
    [property: JsonPropertyName("t")] string Text);
