using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Slack.Configuration;
using SalesBot.Slack.Json;

namespace SalesBot.Slack.Api;

/// <summary>
/// Slack's Web API over one <see cref="HttpClient"/>. Every call is a POST to <c>{ApiBaseUrl}{method}</c> with a bearer token:
/// JSON (<c>application/json; charset=utf-8</c>) for methods that accept it, a form where Slack requires one
/// (<c>users.info</c>, <c>oauth.v2.access</c>). <c>ok:false</c> becomes a <see cref="SlackApiException"/> with the error code;
/// a 429 pauses that token+method for <c>Retry-After</c> and retries (up to <c>Slack:MaxRateLimitRetries</c>);
/// <c>chat.postMessage</c> is paced per channel. Tokens are never logged (logs name the method and a token fingerprint).
/// </summary>
public sealed partial class SlackApiClient
{
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(10);
    private static readonly MediaTypeHeaderValue JsonUtf8 = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly SlackRateGate _gate;
    private readonly SlackChannelPacer _pacer;
    private readonly TimeProvider _time;
    private readonly ILogger<SlackApiClient> _logger;
    private readonly int _maxRetries;

    internal SlackApiClient(HttpClient http, IOptions<SlackOptions> options, ISlackDelay delay, TimeProvider time, ILogger<SlackApiClient> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _time = time;
        _logger = logger;
        _maxRetries = options.Value.MaxRateLimitRetries;
        _gate = new SlackRateGate(time, delay);
        _pacer = new SlackChannelPacer(time, delay, options.Value.ChannelBurst);
        var baseUrl = options.Value.ApiBaseUrl.ToString();
        _http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
    }

    public Uri BaseAddress => _http.BaseAddress!;

    public async Task<ChatMessageResponse> PostMessageAsync(string token, ChatPostMessageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await _pacer.WaitAsync(Fingerprint(token) + ":" + request.Channel, cancellationToken);
        return await CallJsonAsync("chat.postMessage", token, request, SlackJsonContext.Default.ChatPostMessageRequest, SlackJsonContext.Default.ChatMessageResponse, cancellationToken);
    }

    public Task<ChatMessageResponse> PostEphemeralAsync(string token, ChatPostEphemeralRequest request, CancellationToken cancellationToken) =>
        CallJsonAsync("chat.postEphemeral", token, request, SlackJsonContext.Default.ChatPostEphemeralRequest, SlackJsonContext.Default.ChatMessageResponse, cancellationToken);

    public Task<ChatMessageResponse> UpdateMessageAsync(string token, ChatUpdateRequest request, CancellationToken cancellationToken) =>
        CallJsonAsync("chat.update", token, request, SlackJsonContext.Default.ChatUpdateRequest, SlackJsonContext.Default.ChatMessageResponse, cancellationToken);

    public Task<ChatMessageResponse> RetireMessageAsync(string token, ChatRetireRequest request, CancellationToken cancellationToken) =>
        CallJsonAsync("chat.update", token, request, SlackJsonContext.Default.ChatRetireRequest, SlackJsonContext.Default.ChatMessageResponse, cancellationToken);

    /// <summary>The bot's DM channel with a user (<c>D…</c>), opening it if needed.</summary>
    public async Task<string> OpenDirectMessageAsync(string token, string userId, CancellationToken cancellationToken)
    {
        var response = await CallJsonAsync("conversations.open", token, new ConversationsOpenRequest(userId), SlackJsonContext.Default.ConversationsOpenRequest, SlackJsonContext.Default.ConversationsOpenResponse, cancellationToken);
        return response.Channel?.Id ?? throw new SlackApiException("conversations.open", "invalid_response");
    }

    public Task<ViewResponse> OpenViewAsync(string token, ViewsOpenRequest request, CancellationToken cancellationToken) =>
        CallJsonAsync("views.open", token, request, SlackJsonContext.Default.ViewsOpenRequest, SlackJsonContext.Default.ViewResponse, cancellationToken);

    public Task<ViewResponse> PublishViewAsync(string token, ViewsPublishRequest request, CancellationToken cancellationToken) =>
        CallJsonAsync("views.publish", token, request, SlackJsonContext.Default.ViewsPublishRequest, SlackJsonContext.Default.ViewResponse, cancellationToken);

    /// <summary><c>users.info</c> (form-encoded: the method takes no JSON). The user's <see cref="SlackUser.Tz"/> is an IANA zone.</summary>
    public async Task<SlackUser> GetUserAsync(string token, string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var response = await SendAsync("users.info", Bearer(token), () => new FormUrlEncodedContent([new("user", userId), new("include_locale", "true")]), SlackJsonContext.Default.UsersInfoResponse, cancellationToken);
        return response.User ?? throw new SlackApiException("users.info", "invalid_response");
    }

    public Task<AuthTestResponse> AuthTestAsync(string token, CancellationToken cancellationToken) =>
        SendAsync("auth.test", Bearer(token), static () => null, SlackJsonContext.Default.AuthTestResponse, cancellationToken);

