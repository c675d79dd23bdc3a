using Microsoft.Extensions.Options;

namespace SalesBot.Host.Storage.Cosmos;

/// <summary>Checks <c>Storage:Cosmos</c> as a whole (every problem at once) when Cosmos DB is the configured store.</summary>
internal sealed class CosmosOptionsValidator(IOptions<StorageOptions> storage) : IValidateOptions<CosmosOptions>
{
    public ValidateOptionsResult Validate(string? name, CosmosOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (storage.Value.ProviderKind != StorageProvider.Cosmos)
        {
            return ValidateOptionsResult.Skip;
        }

        var problems = Problems(options).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    public static IEnumerable<string> Problems(CosmosOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Endpoint))
        {
            yield return "Storage:Cosmos:Endpoint is required when Storage:Provider is Cosmos (e.g. https://myaccount.documents.azure.com:443/).";
        }
        else if (!Uri.TryCreate(options.Endpoint.Trim(), UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
        {
            yield return $"Storage:Cosmos:Endpoint '{options.Endpoint}' is not an http(s) URL.";
        }

        if (!string.IsNullOrEmpty(options.Key) && !IsBase64(options.Key.Trim()))
        {
            yield return "Storage:Cosmos:Key is not a base64 account key (leave it empty to sign in with DefaultAzureCredential).";
        }

        if (string.IsNullOrWhiteSpace(options.Database))
        {
            yield return "Storage:Cosmos:Database is required.";
        }

        if (string.IsNullOrWhiteSpace(options.Container))
        {
            yield return "Storage:Cosmos:Container is required.";
        }

        var mode = options.ConnectionMode?.Trim();
        if (!string.Equals(mode, "Gateway", StringComparison.OrdinalIgnoreCase) && !string.Equals(mode, "Direct", StringComparison.OrdinalIgnoreCase))
        {
            yield return $"Storage:Cosmos:ConnectionMode must be 'Gateway' or 'Direct', not '{options.ConnectionMode}'.";
        }

        if (options.MaxRetryAttemptsOnRateLimitedRequests < 0)
        {
            yield return "Storage:Cosmos:MaxRetryAttemptsOnRateLimitedRequests must be 0 or more.";
        }

        if (options.MaxRetryWaitTimeOnRateLimitedRequests < TimeSpan.Zero)
        {
            yield return "Storage:Cosmos:MaxRetryWaitTimeOnRateLimitedRequests must not be negative.";
        }

        if (options.StartupTimeout <= TimeSpan.Zero)
        {
            yield return "Storage:Cosmos:StartupTimeout must be positive.";
        }
    }

    private static bool IsBase64(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) && written > 0;
    }
}
