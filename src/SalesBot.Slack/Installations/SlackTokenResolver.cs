using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using SalesBot.Slack.Api;
using SalesBot.Slack.Configuration;
using SalesBot.Slack.Inbound;

namespace SalesBot.Slack.Installations;

/// <summary>
/// The bot token for a workspace: its OAuth installation, else the single-workspace <c>Slack:BotToken</c>. Lookups are
/// cached in memory (found: 5 minutes, not found: 1 minute), so sending a turn's replies adds no store round trip; an
/// uninstall, a revoked token or an auth error on this instance forgets the entry at once (<see cref="Forget"/>), and on
/// other instances a removed token fails with <c>invalid_auth</c>, which forgets it there too.
/// </summary>
public sealed class SlackTokenResolver(ISlackInstallationStore installations, IOptions<SlackOptions> options, TimeProvider time)
{
    internal static readonly TimeSpan FoundLifetime = TimeSpan.FromMinutes(5);
    internal static readonly TimeSpan MissingLifetime = TimeSpan.FromMinutes(1);
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, Entry> _cache = new(StringComparer.Ordinal);

    public async Task<string> ResolveAsync(SlackTeamRef team, CancellationToken cancellationToken)
    {
        var installation = await FindAsync(team, cancellationToken);
        if (installation is not null)
        {
            return installation.BotToken;
        }

        var configured = options.Value.BotToken;
        return string.IsNullOrWhiteSpace(configured)
            ? throw new SlackApiException("auth", "not_installed")
            : configured;
    }

    /// <summary>The workspace's installation (cached), or null when it has none (the configured bot token serves it then).</summary>
    public async Task<SlackInstallation?> FindAsync(SlackTeamRef team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var key = CacheKey(team);
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(key, out var cached) && cached.Until > now)
        {
            return cached.Installation;
        }

        var installation = await installations.FindAsync(team, cancellationToken);
        if (_cache.Count >= MaxEntries)
        {
            _cache.Clear();
        }

        _cache[key] = new Entry(installation, now + (installation is null ? MissingLifetime : FoundLifetime));
        return installation;
    }

    /// <summary>Drops what is cached for the workspace (after an uninstall, a new install, or an auth error).</summary>
    public void Forget(SlackTeamRef team)
    {
        ArgumentNullException.ThrowIfNull(team);
        foreach (var key in _cache.Keys)
        {
            if (key.StartsWith(team.TeamId + "|", StringComparison.Ordinal)
                || (!string.IsNullOrEmpty(team.EnterpriseId) && key.EndsWith("|" + team.EnterpriseId, StringComparison.Ordinal)))
            {
                _cache.TryRemove(key, out _);
            }
        }
    }

    private static string CacheKey(SlackTeamRef team) => team.TeamId + "|" + (team.IsEnterpriseInstall ? "org" : "") + "|" + team.EnterpriseId;

    private sealed record Entry(SlackInstallation? Installation, DateTimeOffset Until);
}
