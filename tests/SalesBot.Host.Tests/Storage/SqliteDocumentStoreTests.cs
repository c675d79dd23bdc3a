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
    public async Task PointRead_AfterAnotherStoreOnTheSameFileWrote_SeesItsWrite()
    {
        // Each store keeps its own warm connections and page caches: a write by another store on the same file (a second
        // host) must still be seen at once, and an ETag from before it must be refused.
        var original = await _store.CreateAsync(new DocumentWrite("p", "doc", "t", "{\"v\":1}"), CancellationToken.None);
        Assert.Equal("{\"v\":1}", (await _store.ReadAsync("p", "doc", CancellationToken.None))!.Body);
        using var other = new SqliteDocumentStore(_store.DatabasePath, Time);
        await other.InitializeAsync(CancellationToken.None);

        var theirs = await other.ReplaceAsync(new DocumentWrite("p", "doc", "t", "{\"v\":2}"), original.ETag, CancellationToken.None);

        var seen = await _store.ReadAsync("p", "doc", CancellationToken.None);
        Assert.Equal("{\"v\":2}", seen!.Body);
        Assert.Equal(theirs.ETag, seen.ETag);
        var stale = await Assert.ThrowsAsync<DocumentStoreException>(() => _store.ReplaceAsync(new DocumentWrite("p", "doc", "t", "{\"v\":3}"), original.ETag, CancellationToken.None));
        Assert.Equal(DocumentFailure.ETagMismatch, stale.Failure);
        await _store.ReplaceAsync(new DocumentWrite("p", "doc", "t", "{\"v\":4}"), seen.ETag, CancellationToken.None);
        Assert.Equal("{\"v\":4}", (await other.ReadAsync("p", "doc", CancellationToken.None))!.Body);
        Assert.True(await other.DeleteAsync("p", "doc", CancellationToken.None));
        Assert.Null(await _store.ReadAsync("p", "doc", CancellationToken.None));
    }

    [Fact]
    public async Task Check_Fails_WhenTheDatabaseCannotBeOpened()
    {
        // Its folder is a file: SQLite can neither open nor create the database (what readiness must report).
        var blocker = Path.Combine(Path.GetTempPath(), "salesbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(blocker)!);
        await File.WriteAllTextAsync(blocker, "not a folder");
        using var unreachable = new SqliteDocumentStore(Path.Combine(blocker, "salesbot.db"), Time);

        await Assert.ThrowsAnyAsync<Exception>(() => unreachable.CheckAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Check_Fails_WhenTheSchemaIsMissing()
    {
        using var uninitialised = new SqliteDocumentStore(SalesBotFactory.TempDatabase(), Time);
        Directory.CreateDirectory(Path.GetDirectoryName(uninitialised.DatabasePath)!);

        await Assert.ThrowsAnyAsync<Exception>(() => uninitialised.CheckAsync(CancellationToken.None));
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
