namespace SalesBot.Slack.Inbound;

/// <summary>Tokens were revoked. When a bot token is among them the installation has already been deleted.</summary>
public sealed record SlackTokensRevoked : SlackInbound
{
    public IReadOnlyList<string> BotUserIds { get; init; } = [];

    public IReadOnlyList<string> OAuthUserIds { get; init; } = [];

    public override string? UserId => null;
}
