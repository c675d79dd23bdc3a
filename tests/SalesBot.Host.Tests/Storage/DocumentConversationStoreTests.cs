using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Core.Messaging;
using SalesBot.Core.Drills;
using SalesBot.Core.Storage;
using SalesBot.Core.Transcripts;
using SalesBot.Core.Users;
using SalesBot.Host.Storage;
using SalesBot.Host.Storage.Sqlite;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Storage;

/// <summary>Users, dialog state and transcripts over the real SQLite document store.</summary>
public sealed class DocumentConversationStoreTests : IAsyncLifetime
{
    private static readonly UserKey Alice = new("local", "local", "alice");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly SqliteDocumentStore _documents;
    private readonly DocumentConversationStore _store;

    public DocumentConversationStoreTests()
    {
        _documents = new SqliteDocumentStore(SalesBotFactory.TempDatabase(), _time);
        _store = NewStore(_documents);
    }

    public Task InitializeAsync() => _documents.InitializeAsync(CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Commit_ThenLoad_RoundTripsTheStateAndTranscript()
    {
        var state = State(turns: 1).WithAttempt("price", new Attempt(_time.GetUtcNow(), 82, true, "price-too-expensive", "r1"));

        var etag = await _store.CommitAsync(state, null, Turn(1, "practice price"), CancellationToken.None);
        var loaded = await _store.LoadAsync(Alice, CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(etag, loaded.ETag);
        Assert.Equal(82, loaded.State.ProgressFor("price")!.Attempts.Single().Score);
        Assert.Equal("practice price", (await _store.GetTranscriptAsync(Alice, CancellationToken.None)).Single().UserText);
    }

    [Fact]
    public async Task Commit_WithStaleETag_IsAConflict_AndWritesNothing()
    {
        var first = await _store.CommitAsync(State(turns: 1), null, Turn(1, "one"), CancellationToken.None);
        await _store.CommitAsync(State(turns: 2), first, Turn(2, "two"), CancellationToken.None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _store.CommitAsync(State(turns: 3), first, Turn(3, "stale"), CancellationToken.None));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _store.CommitAsync(State(turns: 3), null, Turn(3, "duplicate create"), CancellationToken.None));

        var transcript = await _store.GetTranscriptAsync(Alice, CancellationToken.None);
        Assert.Equal(["one", "two"], transcript.Select(e => e.UserText));
        Assert.Equal(2, (await _store.LoadAsync(Alice, CancellationToken.None))!.State.Turns);
    }

    [Fact]
    public async Task Sessions_AreStoredAndUpdated()
    {
        var session = new SessionRecord
        {
            Id = "s1", User = Alice, Kind = DrillKind.Practice, ScenarioId = "practice:price", ScenarioVersion = 1, PersonaId = "cfo",
            RubricVersion = "r1", StartedAt = _time.GetUtcNow(), Status = SessionStatus.InProgress,
        };
        var etag = await _store.CommitAsync(State(turns: 1), null, Turn(1, "practice price") with { Sessions = [session] }, CancellationToken.None);
        await _store.CommitAsync(State(turns: 2), etag, Turn(2, "stop") with { Sessions = [session with { Status = SessionStatus.Stopped }] }, CancellationToken.None);

        var sessions = await _store.GetSessionsAsync(Alice, CancellationToken.None);

        Assert.Equal(SessionStatus.Stopped, sessions.Single().Status);
    }

    [Fact]
    public async Task Transcripts_ExpireAfterTheRetentionPeriod_StateDoesNot()
    {
        await _store.CommitAsync(State(turns: 1), null, Turn(1, "old"), CancellationToken.None);

        _time.Advance(TimeSpan.FromDays(366));

        Assert.Empty(await _store.GetTranscriptAsync(Alice, CancellationToken.None));
        Assert.NotNull(await _store.LoadAsync(Alice, CancellationToken.None));
    }

    [Fact]
    public async Task LoadForTurn_AfterACommit_ReadsNothing_AndGivesTheCommittedStateAndETag()
    {
        var meter = new MeteredDocumentStore(_documents);
        var store = NewStore(meter);
        var state = State(turns: 1).WithAttempt("price", new Attempt(_time.GetUtcNow(), 82, true, "price-too-expensive", "r1"));
        var etag = await store.CommitAsync(state, null, Turn(1, "practice price"), CancellationToken.None);
        var before = meter.Snapshot();

        var loaded = await store.LoadForTurnAsync(Alice, CancellationToken.None);

        Assert.Equal(0, (meter.Snapshot() - before).RoundTrips);
        Assert.NotNull(loaded);
        Assert.Equal(etag, loaded.ETag);
        Assert.Equal(82, loaded.State.ProgressFor("price")!.Attempts.Single().Score);
    }

    [Fact]
    public async Task LoadForTurn_AfterAPlainLoadOnly_ReadsTheStore_OnlyACommitIsRemembered()
    {
        // Written by another instance; this one only read it (as a brief or a proactive send would).
        await NewStore(_documents).CommitAsync(State(turns: 1), null, Turn(1, "one"), CancellationToken.None);
        var meter = new MeteredDocumentStore(_documents);
        var store = NewStore(meter);
        Assert.NotNull(await store.LoadAsync(Alice, CancellationToken.None));
        var before = meter.Snapshot();

        Assert.Equal(1, (await store.LoadForTurnAsync(Alice, CancellationToken.None))!.State.Turns);
        Assert.Equal(1, (meter.Snapshot() - before).Reads);
    }

    [Fact]
    public async Task LoadForTurn_WithTheCacheOff_ReadsTheStore()
    {
        var meter = new MeteredDocumentStore(_documents);
        var store = NewStore(meter, new TurnStateCache(enabled: false));
        await store.CommitAsync(State(turns: 1), null, Turn(1, "one"), CancellationToken.None);
        var before = meter.Snapshot();

        Assert.NotNull(await store.LoadForTurnAsync(Alice, CancellationToken.None));
        Assert.Equal(1, (meter.Snapshot() - before).Reads);
    }

    [Fact]
    public async Task LoadForTurn_WhenAnotherInstanceCommittedMeanwhile_TheStaleCopyConflicts_ThenTheFreshStateIsLoaded()
    {
        // Two instances on one database, each with its own memory of what it committed.
        var mine = NewStore(_documents);
        var theirs = NewStore(_documents);
        var first = await mine.CommitAsync(State(turns: 1), null, Turn(1, "one"), CancellationToken.None);
        var seen = (await theirs.LoadForTurnAsync(Alice, CancellationToken.None))!;
        await theirs.CommitAsync(State(turns: 2), seen.ETag, Turn(2, "two"), CancellationToken.None);

        var stale = (await mine.LoadForTurnAsync(Alice, CancellationToken.None))!;
        Assert.Equal((first, 1L), (stale.ETag, stale.State.Turns));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => mine.CommitAsync(State(turns: 2), stale.ETag, Turn(2, "lost?"), CancellationToken.None));

        var fresh = (await mine.LoadForTurnAsync(Alice, CancellationToken.None))!;
        Assert.Equal(2, fresh.State.Turns);
        await mine.CommitAsync(State(turns: 3), fresh.ETag, Turn(3, "three"), CancellationToken.None);
        Assert.Equal(["one", "two", "three"], (await theirs.GetTranscriptAsync(Alice, CancellationToken.None)).Select(e => e.UserText));
    }

