using SalesBot.Host.Storage;
using SalesBot.Host.Storage.Sqlite;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Storage;

/// <summary>The document contract on a real SQLite file.</summary>
public sealed class SqliteDocumentStoreTests : DocumentStoreContract, IAsyncLifetime
{
    private readonly SqliteDocumentStore _store;

    public SqliteDocumentStoreTests()
    {
        _store = new SqliteDocumentStore(SalesBotFactory.TempDatabase(), Time);
    }

    private protected override IDocumentStore Store => _store;

    public Task InitializeAsync() => _store.InitializeAsync(CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>SQLite judges expiry by its TimeProvider: move the fake clock.</summary>
    protected override Task PassTimeAsync(TimeSpan time)
    {
        Time.Advance(time);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Data_SurvivesANewStoreOnTheSameFile()
    {
        await _store.CreateAsync(new DocumentWrite("p", "a", "t", "{\"x\":1}"), CancellationToken.None);

        var reopened = new SqliteDocumentStore(_store.DatabasePath, Time);
        await reopened.InitializeAsync(CancellationToken.None);

        Assert.Equal("{\"x\":1}", (await reopened.ReadAsync("p", "a", CancellationToken.None))!.Body);
    }

    [Fact]
    public async Task PurgeExpired_RemovesOnlyExpiredRows()
    {
        await _store.CreateAsync(new DocumentWrite("p", "old", "t", "{}", TimeSpan.FromMinutes(1)), CancellationToken.None);
        await _store.CreateAsync(new DocumentWrite("p", "new", "t", "{}"), CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(2));

        var purged = await _store.PurgeExpiredAsync(CancellationToken.None);

        Assert.Equal(1, purged);
        Assert.NotNull(await _store.ReadAsync("p", "new", CancellationToken.None));
    }
}
