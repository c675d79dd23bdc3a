namespace SalesBot.Core.Messaging;

/// <summary>
/// Sends to one channel. A channel registers exactly one as a singleton in DI
/// (<c>services.AddSingleton&lt;IChannelMessenger, TeamsMessenger&gt;()</c> inside <c>AddTeamsChannel()</c>); the pipeline
/// picks it by <see cref="Channel"/> = <see cref="UserKey.Channel"/>. The pipeline calls it only while it holds the user's
/// line, so calls for one user never overlap and arrive in order. Implementations do their own protocol retries (429
/// Retry-After, 5xx) and report the result; they must not throw for platform failures (only for cancellation).
/// </summary>
public interface IChannelMessenger
{
    /// <summary>The channel this messenger serves (<c>teams</c>, <c>slack</c>, <c>local</c>).</summary>
    string Channel { get; }

    /// <summary>Sends the messages to the reference's conversation, in order, stopping at the first failure.</summary>
    Task<DeliveryResult> SendAsync(ConversationReference reference, IReadOnlyList<OutboundMessage> messages, CancellationToken cancellationToken);

    /// <summary>
    /// Updates a message the bot sent earlier (the card whose button was pressed): replace it, or retire its buttons
    /// (<see cref="SourceUpdateKind.RetireActions"/>: leave it unchanged when the channel can't recover the content).
    /// Never called with <see cref="SourceUpdateKind.Keep"/>.
    /// </summary>
    Task<DeliveryResult> UpdateAsync(ConversationReference reference, string channelMessageId, SourceMessageUpdate update, CancellationToken cancellationToken);
}
