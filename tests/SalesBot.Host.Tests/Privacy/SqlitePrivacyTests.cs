namespace SalesBot.Host.Tests.Privacy;

/// <summary>Forget me and the admin endpoints on the embedded SQLite store.</summary>
public sealed class SqlitePrivacyTests : PrivacyContract
{
    protected override Dictionary<string, string?> StoreSettings() => [];
}
