using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace SalesBot.Host.Storage.Sqlite;

/// <summary>
/// Moves WAL checkpoints off the write path. SQLite's automatic checkpoint runs inside the commit that crosses 1,000 WAL
/// pages, on the writer's thread: it copies the pages into the database file and syncs both files, and every turn
/// waiting to commit waits for those syncs (measured: the drill turn ran 40% faster on the same disk with it out of the
/// way, bench/README.md). Here the writer connection has automatic checkpoints off; every
/// <see cref="SqliteOptions.CheckpointEveryCommits"/> commits it wakes this thread, which runs a PASSIVE checkpoint on
/// its own connection (it never blocks the writer or readers). A passive checkpoint that runs alongside commits cannot
/// end with the whole WAL copied, so the WAL would never start over; when it has grown past
/// <see cref="SqliteOptions.CheckpointRestartPages"/> pages this asks the writer to checkpoint once between two commits
/// (copying only what arrived since), after which SQLite rewinds the WAL; until the writer has, this thread stands aside
/// and the writer retries after each commit (only one checkpoint runs at a time, the loser gets SQLITE_BUSY). Durability is unchanged: a commit is as durable
/// as before it was checkpointed (ADR 0009).
/// </summary>
internal sealed class SqliteCheckpointer : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly int _every;
    private readonly int _restartPages;
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly Lock _waitersLock = new();
    private List<TaskCompletionSource>? _waiters;
    private int _commits;
    private int _checkpoints;
    private int _disposed;
    private int _restart;

    // The writer's commit count when the last checkpoint (background or the writer's) began: what it covered.
    private int _checkpointedAt;

    public SqliteCheckpointer(string connectionString, int everyCommits, int restartPages, bool runBackground = true)
    {
        _every = Math.Max(1, everyCommits);
        _restartPages = Math.Max(1, restartPages);
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        using (var command = _connection.CreateCommand())
        {
            // Until it has read the database once, a connection does not know it is in WAL mode (a checkpoint would be a no-op).
            command.CommandText = "PRAGMA journal_mode";
            command.ExecuteScalar();
        }

        _loop = runBackground
            ? Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            : Task.CompletedTask;
    }

    /// <summary>Checkpoints run so far, in the background or by the writer (for tests and the bench).</summary>
    public int Checkpoints => Volatile.Read(ref _checkpoints);

    /// <summary>The WAL's size in pages after the last checkpoint, and how many of them were in the database file.</summary>
    public (int Log, int Copied) Last { get; private set; }

    /// <summary>Called by the writer after each commit (one thread).</summary>
    public void Committed()
    {
        if (Interlocked.Increment(ref _commits) % _every == 0)
        {
            Wake();
        }
    }

    /// <summary>
    /// Completes when a checkpoint that starts after this call has ended (copied or failed), so that tests and the bench
    /// wait on a signal instead of polling; canceled when the checkpointer is disposed first.
    /// </summary>
    public Task NextCheckpointAsync()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waitersLock)
        {
            (_waiters ??= []).Add(done);
        }

        return done.Task;
    }

    /// <summary>
    /// Called by the writer between two commits (one thread). When the WAL has passed the restart threshold, runs
    /// <paramref name="checkpoint"/> (a passive checkpoint on the writer's connection), after which the next commit starts
    /// the WAL over. When the background checkpoint held the checkpoint lock (SQLITE_BUSY, log -1) or it failed, the request
    /// stays and the writer tries again after its next commit: a request dropped on BUSY let the WAL grow to 25 times the
    /// threshold in SqliteCheckpointerTests.
    /// </summary>
    public void BetweenCommits(Func<(int Log, int Copied)> checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var restart = Volatile.Read(ref _restart) == 1;

        // The background thread has not started a checkpoint for two intervals (starved of CPU, or stuck on a slow disk):
        // the writer checkpoints itself, so the WAL's bound never depends on that thread being scheduled (a starved
        // checkpointer let the WAL pass the test's bound under the full test run's load). This does not raise the restart
        // request, which would make the background thread stand aside.
        var starved = Volatile.Read(ref _commits) - Volatile.Read(ref _checkpointedAt) >= 2 * _every;
        if (!restart && !starved)
        {
            return;
        }

        Volatile.Write(ref _checkpointedAt, Volatile.Read(ref _commits));
        var waiting = TakeWaiters();
        try
        {
            var result = checkpoint();
            if (result.Log >= 0)
            {
                if (restart)
                {
                    Volatile.Write(ref _restart, 0);
                }

                Last = result;
                Interlocked.Increment(ref _checkpoints);
                foreach (var waiter in waiting ?? [])
                {
                    waiter.TrySetResult();
                }

                return;
            }
        }
        catch (SqliteException)
        {
            // Not copied now: the WAL keeps the pages and the writer tries again after its next commit.
        }

        if (waiting is not null)
        {
            lock (_waitersLock)
            {
                (_waiters ??= []).AddRange(waiting);
            }
        }
    }

    /// <summary>Runs a passive checkpoint on <paramref name="connection"/>: copies what it can, never waits for a lock.</summary>
    public static (int Log, int Copied) Checkpoint(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var rc = raw.sqlite3_wal_checkpoint_v2(connection.Handle, null, raw.SQLITE_CHECKPOINT_PASSIVE, out var log, out var copied);
        if (rc != raw.SQLITE_OK && rc != raw.SQLITE_BUSY && rc != raw.SQLITE_LOCKED)
        {
            SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        }

        return (log, copied);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _stop.Cancel();
        _loop.GetAwaiter().GetResult();
        foreach (var waiter in TakeWaiters() ?? [])
        {
            waiter.TrySetCanceled();
        }

        _connection.Dispose();
        _wake.Dispose();
        _stop.Dispose();
    }

    private void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken: the coming checkpoint covers this commit too.
        }
    }

    private void Run()
    {
        while (true)
        {
            try
            {
                _wake.Wait(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (Volatile.Read(ref _restart) == 1)
            {
                // The writer checkpoints after its next commit: stay out of its way. Checkpoints woken back to back here
                // held the checkpoint lock almost all the time, and the writer's attempt kept failing with SQLITE_BUSY.
                continue;
            }

            var waiting = TakeWaiters();
            Volatile.Write(ref _checkpointedAt, Volatile.Read(ref _commits));
            try
            {
                Last = Checkpoint(_connection);
                Interlocked.Increment(ref _checkpoints);
                if (Last.Log >= _restartPages)
                {
                    Volatile.Write(ref _restart, 1);
                }
            }
            catch (SqliteException)
            {
                // A failed checkpoint loses nothing (the pages stay in the WAL); the next one retries.
            }

            foreach (var waiter in waiting ?? [])
            {
                waiter.TrySetResult();
            }
        }
    }

    private List<TaskCompletionSource>? TakeWaiters()
    {
        lock (_waitersLock)
        {
            var waiting = _waiters;
            _waiters = null;
            return waiting;
        }
    }
}
