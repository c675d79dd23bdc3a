using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using SalesBot.Core.Messaging;
using SalesBot.Core.Rhythm;
using SalesBot.Host.Channels.Pipeline;
using SalesBot.Host.Conversations;
using SalesBot.Host.Scheduling;
using SalesBot.Host.Storage;

namespace SalesBot.Host.Tests.Support;

/// <summary>
/// One SalesBot instance with the scheduling runtime (Quartz on a <see cref="FakeTimeProvider"/>), the real conversation
/// engine, store and pipeline, and a <see cref="FakeMessenger"/> for channel <c>test</c>. Two hosts on one database file
/// (or one Cosmos database) are two instances sharing a store. <see cref="Kill"/> makes it a crashed instance: it can no
/// longer write to the store or reach the channel, and is disposed without a graceful stop.
/// </summary>
public sealed class RhythmHost : IAsyncDisposable
{
    public const string Tenant = "t1";

    private readonly IHost _host;
    private readonly SwitchableDocuments _switch;
    private readonly TaskCompletionSource _killed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _disposed;

    private readonly List<Send> _sends = [];

    private RhythmHost(IHost host, FakeMessenger messenger, SwitchableDocuments documents, FakeTimeProvider time)
    {
        _host = host;
        Messenger = messenger;
        _switch = documents;
        Time = time;
        messenger.OnSend = (reference, messages) =>
        {
            lock (_sends)
            {
                _sends.AddRange(messages.Select(m => new Send(reference.ChannelUserId, time.GetUtcNow(), m)));
            }

            return Task.CompletedTask;
        };
    }

    /// <summary>Every message this instance's channel delivered, with the fake time it was sent at.</summary>
    public IReadOnlyList<Send> Sends
    {
        get
        {
            lock (_sends)
            {
                return [.. _sends];
            }
        }
    }

    public FakeMessenger Messenger { get; }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _host.Services;

    public ITurnPipeline Pipeline => Services.GetRequiredService<ITurnPipeline>();

    internal OccurrenceDispatcher Dispatcher => Services.GetRequiredService<OccurrenceDispatcher>();

    internal DeliveryLedger Ledger => Services.GetRequiredService<DeliveryLedger>();

    internal DueIndex Due => Services.GetRequiredService<DueIndex>();

    public IRhythmStore Rhythm => Services.GetRequiredService<IRhythmStore>();

    public static UserKey User(string id) => new(FakeMessenger.TestChannel, Tenant, id);

    public static string Person(string id) => User(id).ToString();

    public static string TenantKey => User("x").TenantKey;

    public static async Task<RhythmHost> StartAsync(
        FakeTimeProvider time,
        string? databasePath = null,
        IDictionary<string, string?>? settings = null,
        FakeMessenger? messenger = null,
        bool scheduling = true,
        Action<IServiceCollection>? configure = null)
    {
        messenger ??= new FakeMessenger();
        var documents = new SwitchableDocuments();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = "Testing",
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = true,
        });
        var values = new Dictionary<string, string?>
        {
            ["Storage:Sqlite:Path"] = databasePath ?? SalesBotFactory.TempDatabase(),
            ["Roles:Managers:0"] = $"{FakeMessenger.TestChannel}:manager",
            ["Scheduling:Enabled"] = scheduling ? "true" : "false",
            ["Scheduling:Pacing:test:PerTenantPerSecond"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(values);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.AddSalesBotConversations();
        builder.AddStorage();
        builder.AddTurnPipeline();
        builder.Services.AddSingleton<IChannelMessenger>(messenger);
        builder.AddScheduling();
        builder.Services.Replace(ServiceDescriptor.Singleton<IDocumentStore>(sp => documents.Wrap(StorageChoice(sp))));
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new RhythmHost(host, messenger, documents, time);
    }

    public async Task<IScheduler> SchedulerAsync() => await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    /// <summary>A chat turn from a user (replies come back in the result, as the local channel does).</summary>
    public Task<TurnResult> SayAsync(string user, string text, string? timeZone = null, string? name = null) =>
        Pipeline.ProcessAsync(new InboundTurn
        {
            User = User(user),
            Reference = Reference(user, timeZone),
            UserName = name ?? char.ToUpperInvariant(user[0]) + user[1..],
            Text = text,
        }, TurnDelivery.Caller, CancellationToken.None);

    /// <summary>A button press.</summary>
    public Task<TurnResult> PressAsync(string user, MessageAction action, IReadOnlyDictionary<string, string>? inputs = null) =>
        Pipeline.ProcessAsync(new InboundTurn
        {
            User = User(user),
            Reference = Reference(user, null),
            UserName = char.ToUpperInvariant(user[0]) + user[1..],
            Action = new ActionInvocation(action.Id, inputs is null ? action.Data : action.Data.Concat(inputs).ToDictionary(p => p.Key, p => p.Value)),
        }, TurnDelivery.Caller, CancellationToken.None);

    public static ConversationReference Reference(string user, string? timeZone) => new()
    {
        Channel = FakeMessenger.TestChannel,
        TenantId = Tenant,
        ChannelUserId = user,
        ConversationId = "dm-" + user,
        TimeZone = timeZone,
    };

    /// <summary>Crashes the instance: from now on it can't write to the store or deliver anything.</summary>
    public void Kill()
    {
        _switch.FailWrites = true;
        _killed.TrySetResult();
        Messenger.Hold = (_, _) => Task.Delay(Timeout.Infinite);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_killed.Task.IsCompleted)
        {
            await _host.StopAsync();
        }

        _host.Dispose();
    }

    private static IDocumentStore StorageChoice(IServiceProvider services)
    {
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<StorageOptions>>();
        return StorageStartupCheck.Validated(options).ProviderKind == StorageProvider.Cosmos
            ? services.GetRequiredService<SalesBot.Host.Storage.Cosmos.CosmosDocumentStore>()
            : services.GetRequiredService<SalesBot.Host.Storage.Sqlite.SqliteDocumentStore>();
    }
}
