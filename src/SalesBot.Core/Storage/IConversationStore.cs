using SalesBot.Core.Messaging;
using SalesBot.Core.Transcripts;
using SalesBot.Core.Users;

namespace SalesBot.Core.Storage;

/// <summary>A user's state as read, with the ETag a later commit must match.</summary>
public sealed record StoredUserState(UserState State, string ETag);

/// <summary>
/// What one turn adds to the record: its transcript entry, the summaries of sessions that started, moved or ended, and,
/// when the user's conversation reference or name changed, the roster entry to mirror (<see cref="IConversationReferenceStore"/>).
/// The entry and the sessions are committed atomically with the state; the roster (another partition) is mirrored right
/// after the commit and repaired on the user's next load if that write was lost.
/// </summary>
public sealed record TurnRecord(TranscriptEntry Entry, IReadOnlyList<SessionRecord> Sessions)
{
    public RosterEntry? Roster { get; init; }
}

/// <summary>
/// Persistence of users, dialog state and transcripts. A commit is all-or-nothing: the user state is replaced only if its
/// ETag still matches, together with the turn's transcript entry and session summaries, or nothing is written.
/// </summary>
public interface IConversationStore
{
    Task<StoredUserState?> LoadAsync(UserKey user, CancellationToken cancellationToken);

    /// <summary>
    /// The state for a turn that takes effect only by committing under the returned ETag. A store may answer from what
    /// it last committed, without a round trip: if the state changed elsewhere meanwhile, the commit throws
    /// <see cref="ConcurrencyConflictException"/> and the turn re-runs on <see cref="LoadAsync"/>.
    /// </summary>
    Task<StoredUserState?> LoadForTurnAsync(UserKey user, CancellationToken cancellationToken) => LoadAsync(user, cancellationToken);

    /// <summary>Saves the state and the turn. Throws <see cref="ConcurrencyConflictException"/> when the state changed since it was read.</summary>
    Task<string> CommitAsync(UserState state, string? expectedETag, TurnRecord turn, CancellationToken cancellationToken);

    /// <summary>The user's transcript, oldest first.</summary>
    Task<IReadOnlyList<TranscriptEntry>> GetTranscriptAsync(UserKey user, CancellationToken cancellationToken);

    /// <summary>The user's newest <paramref name="count"/> transcript entries, oldest first (the chat page's history).</summary>
    async Task<IReadOnlyList<TranscriptEntry>> GetRecentTranscriptAsync(UserKey user, int count, CancellationToken cancellationToken) =>
        (await GetTranscriptAsync(user, cancellationToken)).TakeLast(count).ToList();

    /// <summary>The user's drill sessions, oldest first.</summary>
    Task<IReadOnlyList<SessionRecord>> GetSessionsAsync(UserKey user, CancellationToken cancellationToken);

    /// <summary>One transcript entry by its sequence number, or null (expired, erased, never written). Stores override this with a point read.</summary>
    async Task<TranscriptEntry?> GetTranscriptEntryAsync(UserKey user, long sequence, CancellationToken cancellationToken) =>
        (await GetTranscriptAsync(user, cancellationToken)).FirstOrDefault(e => e.Sequence == sequence);
}
