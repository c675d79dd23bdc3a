using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using SalesBot.Core.Content;
using SalesBot.Core.Messaging;
using SalesBot.Core.Storage;
using SalesBot.Core.Users;
using SalesBot.Slack.Api;
using SalesBot.Slack.Home;
using SalesBot.Slack.Inbound;
using SalesBot.Slack.Outbound;

namespace SalesBot.Slack.Pipeline;

/// <summary>
/// Publishes a user's App Home (<c>views.publish</c>) from their stored state and recent sessions: on
/// <c>app_home_opened</c> and after a drill or role-play ends (<see cref="RequestRefresh"/>). Reads happen only then, never
/// on an ordinary turn, and under the user's lock (<see cref="IUserLocks"/>) so they see a committed state and two
/// publishes for one user never cross.
/// </summary>
public sealed partial class SlackHomePublisher(
    IConversationStore store,
    ContentCatalog content,
    IUserLocks locks,
    SlackMessenger messenger,
    TimeProvider time,
    ILogger<SlackHomePublisher> logger) : IDisposable
{
    private readonly ConcurrentDictionary<UserKey, byte> _pending = new();
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Loads the user's state and sessions under their lock and publishes the Home tab; returns the state read (null for a new user).</summary>
    public Task<UserState?> PublishAsync(UserKey user, SlackTeamRef team, CancellationToken cancellationToken) =>
        PublishCoreAsync(user, team, onLocked: null, cancellationToken);

    /// <summary>
    /// Schedules a publish after the current work for the user (the caller may hold the user's lock: the refresh waits for
    /// it). Requests for a user whose refresh is still waiting are merged into it.
    /// </summary>
    public void RequestRefresh(UserKey user, SlackTeamRef team)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (_stopping.IsCancellationRequested || !_pending.TryAdd(user, 0))
        {
            return;
        }

        _ = Task.Run(() => RefreshAsync(user, team), CancellationToken.None);
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private async Task<UserState?> PublishCoreAsync(UserKey user, SlackTeamRef team, Action? onLocked, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(team);
        using (await locks.AcquireAsync(user, cancellationToken))
        {
            onLocked?.Invoke();
            var stored = await store.LoadAsync(user, cancellationToken);
            var sessions = stored is null ? [] : await store.GetSessionsAsync(user, cancellationToken);
            var view = AppHomeBuilder.Build(AppHomeModel.From(content, stored?.State, sessions, time.GetUtcNow()));
            try
            {
                await messenger.PublishHomeAsync(team, user.UserId, view, cancellationToken);
                LogPublished(logger, user.TenantId, sessions.Count);
            }
            catch (SlackApiException ex)
            {
                LogPublishFailed(logger, user.TenantId, ex.Error);
            }

            return stored?.State;
        }
    }

    private async Task RefreshAsync(UserKey user, SlackTeamRef team)
    {
        try
        {
            // Once the lock is ours, a request arriving from then on needs a publish of its own.
            await PublishCoreAsync(user, team, () => _pending.TryRemove(user, out _), _stopping.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            _pending.TryRemove(user, out _);
        }
        catch (Exception ex)
        {
            _pending.TryRemove(user, out _);
            LogRefreshFailed(logger, user.TenantId, ex);
        }
    }

    [LoggerMessage(EventId = 7810, Level = LogLevel.Debug, Message = "Slack App Home published for a user of {TeamId} ({Sessions} sessions)")]
    private static partial void LogPublished(ILogger logger, string teamId, int sessions);

    [LoggerMessage(EventId = 7811, Level = LogLevel.Warning, Message = "Slack App Home not published for a user of {TeamId}: {Error}")]
    private static partial void LogPublishFailed(ILogger logger, string teamId, string error);

    [LoggerMessage(EventId = 7812, Level = LogLevel.Error, Message = "Slack App Home refresh failed for a user of {TeamId}")]
    private static partial void LogRefreshFailed(ILogger logger, string teamId, Exception exception);
}
