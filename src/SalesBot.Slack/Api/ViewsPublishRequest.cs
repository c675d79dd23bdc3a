using SalesBot.Slack.BlockKit;

namespace SalesBot.Slack.Api;

/// <summary><c>views.publish</c> arguments: a user's App Home tab.</summary>
public sealed record ViewsPublishRequest(string UserId, SlackView View)
{
    public string? Hash { get; init; }
}
