namespace SalesBot.Host.Tests.Budget;

/// <summary>The round-trip budget on the embedded SQLite store.</summary>
public sealed class SqliteTurnBudgetTests : TurnBudgetContract
{
    protected override Dictionary<string, string?> StoreSettings() => [];
}
