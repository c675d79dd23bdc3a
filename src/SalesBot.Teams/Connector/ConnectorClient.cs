using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Teams.Activities;
using SalesBot.Teams.Configuration;

namespace SalesBot.Teams.Connector;

/// <summary>
/// The Bot Connector REST API v3, on the conversation's own serviceUrl: reply to an activity, send to a conversation,
/// create a 1:1 conversation, update an activity. Every call is paced (<see cref="ConnectorPacer"/>); 429 waits for
/// <c>Retry-After</c>; 412/502/503/504 and network failures are retried with jittered exponential backoff; 403 ends at
/// once as <see cref="ConnectorOutcome.RecipientGone"/>; a 401 refreshes the bot token once. Only serviceUrls allowed by
/// <see cref="ServiceUrlPolicy"/> ever receive the token. Waits run on the injected <see cref="TimeProvider"/> and are
/// announced through <see cref="RetryScheduled"/> once scheduled, so tests advance a fake clock instead of sleeping.
/// </summary>
public sealed partial class ConnectorClient
{
    public const string HttpClientName = "SalesBot.Teams.Connector";
    /// <summary>The error code of a call that failed because no bot token could be had.</summary>
    public const string TokenUnavailable = "BotTokenUnavailable";

    public static readonly TimeSpan BaseBackoff = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(20);

    private readonly IHttpClientFactory _httpClients;
    private readonly BotTokenProvider _tokens;
    private readonly ServiceUrlPolicy _serviceUrls;
    private readonly ConnectorPacer _pacer;
    private readonly TeamsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ConnectorClient> _logger;

    /// <summary>
    /// Development with <c>Teams:DisableAuth</c> and no app id (a local client such as the Agents Playground): calls go
    /// without a token, and only to loopback serviceUrls, as the SDKs do when auth is off.
    /// </summary>
    private readonly bool _anonymous;

    public ConnectorClient(
        IHttpClientFactory httpClients,
        BotTokenProvider tokens,
        ServiceUrlPolicy serviceUrls,
        ConnectorPacer pacer,
        IOptions<TeamsOptions> options,
        IHostEnvironment environment,
        TimeProvider time,
        ILogger<ConnectorClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        _anonymous = options.Value.DisableAuth && environment.IsDevelopment() && !options.Value.IsConfigured;
        _httpClients = httpClients;
        _tokens = tokens;
        _serviceUrls = serviceUrls;
        _pacer = pacer;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Raised when a retry's wait has been scheduled on the clock (after the timer exists).</summary>
    public event Action<ConnectorRetry>? RetryScheduled;

    /// <summary>Jitter source in [0, 1); replaceable in tests.</summary>
    internal Func<double> Jitter { get; set; } = Random.Shared.NextDouble;

    public Task<ConnectorResult> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, string? tenantId, CancellationToken cancellationToken) =>
        SendAsync("replyToActivity", HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", conversationId, tenantId, activity, TeamsJsonContext.Default.Activity, cancellationToken);

    public Task<ConnectorResult> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, string? tenantId, CancellationToken cancellationToken) =>
        SendAsync("sendToConversation", HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", conversationId, tenantId, activity, TeamsJsonContext.Default.Activity, cancellationToken);

    public Task<ConnectorResult> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, string? tenantId, CancellationToken cancellationToken) =>
        SendAsync("updateActivity", HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", conversationId, tenantId, activity with { Id = activityId }, TeamsJsonContext.Default.Activity, cancellationToken);

    public Task<ConnectorResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return SendAsync("createConversation", HttpMethod.Post, serviceUrl, "v3/conversations", null, parameters.TenantId, parameters, TeamsJsonContext.Default.ConversationParameters, cancellationToken);
    }

    /// <summary>Path segments are percent-encoded: <c>a:1</c> → <c>a%3A1</c>, <c>19:x@thread.skype;messageid=1</c> → <c>19%3Ax%40thread.skype%3Bmessageid%3D1</c>.</summary>
    public static string Escape(string segment)
    {
        ArgumentException.ThrowIfNullOrEmpty(segment);
        return Uri.EscapeDataString(segment);
    }

