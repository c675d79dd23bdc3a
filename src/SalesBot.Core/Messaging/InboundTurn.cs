namespace SalesBot.Core.Messaging;

/// <summary>
/// One inbound event from a user, whatever the channel: text, a button press, or an install/remove event. A channel
/// builds it from a verified platform request and hands it to <see cref="ITurnPipeline"/>.
/// </summary>
public sealed record InboundTurn
{
    public required UserKey User { get; init; }

    /// <summary>
    /// Where this user can be reached, as the channel received it. The pipeline stores it with the user's state (committed
    /// with the turn), sends the turn's replies to it, and proactive messages later go to the stored copy.
    /// </summary>
    public required ConversationReference Reference { get; init; }

    public TurnKind Kind { get; init; } = TurnKind.Message;

    public string? UserName { get; init; }

    public string? Text { get; init; }

    public ActionInvocation? Action { get; init; }

    /// <summary>
    /// The channel's id of this inbound message (Teams activity id, Slack <c>event_id</c>): a redelivery with the same id is
    /// processed once. Null turns off de-duplication for the turn.
    /// </summary>
    public string? MessageId { get; init; }
}
