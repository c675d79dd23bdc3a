using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace SalesBot.Host.Storage.Sqlite;

/// <summary>
/// The embedded document store: one SQLite file (WAL), one table keyed by (partition key, id), an ETag per row and an
/// optional expiry. Reads borrow a pooled connection whose statements are prepared once. Writes go to the one writer
/// connection (SQLite has one writer at a time anyway), statements prepared once; every write, single or batch, is one
/// transaction, and with group commit (the default) the writes of concurrent turns share one transaction, each in its
/// own savepoint so one refused write never undoes another. A write's task completes only after its transaction has
/// committed: nothing is acknowledged that could still roll back. Durability per <see cref="SqliteSynchronous"/>.
/// </summary>
internal sealed class SqliteDocumentStore : IDocumentStore, IDisposable
{
    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly SqliteOptions _options;
    private readonly ConcurrentBag<SqliteReader> _readers = [];
    private readonly Channel<SqliteWriteRequest> _queue = Channel.CreateUnbounded<SqliteWriteRequest>(new UnboundedChannelOptions { SingleReader = true });

    // Without group commit: one write at a time, on the caller's thread.
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly Lock _startLock = new();
    private SqliteWriter? _writer;
    private SqliteCheckpointer? _checkpointer;
    private Task? _writerLoop;
    private bool _disposed;

    public SqliteDocumentStore(string path, TimeProvider time, SqliteOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        DatabasePath = System.IO.Path.GetFullPath(path);
        _time = time;
        _options = options ?? new SqliteOptions();
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string DatabasePath { get; }

    public void Dispose()
    {
        lock (_startLock)
        {
            // The container disposes the store once per registration it was resolved through.
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        _queue.Writer.TryComplete();
        _writerLoop?.GetAwaiter().GetResult();
        _checkpointer?.Dispose();
        _writer?.Dispose();
        while (_readers.TryTake(out var reader))
        {
            reader.Dispose();
        }

        _writeGate.Dispose();
    }

    /// <summary>Creates the folder, the schema and switches to WAL; safe to run on every start.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        var folder = System.IO.Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = SqliteSql.Schema;
        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    public Task<StoredDocument?> ReadAsync(string partitionKey, string id, CancellationToken cancellationToken) =>
        Task.FromResult(WithReader(reader => reader.Read(partitionKey, id, Now())));

    public Task<IReadOnlyList<StoredDocument>> QueryAsync(string partitionKey, string type, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredDocument>>(WithReader(reader => reader.Query(partitionKey, type, Now())));

    public Task<IReadOnlyList<StoredDocument>> QueryPartitionAsync(string partitionKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredDocument>>(WithReader(reader => reader.QueryPartition(partitionKey, Now())));

    public async Task<StoredDocument> CreateAsync(DocumentWrite document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return (await WriteOneAsync(DocumentOperation.Create(document), cancellationToken))!;
    }

    public async Task<StoredDocument> ReplaceAsync(DocumentWrite document, string ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return (await WriteOneAsync(DocumentOperation.Replace(document, ifMatch), cancellationToken))!;
    }

    public async Task<StoredDocument> UpsertAsync(DocumentWrite document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return (await WriteOneAsync(DocumentOperation.Upsert(document), cancellationToken))!;
    }

    public async Task<bool> DeleteAsync(string partitionKey, string id, CancellationToken cancellationToken)
    {
        try
        {
            await WriteAsync(partitionKey, [DocumentOperation.Delete(id)], cancellationToken);
            return true;
        }
        catch (DocumentStoreException ex) when (ex.Failure == DocumentFailure.NotFound)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<StoredDocument?>> CommitBatchAsync(string partitionKey, IReadOnlyList<DocumentOperation> operations, CancellationToken cancellationToken)
    {
        DocumentBatch.Validate(partitionKey, operations);
        return operations.Count == 0 ? [] : await WriteAsync(partitionKey, operations, cancellationToken);
    }

    /// <summary>Physically removes expired rows (they are already invisible).</summary>
    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = SqliteSql.PurgeExpired;
        command.Parameters.AddWithValue("$now", Now());
        return Task.FromResult(command.ExecuteNonQuery());
    }

    public Task CheckAsync(CancellationToken cancellationToken)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = SqliteSql.Check;
        command.ExecuteScalar();
        return Task.CompletedTask;
    }

    private async Task<StoredDocument?> WriteOneAsync(DocumentOperation operation, CancellationToken cancellationToken)
    {
        try
        {
            return (await WriteAsync(operation.Document!.PartitionKey, [operation], cancellationToken))[0];
        }
        catch (DocumentStoreException ex) when (ex.OperationIndex is not null)
        {
            // A single write reports its failure without a batch index.
            throw new DocumentStoreException(ex.Failure, operation.Document!.PartitionKey, operation.Id);
        }
    }

    private async Task<StoredDocument?[]> WriteAsync(string partitionKey, IReadOnlyList<DocumentOperation> operations, CancellationToken cancellationToken)
    {
        var request = new SqliteWriteRequest(partitionKey, operations, _time.GetUtcNow());
        if (_options.GroupCommit)
        {
            EnsureWriterLoop();
            ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(request), this);

            // Not cancellable once queued: the caller must learn whether it was written.
            return await request.Task;
        }

        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            Exception? failure = null;
            try
            {
                Execute([request]);
            }
            catch (Exception ex) when (ex is SqliteException or IOException)
            {
                failure = ex;
            }

            request.Complete(failure);
        }
        finally
        {
            _writeGate.Release();
        }

        return await request.Task;
    }

    private void EnsureWriterLoop()
    {
        if (_writerLoop is not null)
        {
            return;
        }

        lock (_startLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _writerLoop ??= Task.Run(RunWriterAsync);
        }
    }

    /// <summary>The group-commit writer: takes everything queued (up to <see cref="SqliteOptions.MaxGroup"/>), writes it in one transaction, then completes each request.</summary>
    private async Task RunWriterAsync()
    {
        var group = new List<SqliteWriteRequest>(_options.MaxGroup);
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync())
        {
            while (group.Count < _options.MaxGroup && reader.TryRead(out var request))
            {
                group.Add(request);
            }

            Exception? failure = null;
            try
            {
                Execute(group);
            }
            catch (Exception ex)
            {
                failure = ex;
            }

            foreach (var request in group)
            {
                request.Complete(failure);
            }

            group.Clear();
        }
    }

