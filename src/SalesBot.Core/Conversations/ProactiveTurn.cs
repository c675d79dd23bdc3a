using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversations;

/// <summary>A proactive message after its commit (ready to deliver to <see cref="Reference"/>), or why it was not committed.</summary>
public sealed record ProactiveTurn
{
    /// <summary>Why nothing was committed; null when the message is committed and ready to deliver.</summary>
    public ProactiveStatus? Refusal { get; init; }

    public ConversationReference? Reference { get; init; }

    public IReadOnlyList<OutboundMessage> Messages { get; init; } = [];

    public static ProactiveTurn Refused(ProactiveStatus status) => new() { Refusal = status };
}
