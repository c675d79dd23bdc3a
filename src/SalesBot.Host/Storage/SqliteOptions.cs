namespace SalesBot.Host.Storage;

/// <summary>The embedded SQLite store.</summary>
internal sealed class SqliteOptions
{
    public const string SectionName = "Storage:Sqlite";

    /// <summary>The database file; relative paths are resolved against the host's content root.</summary>
    public string Path { get; set; } = "data/salesbot.db";
}
