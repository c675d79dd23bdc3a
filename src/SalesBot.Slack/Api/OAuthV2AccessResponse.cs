namespace SalesBot.Slack.Api;

/// <summary><c>oauth.v2.access</c>: the bot token and the workspace it belongs to.</summary>
public sealed record OAuthV2AccessResponse : SlackApiResponse
{
    public string? AccessToken { get; init; }

    public string? TokenType { get; init; }

    public string? Scope { get; init; }

    public string? BotUserId { get; init; }

    public string? AppId { get; init; }

    public SlackNamedRef? Team { get; init; }

    public SlackNamedRef? Enterprise { get; init; }

    public bool IsEnterpriseInstall { get; init; }

    public SlackNamedRef? AuthedUser { get; init; }

    public string? RefreshToken { get; init; }

    public int? ExpiresIn { get; init; }

    /// <summary>Keeps the access token out of logs and exception messages.</summary>
    protected override bool PrintMembers(System.Text.StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Append("Ok = ").Append(Ok).Append(", Error = ").Append(Error).Append(", Team = ").Append(Team?.Id).Append(", AccessToken = ***");
        return true;
    }
}
