namespace SalesBot.Host.Storage.Sqlite;

/// <summary>How hard a commit waits for the disk (SQLite's <c>PRAGMA synchronous</c>, in WAL mode). See ADR 0009.</summary>
internal enum SqliteSynchronous
{
    /// <summary>A committed turn survives a crash of the bot's process; a power cut or OS crash may lose the last commits (never corrupts).</summary>
    Normal,

    /// <summary>Every commit is synced to disk before it returns: committed turns also survive a power cut. Costs an fsync per commit group.</summary>
    Full,
}
