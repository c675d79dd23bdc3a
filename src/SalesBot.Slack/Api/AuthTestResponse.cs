namespace SalesBot.Slack.Api;

/// <summary><c>auth.test</c>: who a token is (the bot's own user id and bot id, to ignore its own messages).</summary>
public sealed record AuthTestResponse : SlackApiResponse
{
    public string? Url { get; init; }

    public string? Team { get; init; }

    public string? User { get; init; }

    public string? TeamId { get; init; }

    public string? UserId { get; init; }

    public string? BotId { get; init; }

    public string? EnterpriseId { get; init; }

    public bool IsEnterpriseInstall { get; init; }
}
