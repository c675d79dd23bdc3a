using Microsoft.Data.Sqlite;
using SalesBot.Core;

namespace SalesBot.Host.Storage.Sqlite;

/// <summary>
/// The one write connection, with every write statement prepared once. <see cref="Execute"/> writes a group of requests
/// in one transaction (group commit): each request inside its own savepoint, so a request whose condition fails (ETag,
/// already exists) is rolled back alone while the others commit together. Used by one thread at a time.
/// </summary>
internal sealed class SqliteWriter : IDisposable
{
    private const int SchemaVersion = 1;

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _begin;
    private readonly SqliteCommand _commit;
    private readonly SqliteCommand _rollback;
    private readonly SqliteCommand _savepoint;
    private readonly SqliteCommand _release;
    private readonly SqliteCommand _rollbackTo;
    private readonly SqliteCommand _create;
    private readonly SqliteCommand _replace;
    private readonly SqliteCommand _upsert;
    private readonly SqliteCommand _replaceSameType;
    private readonly SqliteCommand _upsertSameType;
    private readonly SqliteCommand _delete;
    private readonly SqliteCommand _deleteIfMatch;
    private readonly SqliteCommand _exists;

    public SqliteWriter(string connectionString, SqliteSynchronous synchronous, bool autoCheckpoint = true, int cacheMiB = 0)
    {
        _connection = new SqliteConnection(connectionString);
        try
        {
            _connection.Open();
            using (var pragma = _connection.CreateCommand())
            {
                // WAL + NORMAL: a commit is in the OS's hands when it returns (survives a crash of the bot, not of the
                // machine); FULL also syncs the WAL to disk on every commit (survives a power cut). See ADR 0009.
                pragma.CommandText = synchronous == SqliteSynchronous.Full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL";
                pragma.ExecuteNonQuery();
                // The savepoints of a group keep their undo pages in memory, not in temporary files (created and deleted per group).
                pragma.CommandText = "PRAGMA temp_store = MEMORY";
                pragma.ExecuteNonQuery();
                if (cacheMiB > 0)
                {
                    // Only this connection writes, so its page cache stays valid across commits (a reader's is emptied by
                    // every commit): large enough for the b-tree's interior pages and the pages of the active sellers.
                    pragma.CommandText = $"PRAGMA cache_size = -{cacheMiB * 1024}";
                    pragma.ExecuteNonQuery();
                }
                if (!autoCheckpoint)
                {
                    // Checkpoints run on the background checkpointer (SqliteCheckpointer), not inside this connection's commits.
                    pragma.CommandText = "PRAGMA wal_autocheckpoint = 0";
                    pragma.ExecuteNonQuery();
                }
            }

            _begin = Prepare("BEGIN IMMEDIATE");
            _commit = Prepare("COMMIT");
            _rollback = Prepare("ROLLBACK");
            _savepoint = Prepare("SAVEPOINT request");
            _release = Prepare("RELEASE request");
            _rollbackTo = Prepare("ROLLBACK TO request");
            _create = Prepare(SqliteSql.Create, WriteParameters);
            _replace = Prepare(SqliteSql.Replace, [.. WriteParameters, "$ifMatch"]);
            _upsert = Prepare(SqliteSql.Upsert, WriteParameters);
            _replaceSameType = Prepare(SqliteSql.ReplaceSameType, [.. WriteParameters, "$ifMatch"]);
            _upsertSameType = Prepare(SqliteSql.UpsertSameType, WriteParameters);
            _delete = Prepare(SqliteSql.Delete, "$pk", "$id", "$now");
            _deleteIfMatch = Prepare(SqliteSql.DeleteIfMatch, "$pk", "$id", "$now", "$ifMatch");
            _exists = Prepare(SqliteSql.Exists, "$pk", "$id", "$now");
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    private static string[] WriteParameters => ["$pk", "$id", "$type", "$body", "$etag", "$schema", "$now", "$expires"];

    /// <summary>
    /// Writes the requests in one transaction and records each one's results or failure on it. Throws (after rolling
    /// back) when the transaction itself fails (disk, lock timeout): then nothing of any request was written.
    /// </summary>
    public void Execute(IReadOnlyList<SqliteWriteRequest> requests)
    {
        var savepoints = requests.Count > 1;
        _begin.ExecuteNonQuery();
        try
        {
            foreach (var request in requests)
            {
                if (savepoints)
                {
                    _savepoint.ExecuteNonQuery();
                }

                request.Failure = null;
                request.Results = Apply(request);
                if (request.Failure is null)
                {
                    if (savepoints)
                    {
                        _release.ExecuteNonQuery();
                    }
                }
                else if (savepoints)
                {
                    _rollbackTo.ExecuteNonQuery();
                    _release.ExecuteNonQuery();
                }
            }

            if (!savepoints && requests[0].Failure is not null)
            {
                _rollback.ExecuteNonQuery();
                return;
            }

            _commit.ExecuteNonQuery();
        }
        catch
        {
            if (SQLitePCL.raw.sqlite3_get_autocommit(_connection.Handle) == 0)
            {
                _rollback.ExecuteNonQuery();
            }

            throw;
        }
    }

    /// <summary>A passive checkpoint on the write connection, between two transactions (see <see cref="SqliteCheckpointer"/>).</summary>
    public (int Log, int Copied) Checkpoint() => SqliteCheckpointer.Checkpoint(_connection);

    public void Dispose()
    {
        foreach (var command in new[] { _begin, _commit, _rollback, _savepoint, _release, _rollbackTo, _create, _replace, _upsert, _replaceSameType, _upsertSameType, _delete, _deleteIfMatch, _exists })
        {
            command.Dispose();
        }

        _connection.Dispose();
    }

    /// <summary>Applies one request's operations in order; stops at the first failing condition (recorded on the request).</summary>
    private StoredDocument?[] Apply(SqliteWriteRequest request)
    {
        var results = new StoredDocument?[request.Operations.Count];
        var now = request.Now.ToUnixTimeMilliseconds();
        for (var i = 0; i < request.Operations.Count; i++)
        {
            var operation = request.Operations[i];
            SqliteCommand command;
            StoredDocument? stored = null;
            if (operation.Document is { } document)
            {
                if (operation.Kind != DocumentOperationKind.Create)
                {
                    // First the statement that leaves the type index alone; it writes nothing when the type changed.
                    var sameType = operation.Kind == DocumentOperationKind.Replace ? _replaceSameType : _upsertSameType;
                    stored = BindWrite(sameType, operation, document, request.Now, now);
                    if (sameType.ExecuteNonQuery() == 1)
                    {
                        results[i] = stored;
                        continue;
                    }
                }

                command = operation.Kind switch
                {
                    DocumentOperationKind.Create => _create,
                    DocumentOperationKind.Replace => _replace,
                    _ => _upsert,
                };
                stored = BindWrite(command, operation, document, request.Now, now);
            }
            else
            {
                command = operation.IfMatch is null ? _delete : _deleteIfMatch;
                command.Parameters[0].Value = request.PartitionKey;
                command.Parameters[1].Value = operation.Id;
                command.Parameters[2].Value = now;
                if (operation.IfMatch is { } ifMatch)
                {
                    command.Parameters[3].Value = ifMatch;
                }
            }

            if (command.ExecuteNonQuery() == 1)
            {
                results[i] = stored;
                continue;
            }

            var failure = operation.Kind == DocumentOperationKind.Create
                ? DocumentFailure.AlreadyExists
                : operation.IfMatch is not null && Exists(request.PartitionKey, operation.Id, now) ? DocumentFailure.ETagMismatch : DocumentFailure.NotFound;
            request.Failure = new DocumentStoreException(failure, request.PartitionKey, operation.Id, i);
            return results;
        }

        return results;
    }

    private static StoredDocument BindWrite(SqliteCommand command, DocumentOperation operation, DocumentWrite document, DateTimeOffset now, long nowMs)
    {
        var stored = Bind(command, document, now, nowMs);
        if (operation.Kind == DocumentOperationKind.Replace)
        {
            command.Parameters[8].Value = operation.IfMatch;
        }

        return stored;
    }

    private static StoredDocument Bind(SqliteCommand command, DocumentWrite document, DateTimeOffset now, long nowMs)
    {
        var etag = UniqueIds.NewHex();
        var parameters = command.Parameters;
        parameters[0].Value = document.PartitionKey;
        parameters[1].Value = document.Id;
        parameters[2].Value = document.Type;
        parameters[3].Value = document.Body;
        parameters[4].Value = etag;
        parameters[5].Value = SchemaVersion;
        parameters[6].Value = nowMs;
        parameters[7].Value = document.TimeToLive is { } ttl ? (now + ttl).ToUnixTimeMilliseconds() : DBNull.Value;
        return new StoredDocument(document.PartitionKey, document.Id, document.Type, document.Body, etag, now);
    }

    private bool Exists(string partitionKey, string id, long now)
    {
        _exists.Parameters[0].Value = partitionKey;
        _exists.Parameters[1].Value = id;
        _exists.Parameters[2].Value = now;
        return _exists.ExecuteScalar() is not null;
    }

    private SqliteCommand Prepare(string sql, params string[] parameters) => SqliteSql.Prepare(_connection, sql, parameters);
}
