using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Teams.Configuration;

namespace SalesBot.Teams.Auth;

/// <summary>The two key sources: Bot Framework channel keys and (single-tenant bots) Entra keys. One per app.</summary>
public sealed class TeamsSigningKeys : IDisposable
{
    public const string HttpClientName = "SalesBot.Teams.OpenId";

    public TeamsSigningKeys(IOptions<TeamsOptions> options, IHttpClientFactory httpClients, TimeProvider time, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClients);
        ArgumentNullException.ThrowIfNull(loggers);
        var logger = loggers.CreateLogger<OpenIdKeySource>();
        BotFramework = new OpenIdKeySource(new Uri(options.Value.OpenIdMetadataUrl), httpClients.CreateClient(HttpClientName), time, logger);
        Entra = new OpenIdKeySource(new Uri(options.Value.EntraOpenIdMetadataUrl), httpClients.CreateClient(HttpClientName), time, logger);
    }

    public OpenIdKeySource BotFramework { get; }

    public OpenIdKeySource Entra { get; }

    public void Dispose()
    {
        BotFramework.Dispose();
        Entra.Dispose();
    }
}
