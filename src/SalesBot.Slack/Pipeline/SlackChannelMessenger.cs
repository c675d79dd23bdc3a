using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;
using SalesBot.Slack.Api;
using SalesBot.Slack.Inbound;
using SalesBot.Slack.Installations;
using SalesBot.Slack.Outbound;

namespace SalesBot.Slack.Pipeline;

/// <summary>
/// The pipeline's messenger for Slack (<see cref="IChannelMessenger"/>, channel <c>slack</c>). Replies go to the user's DM
/// with the bot: the reference's conversation id, or the DM opened with <c>conversations.open</c> when the reference has
/// none yet (a user who only used the slash command or a mention). Each posted message's <c>ts</c> is its channel message
/// id. A pressed message is updated with <c>chat.update</c> (or its <c>response_url</c> when it was ephemeral). Slack
/// errors never throw: a gone recipient or a dead token is <see cref="DeliveryStatus.RecipientGone"/>, anything else
/// <see cref="DeliveryStatus.Transient"/> (429s were already retried by the API client).
/// </summary>
public sealed partial class SlackChannelMessenger(
    SlackMessenger messenger,
    SlackTokenResolver tokens,
    SlackPressedMessages pressed,
    SlackHomePublisher? home,
    ILogger<SlackChannelMessenger> logger) : IChannelMessenger
{
    public const string ChannelName = "slack";
    private const int MaxDirectMessages = 100_000;
    private readonly ConcurrentDictionary<string, string> _directMessages = new(StringComparer.Ordinal);

    public string Channel => ChannelName;

    public async Task<DeliveryResult> SendAsync(ConversationReference reference, IReadOnlyList<OutboundMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(messages);
        var team = TeamOf(reference);
        var delivered = new List<string>(messages.Count);
        try
        {
            var channel = await DirectMessageAsync(reference, team, cancellationToken);
            foreach (var message in messages)
            {
                var posted = await messenger.SendAsync(team, channel, message, threadTs: null, cancellationToken);
                delivered.Add(posted.Ts);
            }
        }
        catch (Exception ex) when (Failure(ex, cancellationToken) is { } failure)
        {
            return Report(team, failure, delivered);
        }

        if (home is not null && messages.Any(EndsADrill))
        {
            home.RequestRefresh(new UserKey(ChannelName, reference.TenantId, reference.ChannelUserId), team);
        }

        return DeliveryResult.Delivered(delivered);
    }

    public async Task<DeliveryResult> UpdateAsync(ConversationReference reference, string channelMessageId, SourceMessageUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentException.ThrowIfNullOrEmpty(channelMessageId);
        ArgumentNullException.ThrowIfNull(update);
        var team = TeamOf(reference);
        var source = pressed.Find(reference.TenantId, channelMessageId);
        try
        {
            if (source is { IsEphemeral: true })
            {
                // An ephemeral message can only be changed through the response_url of the press; without content to keep,
                // retiring leaves it as it is.
                if (update.Kind == SourceUpdateKind.Replace && source.ResponseUrl is { } url)
                {
                    await messenger.RespondAsync(url, update.Replacement!, SlackResponseMode.ReplaceOriginal, cancellationToken);
                    return DeliveryResult.Delivered([channelMessageId]);
                }

                return DeliveryResult.Delivered([]);
            }

            var channel = source?.ChannelId ?? reference.ConversationId;
            if (channel is null)
            {
                return DeliveryResult.Delivered([]);
            }

            switch (update.Kind)
            {
                case SourceUpdateKind.Replace:
                    await messenger.UpdateAsync(team, channel, channelMessageId, update.Replacement!, cancellationToken);
                    return DeliveryResult.Delivered([channelMessageId]);
                case SourceUpdateKind.RetireActions when source?.Blocks is { } blocks:
                    await messenger.RetireActionsAsync(team, channel, channelMessageId, source.Text ?? "(answered)", blocks, cancellationToken);
                    return DeliveryResult.Delivered([channelMessageId]);
                default:
                    // Retiring a message whose content this instance never saw: leave it (every handler re-checks a stale press).
                    return DeliveryResult.Delivered([]);
            }
        }
        catch (Exception ex) when (Failure(ex, cancellationToken) is { } failure)
        {
            return Report(team, failure, []);
        }
    }

    /// <summary>
    /// A drill or role-play just ended: its summary (the only <see cref="MessageKind.Summary"/> reply that offers the
    /// <c>progress</c> button). The App Home is refreshed then, not on ordinary turns.
    /// </summary>
    internal static bool EndsADrill(OutboundMessage message) =>
        message.Kind == MessageKind.Summary && message.Actions.Any(a => a.Id == DrillMessages.ActionProgress);

    internal static SlackTeamRef TeamOf(ConversationReference reference) => new(reference.TenantId, reference.EnterpriseId);

    private async Task<string> DirectMessageAsync(ConversationReference reference, SlackTeamRef team, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(reference.ConversationId))
        {
            return reference.ConversationId;
        }

        var key = reference.TenantId + ":" + reference.ChannelUserId;
        if (_directMessages.TryGetValue(key, out var known))
        {
            return known;
        }

        var opened = await messenger.OpenDirectMessageAsync(team, reference.ChannelUserId, cancellationToken);
        if (_directMessages.Count >= MaxDirectMessages)
        {
            _directMessages.Clear();
        }

        _directMessages[key] = opened;
        return opened;
    }

    private DeliveryResult Report(SlackTeamRef team, SlackApiException failure, IReadOnlyList<string> delivered)
    {
        if (failure.Kind == SlackErrorKind.Auth)
        {
            // A revoked or invalid token: look the installation up again next time (it may have been replaced or removed).
            tokens.Forget(team);
        }

        LogFailed(logger, failure.Method, failure.Error, team.TeamId);
        return failure.RecipientUnreachable
            ? DeliveryResult.Gone("slack " + failure.Error)
            : DeliveryResult.Failed("slack " + failure.Error, delivered);
    }

    /// <summary>The Slack failure behind an exception, or null for a cancellation that must propagate.</summary>
    private static SlackApiException? Failure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => null,
        SlackApiException slack => slack,
        HttpRequestException or OperationCanceledException or IOException => new SlackApiException("send", "http_" + exception.GetType().Name),
        _ => null,
    };

    [LoggerMessage(EventId = 7820, Level = LogLevel.Warning, Message = "Slack {Method} failed for workspace {TeamId}: {Error}")]
    private static partial void LogFailed(ILogger logger, string method, string error, string teamId);
}