    private async Task<ConnectorResult> SendAsync<T>(
        string operation,
        HttpMethod method,
        string serviceUrl,
        string relativePath,
        string? conversationId,
        string? tenantId,
        T body,
        JsonTypeInfo<T> typeInfo,
        CancellationToken cancellationToken)
    {
        if (_serviceUrls.TryGetBase(serviceUrl) is not { } baseUri || (_anonymous && !baseUri.IsLoopback))
        {
            LogServiceUrlRefused(_logger, operation, Truncate(serviceUrl));
            return new ConnectorResult(ConnectorOutcome.ServiceUrlNotAllowed, 0, 0);
        }

        var uri = new Uri(baseUri, relativePath);
        var payload = JsonSerializer.SerializeToUtf8Bytes(body, typeInfo);
        var maxAttempts = Math.Max(1, _options.MaxSendAttempts);
        var refreshedToken = false;
        var status = 0;
        string? errorCode = null;
        for (var attempt = 1; ; attempt++)
        {
            await _pacer.WaitAsync(tenantId, conversationId, cancellationToken);
            string? token = null;
            try
            {
                token = _anonymous ? null : await _tokens.GetTokenAsync(cancellationToken);
            }
            catch (BotTokenException)
            {
                return new ConnectorResult(ConnectorOutcome.Failed, status, attempt) { ErrorCode = TokenUnavailable };
            }

            TimeSpan? retryAfter = null;
            try
            {
                using var request = new HttpRequestMessage(method, uri) { Content = new ByteArrayContent(payload) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                if (token is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                if (conversationId is not null)
                {
                    request.Headers.TryAddWithoutValidation("x-ms-conversation-id", conversationId);
                }

                using var response = await _httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
                status = (int)response.StatusCode;
                var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return Success(content, status, attempt, operation);
                }

                errorCode = ErrorCode(content);
                LogCallFailed(_logger, operation, status, errorCode ?? "", attempt);
                switch (response.StatusCode)
                {
                    case HttpStatusCode.Unauthorized when !refreshedToken && token is not null:
                        // The token may have been revoked or rotated: fetch a new one and try once more at once.
                        _tokens.Invalidate(token);
                        refreshedToken = true;
                        attempt--;
                        continue;
                    case HttpStatusCode.Forbidden:
                        return new ConnectorResult(ConnectorOutcome.RecipientGone, status, attempt) { ErrorCode = errorCode };
                    case HttpStatusCode.NotFound:
                        return new ConnectorResult(ConnectorOutcome.NotFound, status, attempt) { ErrorCode = errorCode };
                    case HttpStatusCode.RequestEntityTooLarge:
                        return new ConnectorResult(ConnectorOutcome.TooLarge, status, attempt) { ErrorCode = errorCode };
                    case HttpStatusCode.TooManyRequests:
                        retryAfter = RetryAfter(response);
                        if (retryAfter > _options.MaxRetryAfter)
                        {
                            return new ConnectorResult(ConnectorOutcome.Throttled, status, attempt) { ErrorCode = errorCode };
                        }

                        break;
                    case HttpStatusCode.PreconditionFailed:
                    case HttpStatusCode.BadGateway:
                    case HttpStatusCode.ServiceUnavailable:
                    case HttpStatusCode.GatewayTimeout:
                        break;
                    default:
                        return new ConnectorResult(ConnectorOutcome.Failed, status, attempt) { ErrorCode = errorCode };
                }
            }
            catch (HttpRequestException ex)
            {
                status = 0;
                LogNetworkFailed(_logger, operation, attempt, ex);
            }

            if (attempt >= maxAttempts)
            {
                var outcome = status == (int)HttpStatusCode.TooManyRequests ? ConnectorOutcome.Throttled : ConnectorOutcome.Failed;
                return new ConnectorResult(outcome, status, attempt) { ErrorCode = errorCode };
            }

            var delay = retryAfter ?? Backoff(attempt);
            var wait = Task.Delay(delay, _time, cancellationToken);
            RetryScheduled?.Invoke(new ConnectorRetry(operation, attempt, status, delay, retryAfter is not null));
            await wait;
        }
    }

    /// <summary>Exponential (1 s, 2 s, 4 s … at most 20 s) with ±20 % jitter.</summary>
    internal TimeSpan Backoff(int attempt)
    {
        var exponential = Math.Min(MaxBackoff.TotalMilliseconds, BaseBackoff.TotalMilliseconds * Math.Pow(2, attempt - 1));
        return TimeSpan.FromMilliseconds(exponential * (0.8 + (0.4 * Jitter())));
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is not { } header)
        {
            return null;
        }

        if (header.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header.Date is { } date)
        {
            var wait = date - _time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static ConnectorResult Success(byte[] content, int status, int attempts, string operation)
    {
        if (content.Length == 0)
        {
            return new ConnectorResult(ConnectorOutcome.Sent, status, attempts);
        }

        try
        {
            if (operation == "createConversation")
            {
                var created = JsonSerializer.Deserialize(content, TeamsJsonContext.Default.ConversationResourceResponse);
                return new ConnectorResult(ConnectorOutcome.Sent, status, attempts) { Id = created?.Id, ActivityId = created?.ActivityId };
            }

            var resource = JsonSerializer.Deserialize(content, TeamsJsonContext.Default.ResourceResponse);
            return new ConnectorResult(ConnectorOutcome.Sent, status, attempts) { Id = resource?.Id };
        }
        catch (JsonException)
        {
            // Delivered; the id is just unreadable.
            return new ConnectorResult(ConnectorOutcome.Sent, status, attempts);
        }
    }

    private static string? ErrorCode(byte[] content)
    {
        if (content.Length == 0)
        {
            return null;
        }

        try
        {
            var error = JsonSerializer.Deserialize(content, TeamsJsonContext.Default.ErrorResponse)?.Error;
            var code = error?.Code;
            return code is null ? null : code[..Math.Min(code.Length, 100)];
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Truncate(string? value) => value is null ? "" : value.Length <= 100 ? value : value[..100] + "…";

    [LoggerMessage(EventId = 320, Level = LogLevel.Warning, Message = "Teams {Operation} refused: serviceUrl {ServiceUrl} is not on an allowed host; no token was sent")]
    private static partial void LogServiceUrlRefused(ILogger logger, string operation, string serviceUrl);

    [LoggerMessage(EventId = 321, Level = LogLevel.Warning, Message = "Teams {Operation} answered {Status} {ErrorCode} (attempt {Attempt})")]
    private static partial void LogCallFailed(ILogger logger, string operation, int status, string errorCode, int attempt);

    [LoggerMessage(EventId = 322, Level = LogLevel.Warning, Message = "Teams {Operation} failed on the network (attempt {Attempt})")]
    private static partial void LogNetworkFailed(ILogger logger, string operation, int attempt, Exception exception);
}
