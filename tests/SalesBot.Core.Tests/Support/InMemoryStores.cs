using SalesBot.Core.Messaging;
using SalesBot.Core.Playbook;
using SalesBot.Core.Storage;
using SalesBot.Core.Transcripts;
using SalesBot.Core.Users;

namespace SalesBot.Core.Tests.Support;

/// <summary>An in-memory conversation store with the same ETag rules as the real ones (for pure engine tests).</summary>
internal sealed class InMemoryConversationStore(InMemoryRoster roster) : IConversationStore, IUserDataEraser
{
    private readonly Dictionary<UserKey, (UserState State, string ETag)> _states = [];
    private readonly List<TranscriptEntry> _entries = [];
    private readonly Dictionary<string, SessionRecord> _sessions = [];

    /// <summary>Runs just before the next commit is applied, to simulate a concurrent writer.</summary>
    public Action? BeforeNextCommit { get; set; }

    /// <summary>How many commits carried a roster change (the mirror is written only when the reference or name changes).</summary>
    public int RosterWrites { get; private set; }

    public Task<StoredUserState?> LoadAsync(UserKey user, CancellationToken cancellationToken) =>
        Task.FromResult(_states.TryGetValue(user, out var stored) ? new StoredUserState(stored.State, stored.ETag) : null);

    public async Task<string> CommitAsync(UserState state, string? expectedETag, TurnRecord turn, CancellationToken cancellationToken)
    {
        var hook = BeforeNextCommit;
        BeforeNextCommit = null;
        hook?.Invoke();

        var current = _states.TryGetValue(state.User, out var stored) ? stored.ETag : null;
        if (current != expectedETag)
        {
            throw new ConcurrencyConflictException("stale");
        }

        var etag = Guid.NewGuid().ToString("N");
        _states[state.User] = (state, etag);
        _entries.Add(turn.Entry);
        foreach (var session in turn.Sessions)
        {
            _sessions[session.Id] = session;
        }

        if (turn.Roster is { } entry)
        {
            RosterWrites++;
            await roster.UpsertAsync(entry, cancellationToken);
        }

        return etag;
    }

    /// <summary>Changes the stored state behind the service's back (another writer), with a new ETag.</summary>
    public void Touch(UserKey user, Func<UserState, UserState>? change = null)
    {
        var (state, _) = _states[user];
        _states[user] = (change is null ? state : change(state), Guid.NewGuid().ToString("N"));
    }

    public Task<IReadOnlyList<TranscriptEntry>> GetTranscriptAsync(UserKey user, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TranscriptEntry>>(_entries.Where(e => e.User == user).OrderBy(e => e.Sequence).ToList());

    public Task<IReadOnlyList<SessionRecord>> GetSessionsAsync(UserKey user, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SessionRecord>>(_sessions.Values.Where(s => s.User == user).OrderBy(s => s.StartedAt).ToList());

    /// <summary>How many times a user was erased.</summary>
    public int Erasures { get; private set; }

    public Task<ErasureReport> EraseAsync(UserKey user, CancellationToken cancellationToken)
    {
        Erasures++;
        var deleted = (_states.Remove(user) ? 1 : 0) + _entries.RemoveAll(e => e.User == user);
        foreach (var id in _sessions.Where(s => s.Value.User == user).Select(s => s.Key).ToList())
        {
            deleted += _sessions.Remove(id) ? 1 : 0;
        }

        deleted += roster.Remove(user) ? 1 : 0;
        return Task.FromResult(new ErasureReport(deleted, 0));
    }
}

internal sealed class InMemoryRoster : IConversationReferenceStore
{
    private readonly Dictionary<UserKey, RosterEntry> _entries = [];

    public Task UpsertAsync(RosterEntry entry, CancellationToken cancellationToken)
    {
        _entries[entry.User] = entry;
        return Task.CompletedTask;
    }

    public Task<RosterEntry?> GetAsync(UserKey user, CancellationToken cancellationToken) => Task.FromResult(_entries.GetValueOrDefault(user));

    public bool Remove(UserKey user) => _entries.Remove(user);

    public Task<IReadOnlyList<RosterEntry>> ListAsync(string tenantKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RosterEntry>>(_entries.Values.Where(e => e.User.TenantKey == tenantKey).ToList());
}

internal sealed class InMemoryPlaybookStore : IPlaybookStore
{
    private readonly Dictionary<string, (PlaybookEntry Entry, string ETag)> _entries = [];

    public Task<bool> TryAddAsync(PlaybookEntry entry, CancellationToken cancellationToken)
    {
        var key = $"{entry.TenantKey}/{entry.Id}";
        if (_entries.ContainsKey(key))
        {
            return Task.FromResult(false);
        }

        _entries[key] = (entry, Guid.NewGuid().ToString("N"));
        return Task.FromResult(true);
    }

    public Task<StoredPlaybookEntry?> GetAsync(string tenantKey, string id, CancellationToken cancellationToken) =>
        Task.FromResult(_entries.TryGetValue($"{tenantKey}/{id}", out var e) ? new StoredPlaybookEntry(e.Entry, e.ETag) : null);

    public Task ReplaceAsync(PlaybookEntry entry, string expectedETag, CancellationToken cancellationToken)
    {
        var key = $"{entry.TenantKey}/{entry.Id}";
        if (!_entries.TryGetValue(key, out var current) || current.ETag != expectedETag)
        {
            throw new ConcurrencyConflictException("stale");
        }

        _entries[key] = (entry, Guid.NewGuid().ToString("N"));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PlaybookEntry>> ListAsync(string tenantKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PlaybookEntry>>(_entries.Values.Select(e => e.Entry).Where(e => e.TenantKey == tenantKey).ToList());
}

internal sealed class FixedRoles(params string[] managers) : IRoleDirectory
{
    public bool IsManager(UserKey user) => managers.Contains(user.UserId);
}
