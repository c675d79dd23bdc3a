namespace SalesBot.Host.Storage;

/// <summary>Which store backs SalesBot, and how long transcripts are kept.</summary>
internal sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><c>Sqlite</c> (embedded, the default) or <c>Cosmos</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Transcripts and session summaries expire after this many days (0 keeps them forever).</summary>
    public int TranscriptRetentionDays { get; set; } = 365;

    /// <summary>Tenants with their own transcript retention (<c>Storage:TenantRetention:0:Tenant</c> = <c>teams:…</c>, <c>…:Days</c> = 30).</summary>
    public IList<TenantRetention> TenantRetention { get; } = [];

    /// <summary>How long a process serves a tenant's approved playbook of a category from memory before reading it again (0: always read).</summary>
    public int PlaybookCacheSeconds { get; set; } = 60;

    /// <summary>
    /// Whether a user's next turn starts from the state this process last committed instead of reading it back
    /// (<see cref="TurnStateCache"/>). Unset: on for SQLite (one database file, usually one process), off for Cosmos
    /// (instances behind a load balancer would often hold a stale copy, costing a failed batch and a re-read).
    /// </summary>
    public bool? CacheTurnState { get; set; }

    /// <summary><see cref="Provider"/> as a known value (case-insensitive), or <see cref="StorageProvider.Unknown"/>.</summary>
    public StorageProvider ProviderKind => Provider?.Trim() switch
    {
        var p when string.Equals(p, "Sqlite", StringComparison.OrdinalIgnoreCase) => StorageProvider.Sqlite,
        var p when string.Equals(p, "Cosmos", StringComparison.OrdinalIgnoreCase) => StorageProvider.Cosmos,
        _ => StorageProvider.Unknown,
    };
}
