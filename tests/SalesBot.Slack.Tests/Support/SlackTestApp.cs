using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Slack.Api;
using SalesBot.Slack.Inbound;
using SalesBot.Slack.Installations;

namespace SalesBot.Slack.Tests.Support;

/// <summary>
/// A tiny ASP.NET Core app on Kestrel (127.0.0.1, port 0) with only <c>AddSlackChannel()</c>/<c>MapSlackChannel()</c>,
/// a recording sink, an in-memory installation store, a fake clock and recorded delays.
/// </summary>
public sealed class SlackTestApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SlackTestApp(WebApplication app, Uri address, RecordingSink sink, LogCapture logs, FakeTimeProvider time, RecordingDelay delay)
    {
        _app = app;
        Address = address;
        Sink = sink;
        Logs = logs;
        Time = time;
        Delay = delay;
        Client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public RecordingSink Sink { get; }

    public LogCapture Logs { get; }

    public FakeTimeProvider Time { get; }

    public RecordingDelay Delay { get; }

    public IServiceProvider Services => _app.Services;

    public InMemorySlackInstallationStore Installations => (InMemorySlackInstallationStore)Services.GetRequiredService<ISlackInstallationStore>();

    /// <summary>
    /// Settings for an HTTP-mode app with the test signing secret. With a <paramref name="fake"/>: a bot token and the fake's
    /// API (the app calls <c>auth.test</c> at start). Without: OAuth client settings only, so nothing calls out at start.
    /// </summary>
    public static Dictionary<string, string?> HttpSettings(FakeSlack? fake = null) => fake is null
        ? new()
        {
            ["Slack:SigningSecret"] = SlackRequests.Secret,
            ["Slack:ClientId"] = "1111.2222",
            ["Slack:ClientSecret"] = "test-client-secret-0123456789abcdef",
            ["Slack:ApiBaseUrl"] = "http://127.0.0.1:9/api/",
        }
        : new()
        {
            ["Slack:SigningSecret"] = SlackRequests.Secret,
            ["Slack:BotToken"] = "xoxb-test-bot-token-0001",
            ["Slack:ClientId"] = "1111.2222",
            ["Slack:ClientSecret"] = "test-client-secret-0123456789abcdef",
            ["Slack:ApiBaseUrl"] = fake.ApiBaseUrl.ToString(),
        };

    public static async Task<SlackTestApp> StartAsync(IDictionary<string, string?> settings, Action<IServiceCollection>? services = null, DateTimeOffset? now = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Configuration.AddInMemoryCollection(settings);
        var logs = new LogCapture();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(logs);

        var time = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var delay = new RecordingDelay(time);
        var sink = new RecordingSink();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton<ISlackDelay>(delay);
        builder.Services.AddSingleton<ISlackTurnSink>(sink);
        builder.Services.AddSingleton<ISlackInstallationStore, InMemorySlackInstallationStore>();
        builder.AddSlackChannel();
        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapSlackChannel();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SlackTestApp(app, new Uri(address.TrimEnd('/') + "/"), sink, logs, time, delay);
    }

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => Client.SendAsync(request);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
