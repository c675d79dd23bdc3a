using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using SalesBot.Core.Messaging;
using SalesBot.Core.Storage;
using SalesBot.Host.Hosting;

namespace SalesBot.Host.Storage;

/// <summary>Registers the store: SQLite embedded by default, behind the document contract the Cosmos store also implements.</summary>
internal static class StorageExtensions
{
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .Validate(o => string.Equals(o.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase), "Storage:Provider must be 'Sqlite'.")
            .Validate(o => o.TranscriptRetentionDays >= 0, "Storage:TranscriptRetentionDays must be 0 (keep forever) or more.")
            .ValidateOnStart();
        builder.Services.AddOptions<SqliteOptions>()
            .BindConfiguration(SqliteOptions.SectionName)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "Storage:Sqlite:Path is required.")
            .ValidateOnStart();

        builder.Services.AddSingleton(services =>
        {
            var path = services.GetRequiredService<IOptions<SqliteOptions>>().Value.Path;
            var root = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
            return new SqliteDocumentStore(Path.GetFullPath(path, root), services.GetRequiredService<TimeProvider>());
        });
        builder.Services.AddSingleton<IDocumentStore>(services => services.GetRequiredService<SqliteDocumentStore>());
        builder.Services.AddHostedService<SqliteInitializer>();

        builder.Services.AddSingleton<TranscriptRetention>();
        builder.Services.AddSingleton<IConversationStore, DocumentConversationStore>();
        builder.Services.AddSingleton<IPlaybookStore, DocumentPlaybookStore>();
        builder.Services.AddSingleton<IConversationReferenceStore, DocumentRosterStore>();
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [OperationsExtensions.ReadyTag]);
        return builder;
    }
}

/// <summary>Creates the SQLite schema before the server starts taking requests, and clears expired rows.</summary>
internal sealed partial class SqliteInitializer(SqliteDocumentStore store, ILogger<SqliteInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        var purged = await store.PurgeExpiredAsync(cancellationToken);
        LogReady(logger, store.DatabasePath, purged);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "SQLite store ready at {Path} ({Purged} expired documents removed)")]
    private static partial void LogReady(ILogger logger, string path, int purged);
}

/// <summary>Readiness: the store answers a trivial query.</summary>
internal sealed class StoreHealthCheck(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.CheckAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The store is unreachable.", ex);
        }
    }
}
