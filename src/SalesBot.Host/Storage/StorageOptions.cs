namespace SalesBot.Host.Storage;

/// <summary>Which store backs SalesBot, and how long transcripts are kept.</summary>
internal sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><c>Sqlite</c> (embedded, the default) or <c>Cosmos</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Transcripts and session summaries expire after this many days (0 keeps them forever).</summary>
    public int TranscriptRetentionDays { get; set; } = 365;

    /// <summary><see cref="Provider"/> as a known value (case-insensitive), or <see cref="StorageProvider.Unknown"/>.</summary>
    public StorageProvider ProviderKind => Provider?.Trim() switch
    {
        var p when string.Equals(p, "Sqlite", StringComparison.OrdinalIgnoreCase) => StorageProvider.Sqlite,
        var p when string.Equals(p, "Cosmos", StringComparison.OrdinalIgnoreCase) => StorageProvider.Cosmos,
        _ => StorageProvider.Unknown,
    };
}
