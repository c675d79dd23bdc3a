using SalesBot.Core.Messaging;
using SalesBot.Core.Transcripts;
using SalesBot.Core.Users;

namespace SalesBot.Core.Conversations;

/// <summary>What a proactive composer decided from the user's fresh state: the new state and the messages to send.</summary>
public sealed record ProactiveStep(UserState State, IReadOnlyList<OutboundMessage> Messages)
{
    /// <summary>Session summaries to store (e.g. a role-play a manager assigned was started).</summary>
    public IReadOnlyList<SessionRecord> Records { get; init; } = [];
}
