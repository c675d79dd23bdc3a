namespace SalesBot.Slack.Api;

/// <summary><c>chat.postMessage</c> / <c>chat.update</c>: the channel and <c>ts</c> that identify the message (for later updates).</summary>
public sealed record ChatMessageResponse : SlackApiResponse
{
    public string? Channel { get; init; }

    public string? Ts { get; init; }

    /// <summary><c>chat.postEphemeral</c> answers with <c>message_ts</c> instead.</summary>
    public string? MessageTs { get; init; }
}
