using System.Text.Json;
using SalesBot.Core.Messaging;
using SalesBot.Core.Storage;
using SalesBot.Core.Transcripts;
using SalesBot.Core.Users;

namespace SalesBot.Host.Storage;

/// <summary>
/// Users, dialog state and transcripts on any <see cref="IDocumentStore"/>. All of a user's documents share one partition.
/// A turn commits by replacing the user's state document under its ETag, carrying the turn's transcript entry as an
/// outbox; the entry is then written as its own document (and re-written on the next load if that write was lost), so a
/// committed turn never loses its transcript and a refused commit leaves nothing behind. A changed conversation
/// reference travels in the same outbox and is mirrored to the tenant roster (another partition) the same way.
/// </summary>
internal sealed partial class DocumentConversationStore(
    IDocumentStore documents,
    IConversationReferenceStore roster,
    TranscriptRetention retention,
    ILogger<DocumentConversationStore> logger)
    : IConversationStore
{
    internal const string StateId = "state";
    internal const string StateType = "user-state";
    internal const string TranscriptType = "transcript";
    internal const string SessionType = "session";

    public static string PartitionFor(UserKey user) => $"user|{user}";

    public async Task<StoredUserState?> LoadAsync(UserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var stored = await documents.ReadAsync(PartitionFor(user), StateId, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var document = JsonSerializer.Deserialize(stored.Body, StorageJsonContext.Default.UserStateDocument)
            ?? throw new InvalidDataException($"User state of {user} is empty.");
        if (document.PendingEntry is { } pending && await documents.ReadAsync(PartitionFor(user), pending.Id, cancellationToken) is null)
        {
            await FlushAsync(user, document, cancellationToken);
        }

        return new StoredUserState(document.State, stored.ETag);
    }

    public async Task<string> CommitAsync(UserState state, string? expectedETag, TurnRecord turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(turn);
        var document = new UserStateDocument { State = state, PendingEntry = turn.Entry, PendingSessions = turn.Sessions, PendingRoster = turn.Roster };
        var write = new DocumentWrite(PartitionFor(state.User), StateId, StateType, JsonSerializer.Serialize(document, StorageJsonContext.Default.UserStateDocument));
        StoredDocument written;
        try
        {
            written = expectedETag is null
                ? await documents.CreateAsync(write, cancellationToken)
                : await documents.ReplaceAsync(write, expectedETag, cancellationToken);
        }
        catch (DocumentStoreException ex)
        {
            throw new ConcurrencyConflictException($"The state of {state.User} changed since it was read.", ex);
        }

        try
        {
            await FlushAsync(state.User, document, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The commit stands; the outbox is flushed again on the next load.
            LogFlushDeferred(logger, ex);
        }

        return written.ETag;
    }

    public async Task<IReadOnlyList<TranscriptEntry>> GetTranscriptAsync(UserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var stored = await documents.QueryAsync(PartitionFor(user), TranscriptType, cancellationToken);
        return stored.Select(d => JsonSerializer.Deserialize(d.Body, StorageJsonContext.Default.TranscriptEntry)!).OrderBy(e => e.Sequence).ToList();
    }

    /// <summary>One point read by the entry's id (the Details button), instead of reading the whole transcript.</summary>
    public async Task<TranscriptEntry?> GetTranscriptEntryAsync(UserKey user, long sequence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var stored = await documents.ReadAsync(PartitionFor(user), TranscriptEntry.IdFor(sequence), cancellationToken);
        return stored is { Type: TranscriptType } ? JsonSerializer.Deserialize(stored.Body, StorageJsonContext.Default.TranscriptEntry) : null;
    }

    public async Task<IReadOnlyList<SessionRecord>> GetSessionsAsync(UserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var stored = await documents.QueryAsync(PartitionFor(user), SessionType, cancellationToken);
        return stored.Select(d => JsonSerializer.Deserialize(d.Body, StorageJsonContext.Default.SessionRecord)!).OrderBy(s => s.StartedAt).ToList();
    }

    private async Task FlushAsync(UserKey user, UserStateDocument document, CancellationToken cancellationToken)
    {
        var partition = PartitionFor(user);
        foreach (var session in document.PendingSessions)
        {
            await documents.UpsertAsync(
                new DocumentWrite(partition, $"session-{session.Id}", SessionType, JsonSerializer.Serialize(session, StorageJsonContext.Default.SessionRecord), retention.TimeToLive),
                cancellationToken);
        }

        if (document.PendingRoster is { } rosterEntry)
        {
            await roster.UpsertAsync(rosterEntry, cancellationToken);
        }

        // The transcript entry last: its presence marks the outbox as flushed.
        if (document.PendingEntry is { } entry)
        {
            await documents.UpsertAsync(
                new DocumentWrite(partition, entry.Id, TranscriptType, JsonSerializer.Serialize(entry, StorageJsonContext.Default.TranscriptEntry), retention.TimeToLive),
                cancellationToken);
        }
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Warning, Message = "Turn committed, but writing its transcript was deferred to the next load")]
    private static partial void LogFlushDeferred(ILogger logger, Exception exception);
}
