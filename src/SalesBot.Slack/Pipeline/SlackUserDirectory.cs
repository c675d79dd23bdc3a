using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using SalesBot.Slack.Api;
using SalesBot.Slack.Inbound;
using SalesBot.Slack.Outbound;

namespace SalesBot.Slack.Pipeline;

/// <summary>
/// Each user's time zone, locale and name from <c>users.info</c>, fetched once on first contact (per process) and again
/// after a day, never on every turn. Every turn's conversation reference carries the cached values; the pipeline stores
/// them with the user's state, and an unchanged value costs nothing (the reference only changes when Slack's answer does).
/// A failed lookup is remembered for an hour, so an unreachable Slack can't turn every message into an API call.
/// </summary>
public sealed partial class SlackUserDirectory(SlackMessenger messenger, TimeProvider time, ILogger<SlackUserDirectory> logger)
{
    internal static readonly TimeSpan FreshFor = TimeSpan.FromDays(1);
    internal static readonly TimeSpan FailureFreshFor = TimeSpan.FromHours(1);
    internal const int MaxEntries = 100_000;
    private static readonly TimeSpan LookupTimeout = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<string, Entry> _users = new(StringComparer.Ordinal);

    /// <summary>The cached facts when they are fresh; false means "fetch first" (<see cref="GetAsync"/>).</summary>
    public bool TryGet(SlackTeamRef team, string userId, out SlackUserFacts? facts)
    {
        ArgumentNullException.ThrowIfNull(team);
        if (_users.TryGetValue(Key(team, userId), out var entry) && time.GetUtcNow() < entry.FreshUntil)
        {
            facts = entry.Facts;
            return true;
        }

        facts = null;
        return false;
    }

    /// <summary>The cached facts, or a <c>users.info</c> lookup (bounded by a timeout; null fields when Slack can't say).</summary>
    public async Task<SlackUserFacts> GetAsync(SlackTeamRef team, string userId, CancellationToken cancellationToken)
    {
        if (TryGet(team, userId, out var cached))
        {
            return cached!;
        }

        var now = time.GetUtcNow();
        SlackUserFacts facts;
        var freshFor = FreshFor;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(LookupTimeout);
            var user = await messenger.GetUserAsync(team, userId, timeout.Token);
            facts = new SlackUserFacts(KnownZone(user.Tz), Trimmed(user.Locale, 35), Name(user), now);
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogLookupFailed(logger, team.TeamId, ex is SlackApiException api ? api.Error : ex.GetType().Name);
            facts = new SlackUserFacts(null, null, null, now);
            freshFor = FailureFreshFor;
        }

        if (_users.Count >= MaxEntries)
        {
            _users.Clear();
        }

        _users[Key(team, userId)] = new Entry(facts, now + freshFor);
        return facts;
    }

    private static string Key(SlackTeamRef team, string userId) => team.TeamId + ":" + userId;

    /// <summary>The IANA zone if this machine knows it (Slack sends IANA names such as <c>Europe/Berlin</c>).</summary>
    private static string? KnownZone(string? zone) =>
        !string.IsNullOrWhiteSpace(zone) && zone.Length <= 64 && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _) ? zone : null;

    private static string? Name(SlackUser user) =>
        Trimmed(user.Profile?.DisplayName, 100) ?? Trimmed(user.RealName, 100) ?? Trimmed(user.Profile?.RealName, 100) ?? Trimmed(user.Name, 100);

    private static string? Trimmed(string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.Length > max ? trimmed[..max] : trimmed;
    }

    [LoggerMessage(EventId = 7800, Level = LogLevel.Warning, Message = "Slack users.info failed for a user of {TeamId} ({Error}); the time zone stays unknown for now")]
    private static partial void LogLookupFailed(ILogger logger, string teamId, string error);

    private sealed record Entry(SlackUserFacts Facts, DateTimeOffset FreshUntil);
}
