namespace SalesBot.Host.Tests.Support;

/// <summary>Tests over one bot on Kestrel with its own SQLite file, talked to through the local chat's HTTP API.</summary>
public abstract class LocalChatTest : IAsyncLifetime
{
    /// <summary>A strong answer to the price objection (acknowledges, asks, gives evidence, proposes a next step).</summary>
    public const string StrongPriceAnswer =
        "That's a fair challenge, and with a 12% cost target I'd ask the same. Compared to what: the licence of your current tool, " +
        "or what the invoice errors cost you? Helix Freight paid back the difference in five months by cutting billing errors 30%. " +
        "Can we take 30 minutes on Thursday at 10 to build the business case with your numbers?";

    protected SalesBotFactory Factory { get; } = new();

    protected LocalClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Client = new LocalClient(Factory.CreateClient());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
