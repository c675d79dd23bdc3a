using SalesBot.Core.Messaging;
using SalesBot.Core.Storage;
using SalesBot.Core.Transcripts;
using SalesBot.Core.Users;

namespace SalesBot.Host.Tests.Support;

/// <summary>
/// Makes a race certain: the first <c>parties</c> state loads (across every store it wraps, e.g. two instances) wait for
/// each other before returning, so every one of them reads the state before any of them commits.
/// </summary>
public sealed class LoadBarrier(int parties)
{
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    public IConversationStore Wrap(IConversationStore inner) => new Store(inner, this);

    private async Task ArriveAsync()
    {
        var arrived = Interlocked.Increment(ref _arrived);
        if (arrived > parties)
        {
            return;
        }

        if (arrived == parties)
        {
            _all.SetResult();
        }

        await _all.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private sealed class Store(IConversationStore inner, LoadBarrier barrier) : IConversationStore
    {
        public async Task<StoredUserState?> LoadAsync(UserKey user, CancellationToken cancellationToken)
        {
            var stored = await inner.LoadAsync(user, cancellationToken);
            await barrier.ArriveAsync();
            return stored;
        }

        public Task<string> CommitAsync(UserState state, string? expectedETag, TurnRecord turn, CancellationToken cancellationToken) =>
            inner.CommitAsync(state, expectedETag, turn, cancellationToken);

        public Task<IReadOnlyList<TranscriptEntry>> GetTranscriptAsync(UserKey user, CancellationToken cancellationToken) =>
            inner.GetTranscriptAsync(user, cancellationToken);

        public Task<IReadOnlyList<SessionRecord>> GetSessionsAsync(UserKey user, CancellationToken cancellationToken) =>
            inner.GetSessionsAsync(user, cancellationToken);
    }
}
