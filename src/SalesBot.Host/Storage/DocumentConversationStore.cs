using System.Collections.Concurrent;
using System.Text.Json;
using SalesBot.Core.Messaging;
using SalesBot.Core.Storage;
using SalesBot.Core.Transcripts;
using SalesBot.Core.Users;

namespace SalesBot.Host.Storage;

/// <summary>
/// Users, dialog state and transcripts on any <see cref="IDocumentStore"/>; all of a user's documents share one
/// partition. A turn is one atomic batch (ADR 0009): the state replaced under its ETag (created on first contact), the
/// turn's transcript entry and the session summaries it touched upserted with the tenant's retention, all or nothing, in
/// one round trip. Loading is one point read. A changed conversation reference is mirrored to the tenant roster (another
/// partition) right after the commit; the state remembers that a mirror is due until a later commit knows it happened,
/// so a crash in between is repaired on the user's next load.
/// </summary>
internal sealed partial class DocumentConversationStore(
    IDocumentStore documents,
    IConversationReferenceStore roster,
    TranscriptRetention retention,
    TurnStateCache cache,
    ILogger<DocumentConversationStore> logger)
    : IConversationStore
{
    internal const string StateId = "state";
    internal const string StateType = "user-state";
    internal const string TranscriptType = "transcript";
    internal const string SessionType = "session";

    /// <summary>Bound of <see cref="_mirrored"/>; past it the memory is dropped (costing at most one extra roster write per user).</summary>
    private const int MaxMirrored = 10_000;

    // Users whose roster mirror this process wrote after the commit that produced the state with this ETag: their next
    // load can skip rewriting it. Per process: another instance (or a restart) rewrites it once, which is harmless.
    private readonly ConcurrentDictionary<UserKey, string> _mirrored = new();

    public static string PartitionFor(UserKey user) => StoragePartitions.User(user);

    public static string SessionId(string sessionId) => $"session-{sessionId}";

    public async Task<StoredUserState?> LoadAsync(UserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var stored = await documents.ReadAsync(PartitionFor(user), StateId, cancellationToken);
        if (stored is null)
        {
            cache.Remove(user);
            return null;
        }

        // Not remembered: only a commit sets the copy. A read by another path (a brief, a proactive send) finishing after a
        // commit of this user's would otherwise put back an older version than the one just committed.
        return await FromDocumentAsync(user, stored.Body, stored.ETag, cancellationToken);
    }

    /// <summary>
    /// The state as this process last committed it when <see cref="TurnStateCache"/> holds it (no store round
    /// trip), else <see cref="LoadAsync"/>. Only for a turn that takes effect by committing under the returned ETag: a
    /// stale answer then costs a conflict and a re-run on a fresh load, never a lost or wrong update.
    /// </summary>
    public Task<StoredUserState?> LoadForTurnAsync(UserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return cache.TryGet(user, out var body, out var etag)
            ? FromDocumentAsync(user, body, etag, cancellationToken)!
            : LoadAsync(user, cancellationToken);
    }

    private async Task<StoredUserState?> FromDocumentAsync(UserKey user, string body, string etag, CancellationToken cancellationToken)
    {
        var document = JsonSerializer.Deserialize(body, StorageJson.UserState)
            ?? throw new InvalidDataException($"User state of {user} is empty.");
        if (document.PendingEntry is not null)
        {
            await FlushLegacyOutboxAsync(user, document, cancellationToken);
        }

        if (document.RosterPending == true
            && !_mirrored.TryRemove(new KeyValuePair<UserKey, string>(user, etag))
            && document.State.Reference is { } reference)
        {
            // The commit that changed the reference may have died before mirroring it (or ran elsewhere): mirror it now,
            // so the next commit may clear the flag.
            await roster.UpsertAsync(new RosterEntry(document.State.User, document.State.DisplayName, reference), cancellationToken);
        }

        return new StoredUserState(document.State, etag);
    }

    public async Task<string> CommitAsync(UserState state, string? expectedETag, TurnRecord turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(turn);
        var partition = PartitionFor(state.User);
        var ttl = retention.For(state.User.TenantKey);
        var document = new UserStateDocument { State = state, RosterPending = turn.Roster is null ? null : true };
        var write = new DocumentWrite(partition, StateId, StateType, JsonSerializer.Serialize(document, StorageJson.UserState));
        var operations = new List<DocumentOperation>(2 + turn.Sessions.Count)
        {
            expectedETag is null ? DocumentOperation.Create(write) : DocumentOperation.Replace(write, expectedETag),
            DocumentOperation.Upsert(new DocumentWrite(partition, turn.Entry.Id, TranscriptType, JsonSerializer.Serialize(turn.Entry, StorageJson.Transcript), ttl)),
        };
        foreach (var session in LatestPerId(turn.Sessions))
        {
            operations.Add(DocumentOperation.Upsert(new DocumentWrite(partition, SessionId(session.Id), SessionType, JsonSerializer.Serialize(session, StorageJson.Session), ttl)));
        }

        string etag;
        try
        {
            etag = (await documents.CommitBatchAsync(partition, operations, cancellationToken))[0]!.ETag;
        }
        catch (DocumentStoreException ex)
        {
            cache.Remove(state.User);
            throw new ConcurrencyConflictException($"The state of {state.User} changed since it was read.", ex);
        }
        catch
        {
            // Unknown outcome (store down, cancelled): the next turn reads what is really there.
            cache.Remove(state.User);
            throw;
        }

        cache.Set(state.User, write.Body, etag);
        if (turn.Roster is { } entry)
        {
            try
            {
                await roster.UpsertAsync(entry, cancellationToken);
                if (_mirrored.Count >= MaxMirrored)
                {
                    _mirrored.Clear();
                }

                _mirrored[state.User] = etag;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The turn stands; the roster is mirrored on the user's next load.
                LogRosterDeferred(logger, ex);
            }
        }

        return etag;
    }

    public async Task<IReadOnlyList<TranscriptEntry>> GetTranscriptAsync(UserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var stored = await documents.QueryAsync(PartitionFor(user), TranscriptType, cancellationToken);
        return stored.Select(d => JsonSerializer.Deserialize(d.Body, StorageJson.Transcript)!).OrderBy(e => e.Sequence).ToList();
    }

    public async Task<TranscriptEntry?> GetTranscriptEntryAsync(UserKey user, long sequence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var stored = await documents.ReadAsync(PartitionFor(user), TranscriptEntry.IdFor(sequence), cancellationToken);
        return stored is null || stored.Type != TranscriptType ? null : JsonSerializer.Deserialize(stored.Body, StorageJson.Transcript);
    }

    public async Task<IReadOnlyList<SessionRecord>> GetSessionsAsync(UserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var stored = await documents.QueryAsync(PartitionFor(user), SessionType, cancellationToken);
        return stored.Select(d => JsonSerializer.Deserialize(d.Body, StorageJson.Session)!).OrderBy(s => s.StartedAt).ToList();
    }

    /// <summary>A state written before ADR 0009 carries its last turn as an outbox: write it if that never happened (once; the next commit drops it).</summary>
    private async Task FlushLegacyOutboxAsync(UserKey user, UserStateDocument document, CancellationToken cancellationToken)
    {
        var partition = PartitionFor(user);
        var entry = document.PendingEntry!;
        if (await documents.ReadAsync(partition, entry.Id, cancellationToken) is not null)
        {
            return;
        }

        var ttl = retention.For(user.TenantKey);
        var operations = new List<DocumentOperation>
        {
            DocumentOperation.Upsert(new DocumentWrite(partition, entry.Id, TranscriptType, JsonSerializer.Serialize(entry, StorageJson.Transcript), ttl)),
        };
        foreach (var session in LatestPerId(document.PendingSessions ?? []))
        {
            operations.Add(DocumentOperation.Upsert(new DocumentWrite(partition, SessionId(session.Id), SessionType, JsonSerializer.Serialize(session, StorageJson.Session), ttl)));
        }

        await documents.CommitBatchAsync(partition, operations, cancellationToken);
        if (document.PendingRoster is { } rosterEntry)
        {
            await roster.UpsertAsync(rosterEntry, cancellationToken);
        }
    }

    /// <summary>One summary per session (a batch writes each id once): the last one a turn produced wins, as it would have by writing them in order.</summary>
    private static IEnumerable<SessionRecord> LatestPerId(IReadOnlyList<SessionRecord> sessions) =>
        sessions.Reverse().DistinctBy(s => s.Id).Reverse();

    [LoggerMessage(EventId = 200, Level = LogLevel.Warning, Message = "Turn committed, but mirroring the user's roster entry was deferred to their next load")]
    private static partial void LogRosterDeferred(ILogger logger, Exception exception);
}
