namespace SalesBot.Host.Storage.Cosmos;

/// <summary>The Azure Cosmos DB store (<c>Storage:Cosmos</c>), used when <c>Storage:Provider</c> is <c>Cosmos</c>.</summary>
internal sealed class CosmosOptions
{
    public const string SectionName = "Storage:Cosmos";

    /// <summary>The account endpoint, e.g. <c>https://myaccount.documents.azure.com:443/</c>.</summary>
    public string Endpoint { get; set; } = "";

    /// <summary>The account key (base64). Empty: sign in with <c>DefaultAzureCredential</c> (managed identity, Azure CLI, …).</summary>
    public string Key { get; set; } = "";

    /// <summary>The database holding SalesBot's containers.</summary>
    public string Database { get; set; } = "salesbot";

    /// <summary>The container holding every document, partitioned by <c>/pk</c>.</summary>
    public string Container { get; set; } = "documents";

    /// <summary><c>Gateway</c> (HTTPS, one port: the default, and the only mode the local test server speaks) or <c>Direct</c> (TCP to the replicas: lower latency in Azure).</summary>
    public string ConnectionMode { get; set; } = "Gateway";

    /// <summary>Create the database and container at start when they are missing (needs a key or a data-plane role that may create them).</summary>
    public bool CreateIfMissing { get; set; } = true;

    /// <summary>Talk only to <see cref="Endpoint"/>, never to the regional endpoints the account advertises (needed for the local test server and the emulator).</summary>
    public bool LimitToEndpoint { get; set; }

    /// <summary>How often the SDK retries a request the account rate-limited (429) before giving up (SDK default 9).</summary>
    public int MaxRetryAttemptsOnRateLimitedRequests { get; set; } = 9;

    /// <summary>The most time the SDK spends retrying one rate-limited request (SDK default 30 s).</summary>
    public TimeSpan MaxRetryWaitTimeOnRateLimitedRequests { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the start-up check may take before start-up fails with "not reachable".</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The connection mode as the SDK's value; only call after validation.</summary>
    public Microsoft.Azure.Cosmos.ConnectionMode SdkConnectionMode =>
        string.Equals(ConnectionMode.Trim(), "Direct", StringComparison.OrdinalIgnoreCase)
            ? Microsoft.Azure.Cosmos.ConnectionMode.Direct
            : Microsoft.Azure.Cosmos.ConnectionMode.Gateway;
}
