using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Teams.Connector;
using SalesBot.Teams.Hosting;
using SalesBot.Teams.Pipeline;
using SalesBot.Teams.Tests.Support;

namespace SalesBot.Teams.Tests.Connector;

/// <summary>The Teams outbound services as AddTeamsChannel registers them, on a fake clock, pointed at the fake connector.</summary>
internal sealed class ConnectorHost : IDisposable
{
    private readonly IHost _host;

    public ConnectorHost(FakeConnector fake, string environment = "Testing", Action<Dictionary<string, string?>>? configure = null)
    {
        var settings = TeamsTestHost.SettingsFor(fake);
        configure?.Invoke(settings);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs);
        builder.AddTeamsChannel();
        builder.Services.AddSingleton<TimeProvider>(Time);
        _host = builder.Build();
        Client = _host.Services.GetRequiredService<ConnectorClient>();
        Client.Jitter = () => 0.5; // ±0 %: delays are exactly 1 s, 2 s, 4 s …
        Sender = _host.Services.GetRequiredService<TeamsSender>();
        Tokens = _host.Services.GetRequiredService<BotTokenProvider>();
        Messenger = _host.Services.GetServices<IChannelMessenger>().OfType<TeamsMessenger>().Single();
        Cards = _host.Services.GetRequiredService<TeamsCardMemory>();
    }

    public FakeTimeProvider Time { get; } = new(TimeProvider.System.GetUtcNow());

    public CapturedLogs Logs { get; } = new();

    public ConnectorClient Client { get; }

    public TeamsSender Sender { get; }

    public BotTokenProvider Tokens { get; }

    /// <summary>The pipeline's messenger for Teams, as AddTeamsChannel registers it.</summary>
    public TeamsMessenger Messenger { get; }

    public TeamsCardMemory Cards { get; }

    /// <summary>Runs a call, advancing the fake clock by each retry's delay as soon as it is scheduled; returns the delays.</summary>
    public async Task<(T Result, List<ConnectorRetry> Retries)> RunAsync<T>(Func<Task<T>> call)
    {
        var retries = new List<ConnectorRetry>();
        void OnRetry(ConnectorRetry retry)
        {
            retries.Add(retry);
            Time.Advance(retry.Delay);
        }

        Client.RetryScheduled += OnRetry;
        try
        {
            return (await call(), retries);
        }
        finally
        {
            Client.RetryScheduled -= OnRetry;
        }
    }

    public void Dispose() => _host.Dispose();
}
