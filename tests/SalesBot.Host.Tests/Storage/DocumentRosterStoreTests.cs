using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Core.Messaging;
using SalesBot.Core.Storage;
using SalesBot.Core.Transcripts;
using SalesBot.Core.Users;
using SalesBot.Host.Storage;
using SalesBot.Host.Storage.Sqlite;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Storage;

/// <summary>The tenant roster over the real SQLite store, and its place in the turn outbox.</summary>
public sealed class DocumentRosterStoreTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly SqliteDocumentStore _documents;
    private readonly DocumentRosterStore _roster;

    public DocumentRosterStoreTests()
    {
        _documents = new SqliteDocumentStore(SalesBotFactory.TempDatabase(), _time);
        _roster = new DocumentRosterStore(_documents);
    }

    public Task InitializeAsync() => _documents.InitializeAsync(CancellationToken.None);

    public Task DisposeAsync()
    {
        _documents.Dispose();
        return Task.CompletedTask;
    }

    private static RosterEntry Entry(string tenant, string user, bool active = true) => new(
        new UserKey("teams", tenant, user),
        user.ToUpperInvariant(),
        new ConversationReference
        {
            Channel = "teams",
            TenantId = tenant,
            ChannelUserId = "29:" + user,
            AadObjectId = user,
            ConversationId = "a:" + user,
            BotId = "28:bot",
            ServiceUrl = "https://smba.trafficmanager.net/amer/" + tenant + "/",
            TimeZone = "Europe/Berlin",
            Active = active,
            InactiveReason = active ? null : "uninstalled",
            UpdatedAt = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero),
        });

    [Fact]
    public async Task Entries_RoundTrip_AndListPerTenantOnly()
    {
        await _roster.UpsertAsync(Entry("t1", "alice"), CancellationToken.None);
        await _roster.UpsertAsync(Entry("t1", "bob", active: false), CancellationToken.None);
        await _roster.UpsertAsync(Entry("t2", "carol"), CancellationToken.None);

        var t1 = await _roster.ListAsync("teams:t1", CancellationToken.None);

        Assert.Equal([Entry("t1", "alice"), Entry("t1", "bob", active: false)], t1.OrderBy(e => e.User.UserId));
        Assert.Equal(Entry("t2", "carol"), Assert.Single(await _roster.ListAsync("teams:t2", CancellationToken.None)));
        Assert.Null(await _roster.GetAsync(new UserKey("teams", "t2", "alice"), CancellationToken.None));
    }

    [Fact]
    public async Task Upsert_ReplacesTheUsersEntry()
    {
        await _roster.UpsertAsync(Entry("t1", "alice"), CancellationToken.None);

        await _roster.UpsertAsync(Entry("t1", "alice", active: false), CancellationToken.None);

        Assert.False((await _roster.GetAsync(new UserKey("teams", "t1", "alice"), CancellationToken.None))!.Reference.Active);
        Assert.Single(await _roster.ListAsync("teams:t1", CancellationToken.None));
    }

    [Fact]
    public async Task LostRosterWrite_IsRepairedOnTheUsersNextLoad()
    {
        var store = new DocumentConversationStore(
            _documents,
            _roster,
            new TranscriptRetention(Options.Create(new StorageOptions())),
            NullLogger<DocumentConversationStore>.Instance);
        var entry = Entry("t1", "alice");
        var state = UserState.New(entry.User, "ALICE", _time.GetUtcNow()) with { Turns = 1, Reference = entry.Reference };
        var turn = new TranscriptEntry { Id = TranscriptEntry.IdFor(1), User = entry.User, Sequence = 1, At = _time.GetUtcNow(), Replies = [], ContentVersion = "test" };
        await store.CommitAsync(state, null, new TurnRecord(turn, []) { Roster = entry }, CancellationToken.None);
        Assert.Equal(entry, await _roster.GetAsync(entry.User, CancellationToken.None));

        // A crash between the state commit and the outbox writes: neither the roster entry nor the transcript landed.
        await _documents.DeleteAsync(DocumentPlaybookStore.PartitionFor("teams:t1"), DocumentRosterStore.IdFor(entry.User), CancellationToken.None);
        await _documents.DeleteAsync(DocumentConversationStore.PartitionFor(entry.User), turn.Id, CancellationToken.None);
        Assert.Empty(await _roster.ListAsync("teams:t1", CancellationToken.None));

        await store.LoadAsync(entry.User, CancellationToken.None);

        Assert.Equal(entry, await _roster.GetAsync(entry.User, CancellationToken.None));
    }
}