    [Fact]
    public async Task LoadForTurn_AfterTheStateWasDeletedElsewhere_ConflictsOnce_ThenStartsFresh()
    {
        var cache = new TurnStateCache(enabled: true);
        var store = NewStore(_documents, cache);
        var etag = await store.CommitAsync(State(turns: 1), null, Turn(1, "one"), CancellationToken.None);
        await _documents.DeleteAsync(DocumentConversationStore.PartitionFor(Alice), DocumentConversationStore.StateId, CancellationToken.None);

        var stale = (await store.LoadForTurnAsync(Alice, CancellationToken.None))!;
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(State(turns: 2), stale.ETag, Turn(2, "two"), CancellationToken.None));

        Assert.Null(await store.LoadForTurnAsync(Alice, CancellationToken.None));
        Assert.False(cache.TryGet(Alice, out _, out _));
        Assert.Equal(etag, stale.ETag);
    }

    [Fact]
    public void Cache_IsBounded_AndStartsOverWhenFull()
    {
        var cache = new TurnStateCache(enabled: true);
        for (var i = 0; i < TurnStateCache.MaxEntries; i++)
        {
            cache.Set(new UserKey("local", "local", $"u{i}"), "{}", $"e{i}");
        }

        cache.Set(new UserKey("local", "local", "u0"), "{}", "again");
        Assert.True(cache.TryGet(new UserKey("local", "local", $"u{TurnStateCache.MaxEntries - 1}"), out _, out _));

        cache.Set(new UserKey("local", "local", "one-more"), "{}", "x");
        Assert.True(cache.TryGet(new UserKey("local", "local", "one-more"), out _, out var etag));
        Assert.Equal("x", etag);
        Assert.False(cache.TryGet(new UserKey("local", "local", "u1"), out _, out _));
    }

    private UserState State(long turns) => UserState.New(Alice, "Alice", _time.GetUtcNow()) with { Turns = turns };

    private TurnRecord Turn(long sequence, string text) => new(
        new TranscriptEntry
        {
            Id = TranscriptEntry.IdFor(sequence),
            User = Alice,
            Sequence = sequence,
            At = _time.GetUtcNow(),
            UserText = text,
            Replies = ["ok"],
            ContentVersion = "test",
        },
        []);

    private static DocumentConversationStore NewStore(IDocumentStore documents, TurnStateCache? cache = null) => new(
        documents,
        new DocumentRosterStore(documents),
        new TranscriptRetention(Options.Create(new StorageOptions { TranscriptRetentionDays = 365 })),
        cache ?? new TurnStateCache(enabled: true),
        NullLogger<DocumentConversationStore>.Instance);
}
