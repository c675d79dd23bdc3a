namespace SalesBot.Core.Messaging;

/// <summary>
/// How a channel hands verified inbound turns to SalesBot (registered in DI by the host). Every turn of one user runs in
/// that user's line, one at a time and in arrival order, together with proactive sends to that user: load state → handle →
/// commit (state, transcript, reference, processed message id) → deliver. Replies are sent only after the commit, so a
/// reply never announces something that was not stored; a later turn's replies never overtake an earlier turn's.
/// </summary>
public interface ITurnPipeline
{
    /// <summary>
    /// "Acknowledge, then send": queues the turn and returns at once. The replies (and the update of a pressed card) are
    /// delivered later through the <see cref="IChannelMessenger"/> registered for <c>turn.User.Channel</c>, to
    /// <c>turn.Reference</c>. Use for Teams <c>message</c>/<c>conversationUpdate</c>, Slack events and <c>block_actions</c>.
    /// </summary>
    ValueTask<EnqueueResult> EnqueueAsync(InboundTurn turn, CancellationToken cancellationToken);

    /// <summary>
    /// Runs the turn in the user's line and waits for it, for protocols whose HTTP response is the answer (Teams invoke,
    /// the local channel's POST). Never throws for a failed turn: see <see cref="TurnResult.Status"/>. Cancelling stops the
    /// wait, not the turn (once queued it runs to its commit).
    /// </summary>
    Task<TurnResult> ProcessAsync(InboundTurn turn, TurnDelivery delivery, CancellationToken cancellationToken);
}
