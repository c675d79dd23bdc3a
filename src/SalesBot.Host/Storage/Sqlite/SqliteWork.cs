namespace SalesBot.Host.Storage.Sqlite;

/// <summary>One item of the writer's queue: a write request or a point read (exactly one of the two).</summary>
internal readonly record struct SqliteWork(SqliteWriteRequest? Write, SqlitePointRead? Read);