    /// <summary>
    /// Exchanges an install's <paramref name="code"/> for a bot token: form-encoded, client id and secret in HTTP Basic auth
    /// (as Slack recommends).
    /// </summary>
    public Task<OAuthV2AccessResponse> OAuthV2AccessAsync(string clientId, string clientSecret, string code, Uri? redirectUri, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        ArgumentException.ThrowIfNullOrEmpty(clientSecret);
        ArgumentException.ThrowIfNullOrEmpty(code);
        var basic = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(clientId + ":" + clientSecret)));
        return SendAsync(
            "oauth.v2.access",
            basic,
            () =>
            {
                var fields = new List<KeyValuePair<string, string>> { new("code", code) };
                if (redirectUri is not null)
                {
                    fields.Add(new("redirect_uri", redirectUri.ToString()));
                }

                return new FormUrlEncodedContent(fields);
            },
            SlackJsonContext.Default.OAuthV2AccessResponse,
            cancellationToken);
    }

    /// <summary>A fresh one-shot Socket Mode URL, authorised by the app-level token (<c>xapp-…</c>) in the header.</summary>
    public async Task<Uri> OpenSocketModeConnectionAsync(string appToken, CancellationToken cancellationToken)
    {
        var response = await SendAsync("apps.connections.open", Bearer(appToken), static () => null, SlackJsonContext.Default.AppsConnectionsOpenResponse, cancellationToken);
        return Uri.TryCreate(response.Url, UriKind.Absolute, out var url) && url.Scheme is "wss" or "ws"
            ? url
            : throw new SlackApiException("apps.connections.open", "invalid_response");
    }

    /// <summary>
    /// Posts to a <c>response_url</c> (no token: the URL is the credential). Only https URLs, or http on loopback for tests,
    /// are accepted, so a forged payload can't point SalesBot elsewhere.
    /// </summary>
    public async Task RespondAsync(Uri responseUrl, SlackResponseUrlMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        ArgumentNullException.ThrowIfNull(message);
        if (!IsAllowedResponseUrl(responseUrl))
        {
            throw new SlackApiException("response_url", "invalid_response_url");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, responseUrl) { Content = JsonContent.Create(message, SlackJsonContext.Default.SlackResponseUrlMessage, JsonUtf8) };
        using var response = await _http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            LogFailed(_logger, "response_url", $"http_{(int)response.StatusCode}");
            throw new SlackApiException("response_url", body is { Length: > 0 and < 64 } ? body : $"http_{(int)response.StatusCode}");
        }

        if (body.StartsWith('{'))
        {
            var parsed = JsonSerializer.Deserialize(body, SlackJsonContext.Default.SlackOkResponse);
            if (parsed is { Ok: false })
            {
                throw new SlackApiException("response_url", parsed.Error ?? "unknown_error");
            }
        }
    }

    internal static bool IsAllowedResponseUrl(Uri url) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback));

    /// <summary>A short, irreversible token fingerprint for rate-limit keys and logs.</summary>
    internal static string Fingerprint(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)).AsSpan(0, 6));

    private static AuthenticationHeaderValue Bearer(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        return new AuthenticationHeaderValue("Bearer", token);
    }

    private Task<TResponse> CallJsonAsync<TRequest, TResponse>(string method, string token, TRequest body, JsonTypeInfo<TRequest> requestInfo, JsonTypeInfo<TResponse> responseInfo, CancellationToken cancellationToken)
        where TResponse : SlackApiResponse
    {
        ArgumentNullException.ThrowIfNull(body);
        return SendAsync(method, Bearer(token), () => JsonContent.Create(body, requestInfo, JsonUtf8), responseInfo, cancellationToken);
    }

    private async Task<TResponse> SendAsync<TResponse>(string method, AuthenticationHeaderValue auth, Func<HttpContent?> content, JsonTypeInfo<TResponse> responseInfo, CancellationToken cancellationToken)
        where TResponse : SlackApiResponse
    {
        var key = Fingerprint(auth.Parameter ?? "") + ":" + method;
        for (var attempt = 0; ; attempt++)
        {
            await _gate.WaitAsync(key, cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = content() };
            request.Headers.Authorization = auth;
            using var response = await SendRawAsync(method, request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var retryAfter = RetryAfterOf(response);
                _gate.Pause(key, retryAfter);
                LogRateLimited(_logger, method, retryAfter.TotalSeconds, attempt + 1);
                if (attempt >= _maxRetries)
                {
                    throw new SlackApiException(method, "ratelimited", retryAfter: retryAfter);
                }

                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                LogFailed(_logger, method, $"http_{(int)response.StatusCode}");
                throw new SlackApiException(method, $"http_{(int)response.StatusCode}");
            }

            TResponse? body;
            try
            {
                body = await response.Content.ReadFromJsonAsync(responseInfo, cancellationToken);
            }
            catch (JsonException ex)
            {
                throw new SlackApiException(method, "invalid_response", innerException: ex);
            }

            if (body is null)
            {
                throw new SlackApiException(method, "invalid_response");
            }

            if (!body.Ok)
            {
                var error = body.Error ?? "unknown_error";
                LogFailed(_logger, method, error);
                throw new SlackApiException(method, error, body.Needed, body.ResponseMetadata?.Messages);
            }

            if (body.Warning is not null)
            {
                LogWarning(_logger, method, body.Warning);
            }

            return body;
        }
    }

    private async Task<HttpResponseMessage> SendRawAsync(string method, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            LogFailed(_logger, method, "connection_failed");
            throw new SlackApiException(method, "http_connection_failed", innerException: ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(_logger, method, "timeout");
            throw new SlackApiException(method, "http_timeout", innerException: ex);
        }
    }

    private TimeSpan RetryAfterOf(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - _time.GetUtcNow() : DefaultRetryAfter);
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxRetryAfter ? MaxRetryAfter : delay;
    }

    [LoggerMessage(EventId = 7100, Level = LogLevel.Warning, Message = "Slack {Method} rate limited: retrying after {Seconds}s (attempt {Attempt})")]
    private static partial void LogRateLimited(ILogger logger, string method, double seconds, int attempt);

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "Slack {Method} failed: {Error}")]
    private static partial void LogFailed(ILogger logger, string method, string error);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Information, Message = "Slack {Method} warning: {Warning}")]
    private static partial void LogWarning(ILogger logger, string method, string warning);
}
