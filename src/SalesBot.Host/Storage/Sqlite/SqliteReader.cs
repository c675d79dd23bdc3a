using Microsoft.Data.Sqlite;

namespace SalesBot.Host.Storage.Sqlite;

/// <summary>
/// One open read connection with its statements prepared once (point read, query by type, whole partition). Pooled by
/// <see cref="SqliteDocumentStore"/>: a read borrows one, so statements are compiled once per connection rather than
/// once per read. Not thread-safe; used by one caller at a time.
/// </summary>
internal sealed class SqliteReader : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _read;
    private readonly SqliteCommand _queryByType;
    private readonly SqliteCommand _queryPartition;

    public SqliteReader(string connectionString, long mmapBytes)
    {
        _connection = new SqliteConnection(connectionString);
        try
        {
            _connection.Open();
            if (mmapBytes > 0)
            {
                using var pragma = _connection.CreateCommand();
                pragma.CommandText = FormattableString.Invariant($"PRAGMA mmap_size = {mmapBytes}");
                pragma.ExecuteNonQuery();
            }

            _read = Prepare(SqliteSql.Read, "$pk", "$id", "$now");
            _queryByType = Prepare(SqliteSql.QueryByType, "$pk", "$type", "$now");
            _queryPartition = Prepare(SqliteSql.QueryPartition, "$pk", "$now");
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    public StoredDocument? Read(string partitionKey, string id, long now)
    {
        _read.Parameters[0].Value = partitionKey;
        _read.Parameters[1].Value = id;
        _read.Parameters[2].Value = now;
        using var reader = _read.ExecuteReader();
        return reader.Read() ? Map(reader) : null;
    }

    public List<StoredDocument> Query(string partitionKey, string type, long now)
    {
        _queryByType.Parameters[0].Value = partitionKey;
        _queryByType.Parameters[1].Value = type;
        _queryByType.Parameters[2].Value = now;
        return ReadAll(_queryByType);
    }

    public List<StoredDocument> QueryPartition(string partitionKey, long now)
    {
        _queryPartition.Parameters[0].Value = partitionKey;
        _queryPartition.Parameters[1].Value = now;
        return ReadAll(_queryPartition);
    }

    public void Dispose()
    {
        _read.Dispose();
        _queryByType.Dispose();
        _queryPartition.Dispose();
        _connection.Dispose();
    }

    public static StoredDocument Map(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)));

    private static List<StoredDocument> ReadAll(SqliteCommand command)
    {
        var results = new List<StoredDocument>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            results.Add(Map(reader));
        }

        return results;
    }

    private SqliteCommand Prepare(string sql, params string[] parameters) => SqliteSql.Prepare(_connection, sql, parameters);
}
