using Microsoft.Data.Sqlite;

namespace SalesBot.Host.Storage.Sqlite;

/// <summary>
/// The embedded document store: one SQLite file, one table keyed by (partition key, id), an ETag per row and an optional
/// expiry. Every write is a single statement, so a document is either fully written or not at all.
/// </summary>
internal sealed class SqliteDocumentStore : IDocumentStore, IDisposable
{
    private const int SchemaVersion = 1;

    private const string InsertOrOverwrite = """
        INSERT INTO documents (pk, id, type, body, etag, schema_version, updated_at, expires_at)
        VALUES ($pk, $id, $type, $body, $etag, $schema, $now, $expires)
        ON CONFLICT (pk, id) DO UPDATE SET type = excluded.type, body = excluded.body, etag = excluded.etag,
            schema_version = excluded.schema_version, updated_at = excluded.updated_at, expires_at = excluded.expires_at
        """;

    // An expired row counts as absent: it may be overwritten.
    private const string CreateSql = InsertOrOverwrite + " WHERE documents.expires_at IS NOT NULL AND documents.expires_at <= $now";

    private const string ReplaceSql = """
        UPDATE documents SET type = $type, body = $body, etag = $etag, schema_version = $schema, updated_at = $now, expires_at = $expires
        WHERE pk = $pk AND id = $id AND etag = $ifMatch AND (expires_at IS NULL OR expires_at > $now)
        """;

    private const string DeleteSql = "DELETE FROM documents WHERE pk = $pk AND id = $id AND (expires_at IS NULL OR expires_at > $now)";

    private const string DeleteIfMatchSql = DeleteSql + " AND etag = $ifMatch";

    private const string ExistsSql = "SELECT 1 FROM documents WHERE pk = $pk AND id = $id AND (expires_at IS NULL OR expires_at > $now)";

    private readonly string _connectionString;
    private readonly TimeProvider _time;

    // SQLite allows one writer at a time. Queueing writers here, in order, is cheaper and fairer than letting them
    // collide on the database lock and back off. Reads (WAL) don't wait for it.
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    // The one connection writes go through (guarded by the gate): opened and configured once, not per write.
    private SqliteConnection? _writer;

    public SqliteDocumentStore(string path, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        DatabasePath = System.IO.Path.GetFullPath(path);
        _time = time;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string DatabasePath { get; }

    public void Dispose()
    {
        _writer?.Dispose();
        _writeGate.Dispose();
    }

    /// <summary>Creates the folder, the schema and switches to WAL; safe to run on every start.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var folder = System.IO.Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
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
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<StoredDocument?> ReadAsync(string partitionKey, string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT pk, id, type, body, etag, updated_at FROM documents WHERE pk = $pk AND id = $id AND (expires_at IS NULL OR expires_at > $now)";
        command.Parameters.AddWithValue("$pk", partitionKey);
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$now", Now());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Map(reader) : null;
    }

    public async Task<IReadOnlyList<StoredDocument>> QueryAsync(string partitionKey, string type, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT pk, id, type, body, etag, updated_at FROM documents WHERE pk = $pk AND type = $type AND (expires_at IS NULL OR expires_at > $now) ORDER BY id";
        command.Parameters.AddWithValue("$pk", partitionKey);
        command.Parameters.AddWithValue("$type", type);
        command.Parameters.AddWithValue("$now", Now());
        var results = new List<StoredDocument>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            results.Add(Map(reader));
        }

        return results;
    }

    public async Task<StoredDocument> CreateAsync(DocumentWrite document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);

