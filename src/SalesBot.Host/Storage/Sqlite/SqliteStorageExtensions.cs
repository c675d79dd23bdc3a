using Microsoft.Extensions.Options;

namespace SalesBot.Host.Storage.Sqlite;

/// <summary>Registers the embedded SQLite store (used when <c>Storage:Provider</c> is <c>Sqlite</c>).</summary>
internal static class SqliteStorageExtensions
{
    public static IServiceCollection AddSqliteStore(this IServiceCollection services)
    {
        services.AddOptions<SqliteOptions>().BindConfiguration(SqliteOptions.SectionName);
        services.AddSingleton(provider =>
        {
            var configured = provider.GetRequiredService<IOptions<SqliteOptions>>().Value.Path;
            var root = provider.GetRequiredService<IHostEnvironment>().ContentRootPath;
            var path = SqlitePaths.Resolve(configured, root, SqlitePaths.DataHome(Environment.GetEnvironmentVariable));
            return new SqliteDocumentStore(path, provider.GetRequiredService<TimeProvider>());
        });
        services.AddHostedService<SqliteInitializer>();
        return services;
    }
}
