using SalesBot.Slack.Inbound;

namespace SalesBot.Slack.Installations;

/// <summary>
/// Where OAuth installs live: one <see cref="SlackInstallation"/> per workspace (or per enterprise for org-wide installs),
/// keyed by <see cref="SlackInstallation.Key"/>. The Host implements this on its document store (partition
/// <c>slack:installations</c>, id = key; serialise with <see cref="SlackInstallationJson"/>); tokens are secrets at rest,
/// so prefer an encrypted store in production. <see cref="InMemorySlackInstallationStore"/> serves tests and single-instance dev.
/// </summary>
public interface ISlackInstallationStore
{
    /// <summary>Creates or replaces the installation with the same key (a re-install replaces the token).</summary>
    Task SaveAsync(SlackInstallation installation, CancellationToken cancellationToken);

    /// <summary>
    /// The installation serving <paramref name="team"/>: by enterprise id for an org-wide install, otherwise by team id,
    /// falling back to an org-wide install of the team's enterprise.
    /// </summary>
    Task<SlackInstallation?> FindAsync(SlackTeamRef team, CancellationToken cancellationToken);

    /// <summary>Removes the installation (uninstall, bot token revoked); false when there was none.</summary>
    Task<bool> DeleteAsync(SlackTeamRef team, CancellationToken cancellationToken);
}
