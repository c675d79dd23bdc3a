namespace SalesBot.Slack.Api;

/// <summary><c>users.info</c>.</summary>
public sealed record UsersInfoResponse : SlackApiResponse
{
    public SlackUser? User { get; init; }
}
