using Microsoft.Extensions.Options;
using SalesBot.Slack.Api;
using SalesBot.Slack.Configuration;
using SalesBot.Slack.Inbound;

namespace SalesBot.Slack.Installations;

/// <summary>The bot token for a workspace: its OAuth installation, else the single-workspace <c>Slack:BotToken</c>.</summary>
public sealed class SlackTokenResolver(ISlackInstallationStore installations, IOptions<SlackOptions> options)
{
    public async Task<string> ResolveAsync(SlackTeamRef team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var installation = await installations.FindAsync(team, cancellationToken);
        if (installation is not null)
        {
            return installation.BotToken;
        }

        var configured = options.Value.BotToken;
        return string.IsNullOrWhiteSpace(configured)
            ? throw new SlackApiException("auth", "not_installed")
            : configured;
    }
}
