namespace SalesBot.Slack.Api;

/// <summary><c>views.open</c> / <c>views.publish</c>: the view's id and hash.</summary>
public sealed record ViewResponse : SlackApiResponse
{
    public SlackViewRef? View { get; init; }
}
