using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SalesBot.Teams.Hosting;

namespace SalesBot.Teams.Tests.Support;

/// <summary>A tiny ASP.NET Core app on Kestrel (127.0.0.1, port 0) with only the Teams channel, as the host will wire it.</summary>
internal sealed class TeamsTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TeamsTestHost(WebApplication app, RecordingSink sink, CapturedLogs logs, string url)
    {
        _app = app;
        Sink = sink;
        Logs = logs;
        Url = url;
    }

    public RecordingSink Sink { get; }

    public CapturedLogs Logs { get; }

    /// <summary>The messaging endpoint, e.g. http://127.0.0.1:41234/api/messages.</summary>
    public string Url { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Settings for a bot pointed at the fake connector (multi-tenant unless a tenant is given).</summary>
    public static Dictionary<string, string?> SettingsFor(FakeConnector fake, string? tenantId = null) => new()
    {
        ["Teams:AppId"] = FakeConnector.AppId,
        ["Teams:AppPassword"] = FakeConnector.AppPassword,
        ["Teams:TenantId"] = tenantId,
        ["Teams:OpenIdMetadataUrl"] = fake.OpenIdMetadataUrl,
        ["Teams:EntraOpenIdMetadataUrl"] = fake.EntraOpenIdMetadataUrl,
        ["Teams:TokenEndpoint"] = fake.TokenEndpoint(tenantId ?? "botframework.com"),
    };

    public static WebApplicationBuilder CreateBuilder(IDictionary<string, string?> settings, string environment, CapturedLogs logs)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ApplicationName = typeof(TeamsTestHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(logs);
        builder.AddTeamsChannel();
        return builder;
    }

    public static async Task<TeamsTestHost> StartAsync(IDictionary<string, string?> settings, string environment = "Testing", Action<IServiceCollection>? services = null)
    {
        var logs = new CapturedLogs();
        var sink = new RecordingSink();
        var builder = CreateBuilder(settings, environment, logs);
        builder.Services.Replace(ServiceDescriptor.Singleton<ITeamsTurnSink>(sink));
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapTeamsChannel();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TeamsTestHost(app, sink, logs, $"{address}/api/messages");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
