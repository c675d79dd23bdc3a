using Microsoft.Extensions.Options;
using SalesBot.Core.Messaging;
using SalesBot.Core.Rhythm;
using SalesBot.Core.Storage;
using SalesBot.Host.Hosting;
using SalesBot.Host.Storage.Admin;
using SalesBot.Host.Storage.Cosmos;
using SalesBot.Host.Storage.Sqlite;

namespace SalesBot.Host.Storage;

/// <summary>
/// Registers the store chosen by <c>Storage:Provider</c> (SQLite embedded by default, or Cosmos DB) behind the one
/// document contract, and the conversation and playbook stores built on it. Switching stores is configuration only.
/// </summary>
internal static class StorageExtensions
{
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .Validate(o => o.ProviderKind != StorageProvider.Unknown, "Storage:Provider must be 'Sqlite' or 'Cosmos'.")
            .Validate(o => o.TranscriptRetentionDays >= 0, "Storage:TranscriptRetentionDays must be 0 (keep forever) or more.")
            .Validate(o => o.TenantRetention.All(t => !string.IsNullOrWhiteSpace(t.Tenant) && t.Days >= 0), "Storage:TenantRetention entries need a Tenant (channel:tenantId) and Days of 0 (keep forever) or more.")
            .Validate(o => o.PlaybookCacheSeconds >= 0, "Storage:PlaybookCacheSeconds must be 0 (no cache) or more.");
        builder.Services.AddHostedService<StorageStartupCheck>();

        // Both are registered; only the configured one is ever built (the choice is read when the store is resolved).
        builder.Services.AddSqliteStore();
        builder.Services.AddCosmosStore();
        builder.Services.AddSingleton<IDocumentStore>(services =>
            StorageStartupCheck.Validated(services.GetRequiredService<IOptions<StorageOptions>>()).ProviderKind == StorageProvider.Cosmos
                ? services.GetRequiredService<CosmosDocumentStore>()
                : services.GetRequiredService<SqliteDocumentStore>());

        builder.Services.AddSingleton<TranscriptRetention>();
        builder.Services.AddSingleton(services =>
        {
            var options = StorageStartupCheck.Validated(services.GetRequiredService<IOptions<StorageOptions>>());
            return new TurnStateCache(options.CacheTurnState ?? options.ProviderKind == StorageProvider.Sqlite);
        });
        builder.Services.AddSingleton<IConversationStore, DocumentConversationStore>();
        builder.Services.AddSingleton<ApprovedPlaybookCache>();
        builder.Services.AddSingleton<DocumentPlaybookStore>();
        builder.Services.AddSingleton<IPlaybookStore>(services => services.GetRequiredService<DocumentPlaybookStore>());
        builder.Services.AddSingleton<IConversationReferenceStore, DocumentRosterStore>();
        builder.Services.AddSingleton<UserDataService>();
        builder.Services.AddSingleton<IUserDataEraser>(services => services.GetRequiredService<UserDataService>());
        builder.Services.AddUserDataAdmin();
        builder.Services.AddSingleton<DocumentRhythmStore>();
        builder.Services.AddSingleton<IRhythmStore>(services => services.GetRequiredService<DocumentRhythmStore>());
        builder.Services.AddSingleton<IUserDataContributor, RhythmUserData>();
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [OperationsExtensions.ReadyTag]);
        return builder;
    }

    /// <summary>Wraps the configured document store (e.g. in a <see cref="MeteredDocumentStore"/> for tests and benchmarks).</summary>
    public static IServiceCollection DecorateDocumentStore(this IServiceCollection services, Func<IServiceProvider, IDocumentStore, IDocumentStore> decorate)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(decorate);
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IDocumentStore) && d.ImplementationFactory is not null)
            ?? throw new InvalidOperationException("AddStorage() registers the document store; call it first.");
        var inner = registered.ImplementationFactory!;
        services.Remove(registered);
        services.AddSingleton(provider => decorate(provider, (IDocumentStore)inner(provider)));
        return services;
    }
}
