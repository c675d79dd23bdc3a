using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SalesBot.Teams.Auth;
using SalesBot.Teams.Configuration;
using SalesBot.Teams.Connector;
using SalesBot.Teams.Pipeline;

namespace SalesBot.Teams.Hosting;

/// <summary>Registers the Teams channel (<c>AddTeamsChannel</c>) and maps its endpoint (<c>MapTeamsChannel</c>).</summary>
public static class TeamsChannelExtensions
{
    public const string DefaultPattern = "/api/messages";

    /// <summary>
    /// Options (section <c>Teams</c> + aliases, validated at start), token validation, the bot token and Connector
    /// clients, and the pipeline plumbing: <see cref="TeamsTurnSink"/> (activities → <see cref="ITurnPipeline"/>, which the
    /// host registers) and <see cref="TeamsMessenger"/> (the <see cref="IChannelMessenger"/> for <c>teams</c>).
    /// </summary>
    public static IHostApplicationBuilder AddTeamsChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<TeamsOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<TeamsOptions>, TeamsOptionsSetup>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // No redirects: a token must never follow a 3xx to another host.
        services.AddHttpClient(TeamsSigningKeys.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15))
            .ConfigurePrimaryHttpMessageHandler(NoRedirects);
        services.AddHttpClient(BotTokenProvider.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15))
            .ConfigurePrimaryHttpMessageHandler(NoRedirects);
        services.AddHttpClient(ConnectorClient.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(NoRedirects);

        services.TryAddSingleton<TeamsSigningKeys>();
        services.TryAddSingleton<ChannelTokenValidator>();
        services.TryAddSingleton<ServiceUrlPolicy>();
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TeamsOptions>>().Value;
            return new ConnectorPacer(sp.GetRequiredService<TimeProvider>(), options.MessagesPerConversationPerSecond, options.RequestsPerTenantPerSecond);
        });
        services.TryAddSingleton<BotTokenProvider>();
        services.TryAddSingleton<ConnectorClient>();
        services.TryAddSingleton<TeamsSender>();

        // Plugged into the turn pipeline (ITurnPipeline, registered by the host): activities in, replies out.
        services.TryAddSingleton<TeamsCardMemory>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChannelMessenger, TeamsMessenger>());
        services.TryAddSingleton<ITeamsTurnSink, TeamsTurnSink>();
        services.TryAddSingleton<TeamsEndpoint>();
        return builder;
    }

    /// <summary>Maps <c>POST /api/messages</c> (or <paramref name="pattern"/>) to the Teams endpoint.</summary>
    public static IEndpointConventionBuilder MapTeamsChannel(this IEndpointRouteBuilder endpoints, string pattern = DefaultPattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(pattern, (HttpContext context, TeamsEndpoint endpoint, ITeamsTurnSink sink) => endpoint.HandleAsync(context, sink))
            .WithName("TeamsMessages");
    }

    private static SocketsHttpHandler NoRedirects() => new()
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };
}
