using System.Net;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace SalesBot.Host.Storage.Cosmos;

/// <summary>
/// At start (only when Cosmos DB is the store): validates <c>Storage:Cosmos</c>, reaches the account, and creates or
/// checks the database and container, within <see cref="CosmosOptions.StartupTimeout"/>. Any failure stops the start
/// with one <see cref="StorageStartupException"/> naming the endpoint and what failed; the SDK's details go to Debug.
/// </summary>
internal sealed partial class CosmosInitializer(IServiceProvider services, IOptions<StorageOptions> storage, ILogger<CosmosInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (storage.Value.ProviderKind != StorageProvider.Cosmos)
        {
            return;
        }

        CosmosOptions options;
        try
        {
            options = services.GetRequiredService<IOptions<CosmosOptions>>().Value;
        }
        catch (OptionsValidationException ex)
        {
            throw new StorageStartupException("Storage:Cosmos is not valid: " + string.Join(" ", ex.Failures));
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.StartupTimeout);
        try
        {
            var client = services.GetRequiredService<CosmosClient>();
            await CosmosContainerSetup.EnsureAsync(client, options, timeout.Token);
        }
        catch (StorageStartupException)
        {
            throw;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && Describe(ex, options) is { } reason)
        {
            LogStartFailed(logger, options.Endpoint, ex);
            throw new StorageStartupException($"Cosmos DB at {options.Endpoint} (database '{options.Database}', container '{options.Container}'): {reason}");
        }

        LogReady(logger, options.Endpoint, options.Database, options.Container, options.SdkConnectionMode.ToString(), string.IsNullOrWhiteSpace(options.Key) ? "DefaultAzureCredential" : "account key");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>What went wrong, in words an operator can act on.</summary>
    internal static string? Describe(Exception exception, CosmosOptions options) => exception switch
    {
        OperationCanceledException => $"no answer within {options.StartupTimeout.TotalSeconds:0.#} s (Storage:Cosmos:StartupTimeout). Check Storage:Cosmos:Endpoint and that this machine can reach the account.",
        CosmosException { StatusCode: HttpStatusCode.Unauthorized } => "the account refused the credentials (401). Check Storage:Cosmos:Key, or the identity's access when the key is empty.",
        CosmosException { StatusCode: HttpStatusCode.Forbidden } => "access denied (403): the identity lacks a Cosmos DB data-plane role, or the account's firewall blocks this network.",
        CosmosException { StatusCode: HttpStatusCode.NotFound } => "the database or container was not found (404), and could not be created.",
        CosmosException { StatusCode: HttpStatusCode.ServiceUnavailable or HttpStatusCode.RequestTimeout } => $"not reachable ({Root(exception)}). Check Storage:Cosmos:Endpoint and the network.",
        CosmosException cosmos => $"the account answered {(int)cosmos.StatusCode} {cosmos.StatusCode}.",
        HttpRequestException => $"not reachable ({Root(exception)}). Check Storage:Cosmos:Endpoint and the network.",
        Azure.Identity.AuthenticationFailedException or Azure.Identity.CredentialUnavailableException => $"signing in with DefaultAzureCredential failed ({Root(exception)}). Set Storage:Cosmos:Key, or give this machine an identity (managed identity, az login).",
        ArgumentException or UriFormatException => $"the configuration was refused ({exception.Message}).",
        _ => $"start-up failed ({Root(exception)}).",
    };

    private static string Root(Exception exception)
    {
        var root = exception;
        while (root.InnerException is not null)
        {
            root = root.InnerException;
        }

        var message = root.Message.ReplaceLineEndings(" ");
        var end = message.IndexOf(" ActivityId", StringComparison.Ordinal);
        return end > 0 ? message[..end].TrimEnd(',', ';', ' ') : message.Length > 300 ? message[..300] + "…" : message;
    }

    [LoggerMessage(EventId = 310, Level = LogLevel.Information, Message = "Cosmos DB store ready at {Endpoint} (database {Database}, container {Container}, {Mode} mode, {Auth})")]
    private static partial void LogReady(ILogger logger, string endpoint, string database, string container, string mode, string auth);

    [LoggerMessage(EventId = 311, Level = LogLevel.Debug, Message = "Cosmos DB start-up check against {Endpoint} failed")]
    private static partial void LogStartFailed(ILogger logger, string endpoint, Exception exception);
}
