using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SalesBot.Core.Conversations;
using SalesBot.Core.Messaging;
using SalesBot.Core.Storage;
using SalesBot.Host.Channels.Pipeline;
using SalesBot.Host.Conversations;
using SalesBot.Host.Storage;

namespace SalesBot.Host.Tests.Support;

/// <summary>
/// One SalesBot instance without HTTP: the real conversation engine, SQLite store and turn pipeline, wired by the host's
/// own registration methods, with a <see cref="FakeMessenger"/> for channel <c>test</c>. Two hosts on one database file
/// are two instances sharing a store.
/// </summary>
public sealed class PipelineHost : IAsyncDisposable
{
    private readonly IHost _host;

    private PipelineHost(IHost host, FakeMessenger messenger, string databasePath)
    {
        _host = host;
        Messenger = messenger;
        DatabasePath = databasePath;
    }

    public FakeMessenger Messenger { get; }

    public string DatabasePath { get; }

    public IServiceProvider Services => _host.Services;

    public ITurnPipeline Pipeline => Services.GetRequiredService<ITurnPipeline>();

    public IProactiveSender Proactive => Services.GetRequiredService<IProactiveSender>();

    public IConversationStore Store => Services.GetRequiredService<IConversationStore>();

    public IConversationReferenceStore Roster => Services.GetRequiredService<IConversationReferenceStore>();

    public IUserLocks Locks => Services.GetRequiredService<IUserLocks>();

    public static UserKey User(string id) => new(FakeMessenger.TestChannel, "t1", id);

    public static ConversationReference Reference(string id, string serviceUrl = "https://smba.example/amer/") => new()
    {
        Channel = FakeMessenger.TestChannel,
        TenantId = "t1",
        ChannelUserId = "29:" + id,
        ConversationId = "a:" + id,
        BotId = "28:bot",
        ServiceUrl = serviceUrl,
    };

    public static InboundTurn Turn(string user, string? text, string? messageId = null) => new()
    {
        User = User(user),
        Reference = Reference(user),
        UserName = user,
        Text = text,
        MessageId = messageId,
    };

    /// <summary>Starts an instance. <paramref name="configure"/> can replace services (e.g. decorate the store).</summary>
    public static async Task<PipelineHost> StartAsync(
        string? databasePath = null,
        FakeMessenger? messenger = null,
        Action<IServiceCollection>? configure = null,
        IDictionary<string, string?>? settings = null)
    {
        databasePath ??= SalesBotFactory.TempDatabase();
        messenger ??= new FakeMessenger();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = "Testing",
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Storage:Sqlite:Path"] = databasePath,
            ["Roles:Managers:0"] = $"{FakeMessenger.TestChannel}:manager",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddSalesBotConversations();
        builder.AddStorage();
        builder.AddTurnPipeline();
        builder.Services.AddSingleton<IChannelMessenger>(messenger);
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new PipelineHost(host, messenger, databasePath);
    }

    public Task StopAsync(CancellationToken cancellationToken = default) => _host.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
