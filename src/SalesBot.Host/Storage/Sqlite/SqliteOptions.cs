namespace SalesBot.Host.Storage.Sqlite;

/// <summary>The embedded SQLite store.</summary>
internal sealed class SqliteOptions
{
    public const string SectionName = "Storage:Sqlite";

    /// <summary>
    /// The database file. Empty (the default) means the per-user data folder (<see cref="SqlitePaths.DefaultDatabase"/>),
    /// outside the host's content root; relative paths are resolved against the content root.
    /// </summary>
    public string Path { get; set; } = "";
}
