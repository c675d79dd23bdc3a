using Azure.Core;
using Azure.Identity;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SalesBot.Host.Storage.Cosmos;

/// <summary>Registers the Cosmos DB store (used when <c>Storage:Provider</c> is <c>Cosmos</c>): one <see cref="CosmosClient"/> per process.</summary>
internal static class CosmosStorageExtensions
{
    public static IServiceCollection AddCosmosStore(this IServiceCollection services)
    {
        services.AddOptions<CosmosOptions>().BindConfiguration(CosmosOptions.SectionName);
        services.AddSingleton<IValidateOptions<CosmosOptions>, CosmosOptionsValidator>();

        // Used only when Storage:Cosmos:Key is empty; replaceable (tests use a fixed token).
        services.TryAddSingleton<TokenCredential>(_ => new DefaultAzureCredential());
        services.AddSingleton(provider => CosmosClientFactory.Create(
            provider.GetRequiredService<IOptions<CosmosOptions>>().Value,
            provider.GetRequiredService<TokenCredential>));
        services.AddSingleton<CosmosDocumentStore>();
        services.AddHostedService<CosmosInitializer>();
        return services;
    }
}
