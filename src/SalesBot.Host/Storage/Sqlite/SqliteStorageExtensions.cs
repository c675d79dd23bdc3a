using Microsoft.Extensions.Options;

namespace SalesBot.Host.Storage.Sqlite;

/// <summary>Registers the embedded SQLite store (used when <c>Storage:Provider</c> is <c>Sqlite</c>).</summary>
internal static class SqliteStorageExtensions
{
    public static IServiceCollection AddSqliteStore(this IServiceCollection services)
    {
        services.AddOptions<SqliteOptions>().BindConfiguration(SqliteOptions.SectionName)
            .Validate(o => o.MaxGroup >= 1, "Storage:Sqlite:MaxGroup must be at least 1.")
            .Validate(o => o.MmapBytes >= 0, "Storage:Sqlite:MmapBytes must be 0 or more.")
            .Validate(o => o.CheckpointEveryCommits >= 1, "Storage:Sqlite:CheckpointEveryCommits must be at least 1.")
            .Validate(o => o.CheckpointRestartPages >= 100, "Storage:Sqlite:CheckpointRestartPages must be at least 100.")
            .Validate(o => o.WriterCacheMiB is >= 0 and <= 4096, "Storage:Sqlite:WriterCacheMiB must be between 0 and 4096.");
        services.AddSingleton(provider =>
        {
            var options = Validated(provider.GetRequiredService<IOptions<SqliteOptions>>());
            var root = provider.GetRequiredService<IHostEnvironment>().ContentRootPath;
            var path = SqlitePaths.Resolve(options.Path, root, SqlitePaths.DataHome(Environment.GetEnvironmentVariable));
            return new SqliteDocumentStore(path, provider.GetRequiredService<TimeProvider>(), options);
        });
        services.AddHostedService<SqliteInitializer>();
        return services;
    }

    /// <summary>The settings, or the one-line <see cref="StorageStartupException"/> listing every problem (as for Cosmos DB).</summary>
    private static SqliteOptions Validated(IOptions<SqliteOptions> sqlite)
    {
        try
        {
            return sqlite.Value;
        }
        catch (OptionsValidationException ex)
        {
            throw new StorageStartupException("Storage:Sqlite is not valid: " + string.Join(" ", ex.Failures));
        }
    }
}
