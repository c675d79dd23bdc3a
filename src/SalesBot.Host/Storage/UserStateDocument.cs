using SalesBot.Core.Messaging;
using SalesBot.Core.Transcripts;
using SalesBot.Core.Users;

namespace SalesBot.Host.Storage;

/// <summary>
/// The stored shape of a user's state document (id <c>state</c> in the user's partition). The turn's transcript entry
/// and sessions are their own documents, committed in the same batch (ADR 0009), so the state carries no copy of them.
/// </summary>
internal sealed record UserStateDocument
{
    public required UserState State { get; init; }

    /// <summary>
    /// True from the commit that changed the user's conversation reference or name until a later commit knows the roster
    /// mirror (another partition, written right after the commit) happened; a load that finds it set and can't tell
    /// writes the roster entry again.
    /// </summary>
    public bool? RosterPending { get; init; }

    /// <summary>Read only: the outbox of ADR 0001 in documents written before ADR 0009 (flushed once on load if its entry is missing).</summary>
    public TranscriptEntry? PendingEntry { get; init; }

    /// <summary>Read only: see <see cref="PendingEntry"/>.</summary>
    public IReadOnlyList<SessionRecord>? PendingSessions { get; init; }

    /// <summary>Read only: see <see cref="PendingEntry"/>.</summary>
    public RosterEntry? PendingRoster { get; init; }
}
