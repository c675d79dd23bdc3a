using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;
using SalesBot.Core.Scoring;
using SalesBot.Core.Transcripts;
using SalesBot.Core.Users;

namespace SalesBot.Core.Conversations;

/// <summary>What a handler decided: the new state, the replies, what to record, and what happens next.</summary>
public sealed record TurnStep
{
    public required UserState State { get; init; }

    public required IReadOnlyList<OutboundMessage> Messages { get; init; }

    /// <summary>The score of the answer this turn judged, if any (stored with the transcript entry).</summary>
    public ScoreCard? Score { get; init; }

    /// <summary>The session as it was when the answer was judged (for the transcript).</summary>
    public DrillSession? ScoredIn { get; init; }

    /// <summary>Session summaries to store.</summary>
    public IReadOnlyList<SessionRecord> Records { get; init; } = [];

    /// <summary>How to update the pressed message; null lets the pipeline apply the default (<see cref="SourceMessageUpdate.RetireActions"/>).</summary>
    public SourceMessageUpdate? SourceUpdate { get; init; }

    /// <summary>
    /// Messages for other users, sent after this turn is committed and its user's lock released (never inside the turn,
    /// so two users' locks are never held at once): e.g. "new nomination" to each manager.
    /// </summary>
    public IReadOnlyList<ProactiveRequest> FollowUps { get; init; } = [];

    /// <summary>
    /// The user confirmed "forget me": instead of committing <see cref="State"/>, every record of the user is erased
    /// (<see cref="Storage.IUserDataEraser"/>), then <see cref="Messages"/> are sent. Nothing of this turn is stored.
    /// </summary>
    public bool EraseUser { get; init; }

    public static TurnStep Reply(UserState state, params OutboundMessage[] messages) => new() { State = state, Messages = messages };

    public static TurnStep From(DrillUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return new TurnStep
        {
            State = update.State,
            Messages = update.Messages,
            Score = update.Score,
            ScoredIn = update.ScoredIn,
            Records = update.Records,
        };
    }

    /// <summary>This step with messages and session records that happened before it (a closed drill, a welcome).</summary>
    public TurnStep After(IReadOnlyList<OutboundMessage> messages, IReadOnlyList<SessionRecord> records) =>
        messages.Count == 0 && records.Count == 0 ? this : this with { Messages = [.. messages, .. Messages], Records = [.. records, .. Records] };
}
