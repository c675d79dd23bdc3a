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

    private static DocumentConversationStore NewStore(IDocumentStore documents) => new(
        documents,
        new DocumentRosterStore(documents),
        new TranscriptRetention(Options.Create(new StorageOptions { TranscriptRetentionDays = 365 })),
        NullLogger<DocumentConversationStore>.Instance);
}
