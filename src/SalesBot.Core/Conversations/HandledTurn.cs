using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversations;

/// <summary>A committed (or dropped) turn: its result for the channel, and the proactive follow-ups for other users.</summary>
public sealed record HandledTurn(TurnResult Result, IReadOnlyList<ProactiveRequest> FollowUps)
{
    /// <summary>
    /// The user's reference as committed: the one the turn brought, with fields the channel omitted this time filled in from
    /// the stored one. Replies go here. Null when nothing was committed.
    /// </summary>
    public ConversationReference? Reference { get; init; }

    public static HandledTurn Duplicate { get; } = new(TurnResult.Empty(TurnStatus.Duplicate), []);

    public static HandledTurn Nothing { get; } = new(TurnResult.Empty(TurnStatus.Handled), []);
}
