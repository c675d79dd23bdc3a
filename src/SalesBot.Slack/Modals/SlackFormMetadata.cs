using System.Text.Json.Serialization;

namespace SalesBot.Slack.Modals;

/// <summary>
/// The form modal's <c>private_metadata</c>: the pressed action's id, the message (channel and ts) that held the button,
/// and the form, so the submission runs as that button's press with the submitted values.
/// </summary>
public sealed record SlackFormMetadata(
    [property: JsonPropertyName("a")] string ActionId,
    [property: JsonPropertyName("c")] string? ChannelId,
    [property: JsonPropertyName("m")] string? MessageTs,
    [property: JsonPropertyName("f")] SlackForm Form);
