using SalesBot.Core.Messaging;
using SalesBot.Core.Scoring;
using SalesBot.Core.Transcripts;
using SalesBot.Core.Users;

namespace SalesBot.Core.Drills;

/// <summary>What a drill step produced: the new user state, the messages, and what to record.</summary>
public sealed record DrillUpdate
{
    public required UserState State { get; init; }
    public required IReadOnlyList<OutboundMessage> Messages { get; init; }

    /// <summary>The score of the answer this step judged, if any.</summary>
    public ScoreCard? Score { get; init; }

    /// <summary>The session as it was when the answer was judged (for the transcript).</summary>
    public DrillSession? ScoredIn { get; init; }

    /// <summary>Session summaries to store: a session started, moved or ended (switching drills closes one and starts another).</summary>
    public IReadOnlyList<SessionRecord> Records { get; init; } = [];
}
