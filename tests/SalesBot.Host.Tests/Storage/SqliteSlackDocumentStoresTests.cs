using SalesBot.Host.Storage;
using SalesBot.Host.Storage.Sqlite;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Storage;

/// <summary>Slack installations and OAuth states on a real SQLite file (two store objects on one file: two instances).</summary>
public sealed class SqliteSlackDocumentStoresTests : SlackDocumentStoresContract, IAsyncLifetime, IDisposable
{
    private readonly SqliteDocumentStore _store;
    private readonly SqliteDocumentStore _other;

    public SqliteSlackDocumentStoresTests()
    {
        _store = new SqliteDocumentStore(SalesBotFactory.TempDatabase(), Time);
        _other = new SqliteDocumentStore(_store.DatabasePath, Time);
    }

    private protected override IDocumentStore Store => _store;

    private protected override IDocumentStore OtherInstance => _other;

    public async Task InitializeAsync()
    {
        await _store.InitializeAsync(CancellationToken.None);
        await _other.InitializeAsync(CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _store.Dispose();
        _other.Dispose();
    }

    protected override Task PassTimeAsync(TimeSpan time)
    {
        Time.Advance(time);
        return Task.CompletedTask;
    }
}
