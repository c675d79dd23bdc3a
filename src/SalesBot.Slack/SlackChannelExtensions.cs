using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Slack.Api;
using SalesBot.Slack.Configuration;
using SalesBot.Slack.Http;
using SalesBot.Slack.Inbound;
using SalesBot.Slack.Installations;
using SalesBot.Slack.Outbound;
using SalesBot.Slack.SocketMode;

namespace SalesBot.Slack;

/// <summary>
/// Registers and maps the Slack channel. The Host calls <c>builder.AddSlackChannel()</c> and <c>app.MapSlackChannel()</c>;
/// it replaces <see cref="ISlackTurnSink"/> (the pipeline adapter) and <see cref="ISlackInstallationStore"/> (its document
/// store) by registering its own before or after this call: defaults are only added when none is registered
/// (<c>TryAdd</c>), and later registrations win.
/// </summary>
public static class SlackChannelExtensions
{
    public static IHostApplicationBuilder AddSlackChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISlackDelay, TimeProviderDelay>();
        services.TryAddSingleton<ISlackInstallationStore, InMemorySlackInstallationStore>();
        services.TryAddSingleton<ISlackTurnSink, LoggingSlackTurnSink>();

        services.TryAddSingleton(sp => new SlackApiClient(
            CreateHttpClient(),
            sp.GetRequiredService<IOptions<SlackOptions>>(),
            sp.GetRequiredService<ISlackDelay>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<SlackApiClient>>()));
        services.TryAddSingleton<SlackBotIdentity>();
        services.TryAddSingleton<SlackTokenResolver>();
        services.TryAddSingleton<SlackMessenger>();
        services.TryAddSingleton<SlackOAuthStateService>();
        services.TryAddSingleton<SlackInboundQueue>();
        services.TryAddSingleton<SlackInboundHandler>();
        services.TryAddSingleton<SlackSocketModeService>();

        services.AddHostedService<SlackInboundDispatcher>();
        services.AddHostedService<SlackBotIdentityService>();
        services.AddHostedService(sp => sp.GetRequiredService<SlackSocketModeService>());
        return builder;
    }

    /// <summary>
    /// Maps <c>POST /slack/events</c>, <c>/slack/commands</c>, <c>/slack/interactions</c> and <c>GET /slack/install</c>,
    /// <c>/slack/oauth/callback</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapSlackChannel(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        SlackEndpoints.Map(endpoints);
        SlackOAuthEndpoints.Map(endpoints);
        return endpoints;
    }

    private static HttpClient CreateHttpClient() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(10),
    })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };
}
