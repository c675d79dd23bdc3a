using SalesBot.Core.Conversations;
using SalesBot.Core.Messaging;

namespace SalesBot.Host.Channels.Pipeline;

/// <summary>
/// Runs one piece of a user's work under the user's lock, from load to delivery: an inbound turn (handle, commit, then
/// send its replies and the pressed-card update through the channel's messenger, unless the caller renders them) or a
/// proactive message (commit, then send). A failure inside a turn becomes a friendly reply; a "recipient gone" delivery
/// marks the reference inactive. Holding the lock through delivery is what keeps one user's replies in order.
/// </summary>
internal sealed partial class TurnProcessor(
    ConversationService conversations,
    IUserLocks locks,
    ChannelMessengers messengers,
    ILogger<TurnProcessor> logger)
{
    public static readonly OutboundMessage FailureReply = new()
    {
        Kind = MessageKind.Error,
        Text = "Sorry, something went wrong on my side and that message wasn't processed. Your earlier progress is safe. Please try again, or type `stop` to reset the drill.",
    };

    /// <summary>Handles the turn; <paramref name="delivery"/> null means "send everything through the messenger" (acknowledge, then send).</summary>
    public async Task<HandledTurn> RunAsync(InboundTurn turn, TurnDelivery? delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["UserKey"] = turn.User.ToString(),
            ["Channel"] = turn.User.Channel,
            ["ConversationId"] = turn.Reference.ConversationId,
            ["MessageId"] = turn.MessageId,
        });

        // User text may be personal data: only at Debug.
        LogTurn(logger, turn.Kind, turn.Action?.Id, turn.Text);
        using (await locks.AcquireAsync(turn.User, cancellationToken))
        {
            HandledTurn handled;
            try
            {
                handled = await conversations.HandleAsync(turn, cancellationToken);
                LogReplied(logger, handled.Result.Status, handled.Result.Replies.Count, handled.FollowUps.Count);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                LogFailed(logger, ex);
                handled = new HandledTurn(new TurnResult([FailureReply]) { Status = TurnStatus.Failed }, []);
            }

            if (delivery != TurnDelivery.Caller && handled.Result.Status is TurnStatus.Handled or TurnStatus.Failed)
            {
                await DeliverAsync(turn, handled.Reference ?? turn.Reference, handled.Result, updateSource: delivery is null, cancellationToken);
            }

            return handled;
        }
    }

    public async Task<ProactiveResult> RunProactiveAsync(ProactiveRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["UserKey"] = request.User.ToString(),
            ["Channel"] = request.User.Channel,
            ["Reason"] = request.Reason,
        });
        if (messengers.Find(request.User.Channel) is not { } messenger)
        {
            LogNoMessenger(logger, request.User.Channel);
            return new ProactiveResult(ProactiveStatus.NoMessenger);
        }

        using (await locks.AcquireAsync(request.User, cancellationToken))
        {
            ProactiveTurn committed;
            try
            {
                committed = await conversations.CommitProactiveAsync(request, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                LogProactiveFailed(logger, ex);
                return new ProactiveResult(ProactiveStatus.Failed) { Detail = ex.GetType().Name };
            }

            if (committed.Refusal is { } refusal)
            {
                LogProactiveRefused(logger, refusal);
                return new ProactiveResult(refusal);
            }

            var result = await SafeAsync(() => messenger.SendAsync(committed.Reference!, committed.Messages, cancellationToken), cancellationToken);
            LogProactiveSent(logger, result.Status, result.MessageIds.Count);
            switch (result.Status)
            {
                case DeliveryStatus.Delivered:
                    return new ProactiveResult(ProactiveStatus.Delivered) { MessageIds = result.MessageIds };
                case DeliveryStatus.RecipientGone:
                    await MarkGoneAsync(request.User, result, cancellationToken);
                    return new ProactiveResult(ProactiveStatus.RecipientGone) { MessageIds = result.MessageIds, Detail = result.Detail };
                default:
                    return new ProactiveResult(ProactiveStatus.Transient) { MessageIds = result.MessageIds, Detail = result.Detail };
            }
        }
    }

    private async Task DeliverAsync(InboundTurn turn, ConversationReference reference, TurnResult result, bool updateSource, CancellationToken cancellationToken)
    {
        if (messengers.Find(turn.User.Channel) is not { } messenger)
        {
            LogNoMessenger(logger, turn.User.Channel);
            return;
        }

        if (updateSource && result.SourceUpdate is { Kind: not SourceUpdateKind.Keep } update && turn.Action?.SourceMessageId is { } sourceId)
        {
            var updated = await SafeAsync(() => messenger.UpdateAsync(reference, sourceId, update, cancellationToken), cancellationToken);
            if (updated.Status == DeliveryStatus.RecipientGone)
            {
                await MarkGoneAsync(turn.User, updated, cancellationToken);
                return;
            }
        }

        if (result.Replies.Count == 0)
        {
            return;
        }

        var sent = await SafeAsync(() => messenger.SendAsync(reference, result.Replies, cancellationToken), cancellationToken);
        LogDelivered(logger, sent.Status, sent.MessageIds.Count, result.Replies.Count);
        if (sent.Status == DeliveryStatus.RecipientGone)
        {
            await MarkGoneAsync(turn.User, sent, cancellationToken);
        }
    }

    private async Task MarkGoneAsync(UserKey user, DeliveryResult result, CancellationToken cancellationToken)
    {
        try
        {
            await conversations.MarkUnreachableAsync(user, $"{ConversationService.RecipientGoneEvent}: {result.Detail ?? "no detail"}", cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The next send finds the recipient gone again and retries this.
            LogMarkFailed(logger, ex);
        }
    }

    /// <summary>A messenger must not throw for platform failures; if one does anyway, treat it as transient.</summary>
    private async Task<DeliveryResult> SafeAsync(Func<Task<DeliveryResult>> send, CancellationToken cancellationToken)
    {
        try
        {
            return await send();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            LogMessengerThrew(logger, ex);
            return DeliveryResult.Failed(ex.GetType().Name);
        }
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Debug, Message = "Turn received: {Kind}, action {ActionId}, text {Text}")]
    private static partial void LogTurn(ILogger logger, TurnKind kind, string? actionId, string? text);

    [LoggerMessage(EventId = 101, Level = LogLevel.Debug, Message = "Turn {Status} with {Replies} replies and {FollowUps} follow-ups")]
    private static partial void LogReplied(ILogger logger, TurnStatus status, int replies, int followUps);

    [LoggerMessage(EventId = 102, Level = LogLevel.Error, Message = "Turn failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 103, Level = LogLevel.Debug, Message = "Replies delivered: {Status}, {Delivered} of {Total}")]
    private static partial void LogDelivered(ILogger logger, DeliveryStatus status, int delivered, int total);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "No messenger is registered for channel {Channel}; nothing was sent")]
    private static partial void LogNoMessenger(ILogger logger, string channel);

    [LoggerMessage(EventId = 105, Level = LogLevel.Error, Message = "The messenger threw instead of reporting a result")]
    private static partial void LogMessengerThrew(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 106, Level = LogLevel.Warning, Message = "Could not mark the reference inactive")]
    private static partial void LogMarkFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 107, Level = LogLevel.Error, Message = "Proactive message failed before delivery")]
    private static partial void LogProactiveFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 108, Level = LogLevel.Debug, Message = "Proactive message not sent: {Status}")]
    private static partial void LogProactiveRefused(ILogger logger, ProactiveStatus status);

    [LoggerMessage(EventId = 109, Level = LogLevel.Debug, Message = "Proactive message sent: {Status}, {Delivered} messages")]
    private static partial void LogProactiveSent(ILogger logger, DeliveryStatus status, int delivered);
}
