using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Core.Content;
using SalesBot.Core.Messaging;
using SalesBot.Core.Storage;
using SalesBot.Slack.Api;
using SalesBot.Slack.Configuration;
using SalesBot.Slack.Http;
using SalesBot.Slack.Inbound;
using SalesBot.Slack.Installations;
using SalesBot.Slack.Outbound;
using SalesBot.Slack.Pipeline;
using SalesBot.Slack.SocketMode;

namespace SalesBot.Slack;

/// <summary>
/// Registers and maps the Slack channel. The Host calls <c>builder.AddSlackChannel()</c> and <c>app.MapSlackChannel()</c>.
/// When the turn pipeline is registered (<see cref="ITurnPipeline"/>), Slack is wired into it: the
/// <see cref="SlackPipelineSink"/> takes verified requests and <see cref="SlackChannelMessenger"/> (channel <c>slack</c>)
/// delivers the replies; otherwise requests are only logged. The Host replaces <see cref="ISlackInstallationStore"/> and
/// <see cref="ISlackOAuthStateStore"/> with its document store by registering its own before or after this call:
/// defaults are only added when none is registered (<c>TryAdd</c>), and later registrations win.
/// </summary>
public static class SlackChannelExtensions
{
    public static IHostApplicationBuilder AddSlackChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISlackDelay, TimeProviderDelay>();
        services.TryAddSingleton<ISlackInstallationStore, InMemorySlackInstallationStore>();
        services.TryAddSingleton<ISlackOAuthStateStore, InMemorySlackOAuthStateStore>();
        services.TryAddSingleton<ISlackTurnSink>(sp => sp.GetService<ITurnPipeline>() is { } pipeline
            ? PipelineSink(sp, pipeline)
            : ActivatorUtilities.CreateInstance<LoggingSlackTurnSink>(sp));

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
        services.TryAddSingleton<SlackUserDirectory>();
        services.TryAddSingleton<SlackPressedMessages>();
        services.TryAddSingleton<SlackHomePublisher>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChannelMessenger, SlackChannelMessenger>(sp => new SlackChannelMessenger(
            sp.GetRequiredService<SlackMessenger>(),
            sp.GetRequiredService<SlackTokenResolver>(),
            sp.GetRequiredService<SlackPressedMessages>(),
            HomeOf(sp),
            sp.GetRequiredService<ILogger<SlackChannelMessenger>>())));

        // First: a half-filled section stops the start before any Slack service runs.
        services.AddHostedService<SlackStartupCheck>();
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

    /// <summary>The App Home publisher when the host has a conversation store and a content catalog to read from.</summary>
    /// <summary>The sink that hands Slack's turns to <paramref name="pipeline"/>, with App Home publishing and the roster when the host has them.</summary>
    internal static SlackPipelineSink PipelineSink(IServiceProvider sp, ITurnPipeline pipeline) => new(
        pipeline,
        sp.GetRequiredService<SlackUserDirectory>(),
        sp.GetRequiredService<SlackPressedMessages>(),
        sp.GetRequiredService<SlackMessenger>(),
        sp.GetRequiredService<ISlackDelay>(),
        sp.GetRequiredService<TimeProvider>(),
        sp.GetServices<ISlackModalHandler>(),
        sp.GetServices<ISlackSubcommand>(),
        sp.GetRequiredService<ILogger<SlackPipelineSink>>(),
        HomeOf(sp),
        sp.GetService<IConversationReferenceStore>());

    private static SlackHomePublisher? HomeOf(IServiceProvider services) =>
        services.GetService<IConversationStore>() is not null && services.GetService<ContentCatalog>() is not null && services.GetService<IUserLocks>() is not null
            ? services.GetRequiredService<SlackHomePublisher>()
            : null;

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
