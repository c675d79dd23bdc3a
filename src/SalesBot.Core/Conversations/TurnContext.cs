using SalesBot.Core.Messaging;
using SalesBot.Core.Users;

namespace SalesBot.Core.Conversations;

/// <summary>
/// What a handler sees of a turn: the inbound turn, the user's state (already stamped with this turn: last seen, name,
/// reference, turn count), the time, whether this is the user's first turn, and whether a stale drill was just closed.
/// </summary>
public sealed record TurnContext(InboundTurn Turn, UserState State, DateTimeOffset Now, bool IsNewUser)
{
    /// <summary>A drill that could not resume (expired, content or rubric changed) was closed at the start of this turn.</summary>
    public bool DrillJustClosed { get; init; }
}
