namespace SalesBot.Host.Storage;

/// <summary>Which store backs SalesBot, and how long transcripts are kept.</summary>
internal sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><c>Sqlite</c> (embedded, the default).</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Transcripts and session summaries expire after this many days (0 keeps them forever).</summary>
    public int TranscriptRetentionDays { get; set; } = 365;
}
