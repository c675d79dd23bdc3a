using System.Collections.Concurrent;
using SalesBot.Slack.Inbound;

namespace SalesBot.Slack.Installations;

/// <summary>Installations in process memory: for tests and a single dev instance (lost on restart).</summary>
public sealed class InMemorySlackInstallationStore : ISlackInstallationStore
{
    private readonly ConcurrentDictionary<string, SlackInstallation> _installations = new(StringComparer.Ordinal);

    public int Count => _installations.Count;

    public Task SaveAsync(SlackInstallation installation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(installation);
        _installations[installation.Key] = installation;
        return Task.CompletedTask;
    }

    public Task<SlackInstallation?> FindAsync(SlackTeamRef team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var found = _installations.GetValueOrDefault(SlackInstallation.KeyFor(team.TeamId, team.EnterpriseId, team.IsEnterpriseInstall));
        if (found is null && !string.IsNullOrEmpty(team.EnterpriseId))
        {
            found = _installations.GetValueOrDefault(SlackInstallation.KeyFor(team.TeamId, team.EnterpriseId, isEnterpriseInstall: true));
        }

        return Task.FromResult(found);
    }

    public Task<bool> DeleteAsync(SlackTeamRef team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        return Task.FromResult(_installations.TryRemove(SlackInstallation.KeyFor(team.TeamId, team.EnterpriseId, team.IsEnterpriseInstall), out _));
    }
}
