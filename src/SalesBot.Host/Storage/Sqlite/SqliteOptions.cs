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

    /// <summary><c>Normal</c> (the default: a commit survives a crash of the bot) or <c>Full</c> (also a power cut).</summary>
    public SqliteSynchronous Synchronous { get; set; } = SqliteSynchronous.Normal;

    /// <summary>Writes of concurrent turns share one transaction (each in its own savepoint). On by default; see bench/README.md.</summary>
    public bool GroupCommit { get; set; } = true;

    /// <summary>Most requests in one group commit.</summary>
    public int MaxGroup { get; set; } = 64;

    /// <summary>
    /// Bytes of the database file each read connection maps into memory (0, the default: read with system calls). Off
    /// because it measured slower here: every connection remaps as the file grows (bench/README.md).
    /// </summary>
    public long MmapBytes { get; set; }

    /// <summary>
    /// Checkpoint the WAL on a background thread (the default) rather than inside the commit that crosses 1,000 pages,
    /// which stalls every turn waiting to commit while it syncs (<see cref="SqliteCheckpointer"/>).
    /// </summary>
    public bool BackgroundCheckpoint { get; set; } = true;

    /// <summary>Commits between two background checkpoints.</summary>
    public int CheckpointEveryCommits { get; set; } = 256;

    /// <summary>WAL pages past which the writer itself checkpoints once, between two commits, so that the WAL starts over.</summary>
    public int CheckpointRestartPages { get; set; } = 64000;

    /// <summary>
    /// Page cache of the one write connection, in MiB (0: SQLite's default of 2 MiB). Its cache outlives commits, so it keeps
    /// the pages every write walks (b-tree interior pages, recently written leaves) instead of re-reading them per turn.
    /// </summary>
    public int WriterCacheMiB { get; set; } = 64;

    /// <summary>Tests only (not bound from configuration): false leaves the background thread unstarted, as if never scheduled.</summary>
    internal bool StartCheckpointThread { get; set; } = true;
}