    /// <summary>The background checkpointer, once the first write opened it (null when checkpoints run inside commits).</summary>
    internal SqliteCheckpointer? Checkpointer => _checkpointer;

    /// <summary>Writes one group on the writer (one thread at a time); between two groups, the checkpoint the checkpointer asked for.</summary>
    private void Execute(IReadOnlyList<SqliteWriteRequest> requests)
    {
        var writer = EnsureWriter();
        _checkpointer?.BetweenCommits(writer.Checkpoint);

        writer.Execute(requests);
        _checkpointer?.Committed();
    }

    private SqliteWriter EnsureWriter()
    {
        if (_writer is null)
        {
            _writer = new SqliteWriter(_connectionString, _options.Synchronous, autoCheckpoint: !_options.BackgroundCheckpoint, _options.WriterCacheMiB);
            if (_options.BackgroundCheckpoint)
            {
                _checkpointer = new SqliteCheckpointer(_connectionString, _options.CheckpointEveryCommits, _options.CheckpointRestartPages, _options.StartCheckpointThread);
            }
        }

        return _writer;
    }

    private T WithReader<T>(Func<SqliteReader, T> read)
    {
        if (!_readers.TryTake(out var reader))
        {
            reader = new SqliteReader(_connectionString, _options.MmapBytes);
        }

        try
        {
            var result = read(reader);
            _readers.Add(reader);
            return result;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();
}
