using SalesBot.Host.Storage;
using SalesBot.Host.Storage.Sqlite;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Storage;

/// <summary>The data model on a real SQLite file (expiry judged by the store's clock: a fake one here).</summary>
public sealed class SqliteUserDataTests : UserDataContract, IAsyncLifetime
{
    private SqliteDocumentStore? _store;

    public async Task InitializeAsync()
    {
        Open();
        await _store!.InitializeAsync(CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _store?.Dispose();
        return Task.CompletedTask;
    }

    private protected override IDocumentStore CreateStore() => _store = new SqliteDocumentStore(SalesBotFactory.TempDatabase(), Time);

    protected override Task PassTimeAsync(TimeSpan time)
    {
        Time.Advance(time);
        return Task.CompletedTask;
    }
}
