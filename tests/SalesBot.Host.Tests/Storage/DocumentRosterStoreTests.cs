using Microsoft.Extensions.Time.Testing;
using SalesBot.Core.Messaging;
using SalesBot.Host.Storage;
using SalesBot.Host.Storage.Sqlite;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Storage;

/// <summary>The tenant roster over the real SQLite store (its mirroring from the turn commit: ConversationStoreContract).</summary>
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
}
