using Microsoft.Data.Sqlite;

namespace SalesBot.Host.Storage.Sqlite;

/// <summary>The statements of the SQLite store, each prepared once per connection and reused.</summary>
internal static class SqliteSql
{
    public const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS documents (
            pk TEXT NOT NULL,
            id TEXT NOT NULL,
            type TEXT NOT NULL,
            body TEXT NOT NULL,
            etag TEXT NOT NULL,
            schema_version INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            expires_at INTEGER NULL,
            PRIMARY KEY (pk, id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS ix_documents_type ON documents (pk, type, id);
        CREATE INDEX IF NOT EXISTS ix_documents_expiry ON documents (expires_at) WHERE expires_at IS NOT NULL;
        """;

    public const string Read = "SELECT pk, id, type, body, etag, updated_at FROM documents WHERE pk = $pk AND id = $id AND (expires_at IS NULL OR expires_at > $now)";

    public const string QueryByType = "SELECT pk, id, type, body, etag, updated_at FROM documents WHERE pk = $pk AND type = $type AND (expires_at IS NULL OR expires_at > $now) ORDER BY id";

    public const string QueryPartition = "SELECT pk, id, type, body, etag, updated_at FROM documents WHERE pk = $pk AND (expires_at IS NULL OR expires_at > $now) ORDER BY id";

    public const string Upsert = """
        INSERT INTO documents (pk, id, type, body, etag, schema_version, updated_at, expires_at)
        VALUES ($pk, $id, $type, $body, $etag, $schema, $now, $expires)
        ON CONFLICT (pk, id) DO UPDATE SET type = excluded.type, body = excluded.body, etag = excluded.etag,
            schema_version = excluded.schema_version, updated_at = excluded.updated_at, expires_at = excluded.expires_at
        """;

    // The common case of an upsert or a replace: the document keeps its type. Without type in the SET list SQLite leaves
    // the (pk, type, id) index alone, one page fewer written per document (ADR 0010); a changed type falls back to the
    // full statement.
    public const string UpsertSameType = """
        INSERT INTO documents (pk, id, type, body, etag, schema_version, updated_at, expires_at)
        VALUES ($pk, $id, $type, $body, $etag, $schema, $now, $expires)
        ON CONFLICT (pk, id) DO UPDATE SET body = excluded.body, etag = excluded.etag,
            schema_version = excluded.schema_version, updated_at = excluded.updated_at, expires_at = excluded.expires_at
        WHERE documents.type = excluded.type
        """;

    public const string ReplaceSameType = """
        UPDATE documents SET body = $body, etag = $etag, schema_version = $schema, updated_at = $now, expires_at = $expires
        WHERE pk = $pk AND id = $id AND type = $type AND etag = $ifMatch AND (expires_at IS NULL OR expires_at > $now)
        """;

    // An expired row counts as absent: it may be overwritten.
    public const string Create = Upsert + " WHERE documents.expires_at IS NOT NULL AND documents.expires_at <= $now";

    public const string Replace = """
        UPDATE documents SET type = $type, body = $body, etag = $etag, schema_version = $schema, updated_at = $now, expires_at = $expires
        WHERE pk = $pk AND id = $id AND etag = $ifMatch AND (expires_at IS NULL OR expires_at > $now)
        """;

    public const string Delete = "DELETE FROM documents WHERE pk = $pk AND id = $id AND (expires_at IS NULL OR expires_at > $now)";

    public const string DeleteIfMatch = Delete + " AND etag = $ifMatch";

    public const string Exists = "SELECT 1 FROM documents WHERE pk = $pk AND id = $id AND (expires_at IS NULL OR expires_at > $now)";

    public const string PurgeExpired = "DELETE FROM documents WHERE expires_at IS NOT NULL AND expires_at <= $now";

    public const string Check = "SELECT count(*) FROM documents WHERE 0";

    /// <summary>A statement prepared once on <paramref name="connection"/> with its named parameters, to be bound and reused.</summary>
    public static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }
}
