namespace SalesBot.Slack.Api;

/// <summary>A channel as the Web API returns it (only the id is used).</summary>
public sealed record SlackChannelRef
{
    public string? Id { get; init; }
}
