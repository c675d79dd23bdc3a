namespace SalesBot.Core.Messaging;

/// <summary>What one turn produced: the replies in order, and what to do with the message whose button was pressed.</summary>
public sealed record TurnResult(IReadOnlyList<OutboundMessage> Replies)
{
    public TurnStatus Status { get; init; } = TurnStatus.Handled;

    /// <summary>
    /// For a button press with a <see cref="ActionInvocation.SourceMessageId"/>: how to update that message (never null then;
    /// <see cref="SourceMessageUpdate.RetireActions"/> unless the handler chose). Null for every other turn.
    /// </summary>
    public SourceMessageUpdate? SourceUpdate { get; init; }

    public static TurnResult Empty(TurnStatus status) => new([]) { Status = status };
}
