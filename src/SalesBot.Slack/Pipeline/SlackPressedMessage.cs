using System.Text.Json;

namespace SalesBot.Slack.Pipeline;

/// <summary>
/// A message whose button was pressed, as the <c>block_actions</c> payload described it: where it is, whether it is
/// ephemeral (then only its <c>response_url</c> can change it), and its text and blocks (to retire its buttons).
/// </summary>
public sealed record SlackPressedMessage(string? ChannelId, bool IsEphemeral, Uri? ResponseUrl, string? Text, JsonElement? Blocks, DateTimeOffset SeenAt);
