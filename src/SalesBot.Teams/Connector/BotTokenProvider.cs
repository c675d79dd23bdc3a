using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Teams.Activities;
using SalesBot.Teams.Configuration;

namespace SalesBot.Teams.Connector;

/// <summary>
/// The bot's outbound token: an OAuth2 client-credentials grant (scope <c>https://api.botframework.com/.default</c>) at
/// <c>Teams:TokenEndpoint</c> (default: the tenant's, or <c>botframework.com</c> for a multi-tenant bot). A thin request of
/// its own rather than MSAL, because MSAL refuses the plain-http loopback endpoints tests use. Cached until 5 minutes
/// before expiry; concurrent callers share one request.
/// </summary>
public sealed partial class BotTokenProvider : IDisposable
{
    public const string HttpClientName = "SalesBot.Teams.Token";
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly IHttpClientFactory _httpClients;
    private readonly TeamsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<BotTokenProvider> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile CachedToken? _cached;

    public BotTokenProvider(IHttpClientFactory httpClients, IOptions<TeamsOptions> options, TimeProvider time, ILogger<BotTokenProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _httpClients = httpClients;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>How many token requests were made (diagnostics and tests).</summary>
    public int Requests { get; private set; }

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } cached && _time.GetUtcNow() < cached.RefreshAt)
        {
            return cached.Value;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } fresh && _time.GetUtcNow() < fresh.RefreshAt)
            {
                return fresh.Value;
            }

            var token = await RequestAsync(cancellationToken);
            _cached = token;
            return token.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Drops the cached token if it is the one given (the Connector answered 401 to it).</summary>
    public void Invalidate(string token)
    {
        if (_cached is { } cached && string.Equals(cached.Value, token, StringComparison.Ordinal))
        {
            _cached = null;
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<CachedToken> RequestAsync(CancellationToken cancellationToken)
    {
        if (!_options.IsConfigured || string.IsNullOrEmpty(_options.AppPassword))
        {
            throw new BotTokenException("Teams:AppId and Teams:AppPassword are required to send to Teams.");
        }

        var endpoint = new Uri(_options.EffectiveTokenEndpoint);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new FormUrlEncodedContent(
            [
                new("grant_type", "client_credentials"),
                new("client_id", _options.AppId!),
                new("client_secret", _options.AppPassword),
                new("scope", TeamsOptions.BotFrameworkScope),
            ]),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        Requests++;
        var started = _time.GetUtcNow();
        HttpResponseMessage response;
        try
        {
            response = await _httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            LogTokenFailed(_logger, endpoint, 0, "network");
            throw new BotTokenException($"The token endpoint {endpoint.GetLeftPart(UriPartial.Path)} could not be reached.", ex);
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var code = ErrorCode(body);
                LogTokenFailed(_logger, endpoint, (int)response.StatusCode, code);
                throw new BotTokenException($"The token endpoint answered {(int)response.StatusCode} ({code}).");
            }

            TokenResponse? token;
            try
            {
                token = JsonSerializer.Deserialize(body, TeamsJsonContext.Default.TokenResponse);
            }
            catch (JsonException ex)
            {
                throw new BotTokenException("The token endpoint's answer is not valid JSON.", ex);
            }

            if (string.IsNullOrEmpty(token?.AccessToken) || token.ExpiresIn <= 0)
            {
                throw new BotTokenException("The token endpoint's answer has no access_token or expires_in.");
            }

            var lifetime = TimeSpan.FromSeconds(token.ExpiresIn);
            var margin = lifetime > RefreshMargin * 2 ? RefreshMargin : lifetime / 2;
            LogTokenAcquired(_logger, endpoint, token.ExpiresIn);
            return new CachedToken(token.AccessToken, started + lifetime - margin);
        }
    }

    private static string ErrorCode(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String
                ? error.GetString()![..Math.Min(error.GetString()!.Length, 64)]
                : "no error code";
        }
        catch (JsonException)
        {
            return "no error code";
        }
    }

    [LoggerMessage(EventId = 310, Level = LogLevel.Debug, Message = "Bot token acquired from {Endpoint}, valid {ExpiresIn} s")]
    private static partial void LogTokenAcquired(ILogger logger, Uri endpoint, int expiresIn);

    [LoggerMessage(EventId = 311, Level = LogLevel.Error, Message = "Bot token request to {Endpoint} failed: {Status} {Code}")]
    private static partial void LogTokenFailed(ILogger logger, Uri endpoint, int status, string code);

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt);
}
