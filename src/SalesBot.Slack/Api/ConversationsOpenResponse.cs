namespace SalesBot.Slack.Api;

/// <summary><c>conversations.open</c>: the DM channel (<c>D…</c>).</summary>
public sealed record ConversationsOpenResponse : SlackApiResponse
{
    public SlackChannelRef? Channel { get; init; }
}
