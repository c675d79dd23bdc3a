using System.Text;

namespace SalesBot.Slack.Installations;

/// <summary>
/// One workspace's install of the app (OAuth v2): its bot token and identity. Stored once per workspace, or once per
/// enterprise for org-wide installs (<see cref="Key"/>). <see cref="ToString"/> never prints tokens.
/// </summary>
public sealed record SlackInstallation
{
    public required string TeamId { get; init; }

    public string? TeamName { get; init; }

    public string? EnterpriseId { get; init; }

    public string? EnterpriseName { get; init; }

    public bool IsEnterpriseInstall { get; init; }

    /// <summary>The bot token (<c>xoxb-…</c>). A secret: never log it.</summary>
    public required string BotToken { get; init; }

    /// <summary>The bot's user id (<c>U…</c>): messages from it are the bot's own.</summary>
    public required string BotUserId { get; init; }

    public string? BotId { get; init; }

    public string? AppId { get; init; }

    public IReadOnlyList<string> Scopes { get; init; } = [];

    /// <summary>The Slack user who installed the app.</summary>
    public string? InstallerUserId { get; init; }

    /// <summary>With token rotation: the refresh token (a secret) and when the bot token expires.</summary>
    public string? BotRefreshToken { get; init; }

    public DateTimeOffset? BotTokenExpiresAt { get; init; }

    public required DateTimeOffset InstalledAt { get; init; }

    /// <summary>The store key: <c>E:{enterprise}</c> for org-wide installs, otherwise <c>T:{team}</c>.</summary>
    public string Key => KeyFor(TeamId, EnterpriseId, IsEnterpriseInstall);

    public static string KeyFor(string? teamId, string? enterpriseId, bool isEnterpriseInstall) =>
        isEnterpriseInstall && !string.IsNullOrEmpty(enterpriseId) ? "E:" + enterpriseId : "T:" + teamId;

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("TeamId = ").Append(TeamId)
            .Append(", EnterpriseId = ").Append(EnterpriseId)
            .Append(", IsEnterpriseInstall = ").Append(IsEnterpriseInstall)
            .Append(", BotUserId = ").Append(BotUserId)
            .Append(", BotId = ").Append(BotId)
            .Append(", Scopes = ").Append(string.Join(',', Scopes))
            .Append(", BotToken = ***");
        return true;
    }
}
