namespace SalesBot.Host.Storage;

/// <summary>The store behind SalesBot (<c>Storage:Provider</c>).</summary>
internal enum StorageProvider
{
    /// <summary>Not a known provider name (a configuration error).</summary>
    Unknown,

    /// <summary>The embedded SQLite file (the default).</summary>
    Sqlite,

    /// <summary>Azure Cosmos DB (NoSQL API) through the Microsoft.Azure.Cosmos SDK.</summary>
    Cosmos,
}
