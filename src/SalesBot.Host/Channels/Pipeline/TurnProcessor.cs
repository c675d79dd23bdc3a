using SalesBot.Core.Conversations;

namespace SalesBot.Host.Channels.Pipeline;

/// <summary>
/// The edge of the turn pipeline every channel calls: one turn per user at a time, a log scope per turn, and one
/// try/catch so a failure becomes a friendly reply instead of an error status (the channel still acknowledges).
/// </summary>
internal sealed partial class TurnProcessor(ConversationService conversations, ILogger<TurnProcessor> logger)
{
    private readonly KeyedLock _locks = new();

    public async Task<TurnResult> ProcessAsync(InboundTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["UserKey"] = turn.User.ToString(),
            ["Channel"] = turn.User.Channel,
            ["ConversationId"] = turn.ConversationId,
            ["MessageId"] = turn.MessageId,
        });

        // User text may be personal data: only at Debug.
        LogTurn(logger, turn.Action?.Id, turn.Text);
        using (await _locks.AcquireAsync(turn.User.ToString(), cancellationToken))
        {
            try
            {
                var result = await conversations.HandleAsync(turn, cancellationToken);
                LogReplied(logger, result.Replies.Count);
                return result;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                LogFailed(logger, ex);
                return new TurnResult(
                [
                    new OutboundMessage
                    {
                        Kind = MessageKind.Error,
                        Text = "Sorry, something went wrong on my side and that message wasn't processed. Your earlier progress is safe. Please try again, or type `stop` to reset the drill.",
                    },
                ]);
            }
        }
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Debug, Message = "Turn received: action {ActionId}, text {Text}")]
    private static partial void LogTurn(ILogger logger, string? actionId, string? text);

    [LoggerMessage(EventId = 101, Level = LogLevel.Debug, Message = "Turn handled with {Replies} replies")]
    private static partial void LogReplied(ILogger logger, int replies);

    [LoggerMessage(EventId = 102, Level = LogLevel.Error, Message = "Turn failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