        var (rows, stored) = await WriteAsync(CreateSql, document, null, cancellationToken);
        return rows == 1 ? stored! : throw new DocumentStoreException(DocumentFailure.AlreadyExists, document.PartitionKey, document.Id);
    }

    public async Task<StoredDocument> ReplaceAsync(DocumentWrite document, string ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (rows, stored) = await WriteAsync(ReplaceSql, document, command => command.Parameters.AddWithValue("$ifMatch", ifMatch), cancellationToken);
        if (rows == 1)
        {
            return stored!;
        }

        var exists = await ReadAsync(document.PartitionKey, document.Id, cancellationToken) is not null;
        throw new DocumentStoreException(exists ? DocumentFailure.ETagMismatch : DocumentFailure.NotFound, document.PartitionKey, document.Id);
    }

    public async Task<StoredDocument> UpsertAsync(DocumentWrite document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (_, stored) = await WriteAsync(InsertOrOverwrite, document, null, cancellationToken);
        return stored!;
    }

    public async Task<bool> DeleteAsync(string partitionKey, string id, CancellationToken cancellationToken)
    {
        var (rows, _) = await WriteAsync(DeleteSql, null, command =>
        {
            command.Parameters.AddWithValue("$pk", partitionKey);
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$now", Now());
        }, cancellationToken);
        return rows == 1;
    }

    public async Task<IReadOnlyList<StoredDocument?>> CommitBatchAsync(string partitionKey, IReadOnlyList<DocumentOperation> operations, CancellationToken cancellationToken)
    {
        DocumentBatch.Validate(partitionKey, operations);
        if (operations.Count == 0)
        {
            return [];
        }

        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var connection = await WriterAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var results = new StoredDocument?[operations.Count];
            for (var i = 0; i < operations.Count; i++)
            {
                var operation = operations[i];
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                var stored = operation.Document is { } document ? Bind(command, document) : null;
                if (stored is null)
                {
                    command.Parameters.AddWithValue("$pk", partitionKey);
                    command.Parameters.AddWithValue("$id", operation.Id);
                    command.Parameters.AddWithValue("$now", Now());
                }

                if (operation.IfMatch is { } ifMatch)
                {
                    command.Parameters.AddWithValue("$ifMatch", ifMatch);
                }

                command.CommandText = operation.Kind switch
                {
                    DocumentOperationKind.Create => CreateSql,
                    DocumentOperationKind.Replace => ReplaceSql,
                    DocumentOperationKind.Upsert => InsertOrOverwrite,
                    _ => operation.IfMatch is null ? DeleteSql : DeleteIfMatchSql,
                };
                if (await command.ExecuteNonQueryAsync(cancellationToken) == 1)
                {
                    results[i] = stored;
                    continue;
                }

                var failure = operation.Kind == DocumentOperationKind.Create
                    ? DocumentFailure.AlreadyExists
                    : await ExistsAsync(connection, transaction, partitionKey, operation.Id, cancellationToken) ? DocumentFailure.ETagMismatch : DocumentFailure.NotFound;
                await transaction.RollbackAsync(cancellationToken);
                throw new DocumentStoreException(failure, partitionKey, operation.Id, i);
            }

            await transaction.CommitAsync(cancellationToken);
            return results;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Physically removes expired rows (they are already invisible).</summary>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        const string Sql = "DELETE FROM documents WHERE expires_at IS NOT NULL AND expires_at <= $now";
        var (rows, _) = await WriteAsync(Sql, null, command => command.Parameters.AddWithValue("$now", Now()), cancellationToken);
        return rows;
    }

    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM documents WHERE 0";
        await command.ExecuteScalarAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The writer connection; call only while holding the write gate.</summary>
    private async Task<SqliteConnection> WriterAsync(CancellationToken cancellationToken)
    {
        if (_writer is not null)
        {
            return _writer;
        }

        var connection = await OpenAsync(cancellationToken);

        // WAL + NORMAL: a commit survives a crash of the bot; only an OS crash or power cut can lose the last commits.
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous = NORMAL";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        return _writer = connection;
    }

    private async Task<(int Rows, StoredDocument? Stored)> WriteAsync(string sql, DocumentWrite? document, Action<SqliteCommand>? bind, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var connection = await WriterAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var stored = document is null ? null : Bind(command, document);
            bind?.Invoke(command);
            return (await command.ExecuteNonQueryAsync(cancellationToken), stored);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private StoredDocument Bind(SqliteCommand command, DocumentWrite document)
    {
        var now = _time.GetUtcNow();
        var etag = Guid.NewGuid().ToString("N");
        command.Parameters.AddWithValue("$pk", document.PartitionKey);
        command.Parameters.AddWithValue("$id", document.Id);
        command.Parameters.AddWithValue("$type", document.Type);
        command.Parameters.AddWithValue("$body", document.Body);
        command.Parameters.AddWithValue("$etag", etag);
        command.Parameters.AddWithValue("$schema", SchemaVersion);
        command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$expires", document.TimeToLive is { } ttl ? (now + ttl).ToUnixTimeMilliseconds() : DBNull.Value);
        return new StoredDocument(document.PartitionKey, document.Id, document.Type, document.Body, etag, now);
    }

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    private async Task<bool> ExistsAsync(SqliteConnection connection, SqliteTransaction transaction, string partitionKey, string id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = ExistsSql;
        command.Parameters.AddWithValue("$pk", partitionKey);
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$now", Now());
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private static StoredDocument Map(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)));
}
