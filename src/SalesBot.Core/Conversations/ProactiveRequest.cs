using SalesBot.Core.Messaging;
using SalesBot.Core.Users;

namespace SalesBot.Core.Conversations;

/// <summary>
/// A message the bot sends first (a brief, a nudge, "new nomination"). Either fixed <see cref="Messages"/>, or a
/// <see cref="Compose"/> function that sees the user's fresh state inside the user's lock and may change it.
/// </summary>
public sealed record ProactiveRequest
{
    public required UserKey User { get; init; }

    /// <summary>Why the bot speaks first, recorded in the transcript (e.g. <c>playbook-nomination</c>, <c>brief</c>, <c>nudge</c>).</summary>
    public required string Reason { get; init; }

    public IReadOnlyList<OutboundMessage> Messages { get; init; } = [];

    /// <summary>
    /// Builds the step from the user's state and the time, inside the lock (null or no messages: nothing to say). When set,
    /// <see cref="Messages"/> is ignored.
    /// </summary>
    public Func<UserState, DateTimeOffset, ProactiveStep?>? Compose { get; init; }

    /// <summary>
    /// Makes the send idempotent: the key is committed with the message (like an inbound message id), so a retried job
    /// for the same occurrence finds it and sends nothing (<see cref="ProactiveStatus.Duplicate"/>). Kept for 24 hours.
    /// </summary>
    public string? IdempotencyKey { get; init; }
}
