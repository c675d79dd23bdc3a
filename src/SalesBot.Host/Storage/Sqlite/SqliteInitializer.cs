using Microsoft.Extensions.Options;

namespace SalesBot.Host.Storage.Sqlite;

/// <summary>Creates the SQLite schema before the server starts taking requests, and clears expired rows (only when SQLite is the store).</summary>
internal sealed partial class SqliteInitializer(IServiceProvider services, IOptions<StorageOptions> storage, ILogger<SqliteInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (storage.Value.ProviderKind != StorageProvider.Sqlite)
        {
            return;
        }

        var store = services.GetRequiredService<SqliteDocumentStore>();
        await store.InitializeAsync(cancellationToken);
        var purged = await store.PurgeExpiredAsync(cancellationToken);
        LogReady(logger, store.DatabasePath, purged);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "SQLite store ready at {Path} ({Purged} expired documents removed)")]
    private static partial void LogReady(ILogger logger, string path, int purged);
}
