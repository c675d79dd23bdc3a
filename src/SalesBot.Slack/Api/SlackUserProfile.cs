namespace SalesBot.Slack.Api;

/// <summary>The names a user shows.</summary>
public sealed record SlackUserProfile
{
    public string? DisplayName { get; init; }

    public string? RealName { get; init; }
}
