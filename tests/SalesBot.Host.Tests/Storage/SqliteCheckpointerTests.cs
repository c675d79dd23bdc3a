using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Host.Storage;
using SalesBot.Host.Storage.Sqlite;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Storage;

/// <summary>
/// WAL checkpoints off the write path (<see cref="SqliteCheckpointer"/>, ADR 0010) on real SQLite files: the WAL stays
/// bounded under sustained writes, the database file receives the data while the store is open, nothing written is lost
/// across a restart, and readers never see a missing or torn document while checkpoints run.
/// </summary>
public sealed class SqliteCheckpointerTests : IDisposable
{
    private const int EveryCommits = 8;
    private const int RestartPages = 200;
    private const int BodyPadding = 2000;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly List<SqliteDocumentStore> _stores = [];

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }
    }

    [Fact]
    public async Task Writes_SustainedWithSmallCheckpointSettings_KeepTheWalBoundedAndEveryDocumentReadsBackAfterReopen()
    {
        var store = await OpenAsync(SqliteDatabase(), Small());
        var wal = store.DatabasePath + "-wal";
        var pageSize = PageSize(store.DatabasePath);
        long largestWal = 0;
        var last = new ConcurrentDictionary<(string Pk, string Id), string>();

        // 8 writers at once (so group commit groups them), 400 writes each of ~2 KB, single upserts and 2-document batches.
        const int Writers = 8;
        const int WritesEach = 400;
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            var pk = $"user|local:t:{w}";
            for (var i = 0; i < WritesEach; i++)
            {
                var id = $"doc-{i % 25}";
                var body = Body(w, i);
                if (i % 3 == 0)
                {
                    var other = $"doc-{(i + 7) % 25}";
                    await store.CommitBatchAsync(pk, [DocumentOperation.Upsert(Doc(pk, id, body)), DocumentOperation.Upsert(Doc(pk, other, body))], CancellationToken.None);
                    last[(pk, other)] = body;
                }
                else
                {
                    await store.UpsertAsync(Doc(pk, id, body), CancellationToken.None);
                }

                last[(pk, id)] = body;

                // During the run, not only at the end: the WAL file as it is after this commit.
                var size = new FileInfo(wal).Length;
                InterlockedMax(ref largestWal, size);
            }
        })).ToArray();
        await Task.WhenAll(writers).WaitAsync(Timeout);
        await CheckpointAfterNowAsync(store);

        // A commit holds at most 8 requests of at most 2 documents; each ~2 KB document rewrites its leaf, its overflow
        // page, the type index leaf and free-list pages (about 6 pages). The checkpointer looks every 8 commits, so the WAL
        // can pass the restart threshold by up to two looks (one more if the writer's own checkpoint met the background
        // one) before the writer rewinds it: 200 + 3 x 8 commits x 96 pages = 2,504 frames. Measured: 550-860 frames;
        // with no restart (threshold 1,000,000) 6,000-9,500; when the writer dropped its restart request on SQLITE_BUSY
        // (the background checkpoint held the lock), up to 6,706.
        var bound = (RestartPages + (3L * EveryCommits * Writers * 2 * 6)) * (pageSize + 24) + 32;
        Assert.True(store.Checkpointer!.Checkpoints > 0, "The background checkpointer never ran.");
        Assert.True(largestWal < bound, $"WAL reached {largestWal:N0} bytes ({largestWal / (pageSize + 24):N0} frames); bound {bound:N0} bytes.");

        store.Dispose();
        _stores.Remove(store);
        var reopened = await OpenAsync(store.DatabasePath, new SqliteOptions());
        Assert.Equal(Writers * 25, last.Count);
        foreach (var ((pk, id), body) in last)
        {
            var read = await reopened.ReadAsync(pk, id, CancellationToken.None);
            Assert.NotNull(read);
            Assert.Equal(body, read.Body);
        }
    }

    [Fact]
    public async Task Writes_WhenTheBackgroundThreadNeverRuns_TheWriterCheckpointsAndTheWalStaysBounded()
    {
        // A checkpointer starved of CPU (here: never started) must not let the WAL grow: after two intervals without a
        // background checkpoint the writer checkpoints itself between two commits, and the next commit rewinds the WAL.
        var store = await OpenAsync(SqliteDatabase(), new SqliteOptions { CheckpointEveryCommits = EveryCommits, CheckpointRestartPages = 1_000_000, StartCheckpointThread = false });
        var wal = store.DatabasePath + "-wal";
        var pageSize = PageSize(store.DatabasePath);
        long largestWal = 0;
        const int Writes = 1200;
        for (var i = 0; i < Writes; i++)
        {
            await store.UpsertAsync(Doc("user|local:t:solo", $"doc-{i % 40}", Body(0, i)), CancellationToken.None);
            InterlockedMax(ref largestWal, new FileInfo(wal).Length);
        }

        // One document per commit rewrites about 6 pages; the writer checkpoints at least every 2 intervals (16 commits)
        // and the commit after it starts the WAL over: 18 commits x 6 pages, plus slack for page splits. Without the
        // writer's own checkpoint nothing would ever copy or rewind the WAL: 1,200 commits x ~6 pages.
        var boundFrames = (((2 * EveryCommits) + 2) * 6) + 40;
        Assert.True(store.Checkpointer!.Checkpoints >= Writes / (2 * EveryCommits + 1), $"The writer checkpointed only {store.Checkpointer.Checkpoints} times.");
        Assert.True(largestWal < (boundFrames * (pageSize + 24)) + 32, $"WAL reached {largestWal / (pageSize + 24):N0} frames; bound {boundFrames:N0}.");
        var reopened = store;
        Assert.Equal(Body(0, Writes - 1), (await reopened.ReadAsync("user|local:t:solo", $"doc-{(Writes - 1) % 40}", CancellationToken.None))!.Body);
    }

    [Fact]
    public async Task Checkpointer_WhileTheStoreIsOpen_CopiesCommittedPagesIntoTheDatabaseFile()
    {
        // Default restart threshold: only the background checkpointer copies pages here, the writer never checkpoints.
        var store = await OpenAsync(SqliteDatabase(), new SqliteOptions { CheckpointEveryCommits = EveryCommits });
        var initial = new FileInfo(store.DatabasePath).Length;

        const int Documents = 300;
        for (var i = 0; i < Documents; i++)
        {
            await store.UpsertAsync(Doc("p", $"doc-{i}", Body(0, i)), CancellationToken.None);
        }

        await CheckpointAfterNowAsync(store);

        var grown = new FileInfo(store.DatabasePath).Length;
        Assert.True(grown - initial >= Documents * BodyPadding, $"The database file grew from {initial:N0} to {grown:N0} bytes only: the data is still in the WAL.");
        Assert.True(store.Checkpointer!.Last.Copied > 0);
    }

    [Fact]
    public async Task Writes_WithBackgroundCheckpointOff_HaveNoCheckpointerAndReadBackAfterReopen()
    {
        var store = await OpenAsync(SqliteDatabase(), new SqliteOptions { BackgroundCheckpoint = false });

        // Enough to cross SQLite's own 1,000-page automatic checkpoint inside a commit.
        const int Documents = 400;
        await Task.WhenAll(Enumerable.Range(0, Documents).Select(i => store.UpsertAsync(Doc("p", $"doc-{i % 100}", Body(i % 100, i)), CancellationToken.None)))
            .WaitAsync(Timeout);
        for (var i = 0; i < 100; i++)
        {
            await store.UpsertAsync(Doc("p", $"doc-{i}", Body(i, 1_000 + i)), CancellationToken.None);
        }

        Assert.Null(store.Checkpointer);
        store.Dispose();
        _stores.Remove(store);
        var reopened = await OpenAsync(store.DatabasePath, new SqliteOptions());
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(Body(i, 1_000 + i), (await reopened.ReadAsync("p", $"doc-{i}", CancellationToken.None))?.Body);
        }
    }

    [Fact]
    public async Task Read_DuringAWriteStormWithCheckpoints_ReturnsTheOldOrANewBodyNeverNothing()
    {
        var store = await OpenAsync(SqliteDatabase(), Small());
        const int Documents = 40;
        for (var d = 0; d < Documents; d++)
        {
            await store.CreateAsync(Doc("p", $"doc-{d}", Body(d, 0)), CancellationToken.None);
        }

        // 4 writers each take 10 documents through 60 versions (concurrently, so commits are grouped and checkpoints run).
        var writers = Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var version = 1; version <= 60; version++)
            {
                for (var d = w * 10; d < (w + 1) * 10; d++)
                {
                    await store.UpsertAsync(Doc("p", $"doc-{d}", Body(d, version)), CancellationToken.None);
                }
            }
        })));
        var checkpointed = store.Checkpointer is { } checkpointer ? checkpointer.NextCheckpointAsync() : Task.CompletedTask;

        var readers = Enumerable.Range(0, 2).Select(r => Task.Run(async () =>
        {
            var reads = 0;
            var seen = new int[Documents];
            var random = new Random(r);
            while (!writers.IsCompleted || reads == 0)
            {
                var d = random.Next(Documents);
                var read = await store.ReadAsync("p", $"doc-{d}", CancellationToken.None);
                Assert.NotNull(read);
                var version = VersionOf(read.Body);
                Assert.Equal(Body(d, version), read.Body);
                Assert.True(version >= seen[d], $"doc-{d} went back from version {seen[d]} to {version}.");
                seen[d] = version;
                reads++;
            }

            return reads;
        })).ToArray();

        await writers.WaitAsync(Timeout);
        var counts = await Task.WhenAll(readers).WaitAsync(Timeout);
        await checkpointed.WaitAsync(Timeout);

        Assert.All(counts, count => Assert.True(count > 0));
        Assert.True(store.Checkpointer!.Checkpoints > 0);
        for (var d = 0; d < Documents; d++)
        {
            Assert.Equal(Body(d, 60), (await store.ReadAsync("p", $"doc-{d}", CancellationToken.None))?.Body);
        }
    }

    private static SqliteOptions Small() => new() { CheckpointEveryCommits = EveryCommits, CheckpointRestartPages = RestartPages };

    private static string SqliteDatabase() => SalesBotFactory.TempDatabase();

    private static DocumentWrite Doc(string pk, string id, string body) => new(pk, id, "thing", body);

    /// <summary>About 2 KB, its content fixed by document and version, so a torn or mixed-up body is detected.</summary>
    private static string Body(int document, int version) =>
        $"{{\"doc\":{document},\"v\":{version.ToString(CultureInfo.InvariantCulture)},\"pad\":\"{new string((char)('a' + ((document + version) % 26)), BodyPadding)}\"}}";

    private static int VersionOf(string body)
    {
        var start = body.IndexOf("\"v\":", StringComparison.Ordinal) + 4;
        var end = body.IndexOf(',', start);
        return int.Parse(body.AsSpan(start, end - start), CultureInfo.InvariantCulture);
    }

    private static int PageSize(string database)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    /// <summary>
    /// Waits for a background checkpoint that starts after everything written so far: asks for the signal, then commits
    /// <see cref="EveryCommits"/> more writes, one of which wakes the checkpointer.
    /// </summary>
    private static async Task CheckpointAfterNowAsync(SqliteDocumentStore store)
    {
        // Checkpoints are driven by commits: one every EveryCommits commits in the background, or the writer's own at its
        // next commit while a WAL restart is pending (the background thread then stands aside). So commit until one that
        // started after this call has ended: progress, not time, is what is waited for.
        var next = store.Checkpointer!.NextCheckpointAsync();
        for (var i = 0; !next.IsCompleted; i++)
        {
            Assert.True(i < 100_000, "No checkpoint ended within 100,000 commits.");
            await store.UpsertAsync(Doc("wake", $"w-{i % EveryCommits}", "{}"), CancellationToken.None);
        }

        await next.WaitAsync(Timeout);
    }

    private async Task<SqliteDocumentStore> OpenAsync(string path, SqliteOptions options)
    {
        var store = new SqliteDocumentStore(path, _time, options);
        _stores.Add(store);
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }
}
