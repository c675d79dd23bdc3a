using SalesBot.Slack.BlockKit;

namespace SalesBot.Slack.Api;

/// <summary><c>chat.postMessage</c> arguments (sent as JSON).</summary>
public sealed record ChatPostMessageRequest(string Channel, string Text, IReadOnlyList<SlackBlock>? Blocks)
{
    public string? ThreadTs { get; init; }

    public bool? UnfurlLinks { get; init; } = false;

    public bool? UnfurlMedia { get; init; } = false;
}
