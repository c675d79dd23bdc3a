using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Teams.Activities;
using SalesBot.Teams.Auth;
using SalesBot.Teams.Configuration;
using SalesBot.Teams.Mapping;

namespace SalesBot.Teams.Hosting;

/// <summary>
/// <c>POST /api/messages</c>. Order matters: the token is checked before the body is read (an unauthenticated caller gets
/// 401 whatever it sent and learns nothing about parsing), then the body is read up to <c>Teams:MaxRequestBodyBytes</c>
/// (413), parsed (400 with a reason), checked against the token (serviceurl, endorsements: 401), mapped (400 when an
/// activity SalesBot would act on lacks ids), and handed to the <see cref="ITeamsTurnSink"/>. Unknown types get 200;
/// unsupported invokes 501.
/// </summary>
internal sealed partial class TeamsEndpoint(
    IOptions<TeamsOptions> options,
    IHostEnvironment environment,
    ChannelTokenValidator validator,
    ILogger<TeamsEndpoint> logger)
{
    private readonly TeamsOptions _options = options.Value;

    private bool AuthDisabled => _options.DisableAuth && environment.IsDevelopment();

    /// <summary>Handles one request; the sink is resolved per request, so the host may register it with any lifetime.</summary>
    public async Task<IResult> HandleAsync(HttpContext context, ITeamsTurnSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        var request = context.Request;
        var cancellationToken = context.RequestAborted;

        ValidatedChannelToken? token = null;
        if (!AuthDisabled)
        {
            var outcome = await validator.ValidateAsync(request.Headers.Authorization.ToString(), cancellationToken);
            if (outcome.Verdict == TokenVerdict.KeysUnavailable)
            {
                LogKeysUnavailable(logger, outcome.Reason);
                return Results.Problem(detail: "The bot cannot verify tokens right now.", statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            if (!outcome.IsAccepted)
            {
                return Unauthorized(context, outcome.Reason);
            }

            token = outcome.Token;
        }

        var body = await ReadBodyAsync(context, cancellationToken);
        if (body is null)
        {
            return Results.Problem(detail: $"The request body is larger than {_options.MaxRequestBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large");
        }

        Activity? activity;
        try
        {
            activity = body.Length == 0 ? null : JsonSerializer.Deserialize(body, TeamsJsonContext.Default.Activity);
        }
        catch (JsonException ex)
        {
            return BadRequest($"Malformed JSON: {ex.Message}");
        }

        if (activity is null)
        {
            return BadRequest("The body must be one Activity as a JSON object.");
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return BadRequest("The activity has no type.");
        }

        if (token is not null)
        {
            var check = ChannelTokenValidator.CheckActivity(token, activity.ChannelId, activity.ServiceUrl);
            if (!check.IsAccepted)
            {
                return Unauthorized(context, check.Reason);
            }
        }

        TeamsInbound inbound;
        try
        {
            inbound = ActivityMapper.Map(activity);
        }
        catch (ActivityMappingException ex)
        {
            return BadRequest(ex.Message);
        }

        LogAccepted(logger, activity.Type, inbound.Kind, activity.Id);
        switch (inbound.Kind)
        {
            case TeamsInboundKind.Ignored:
                return Results.Ok();
            case TeamsInboundKind.UnsupportedInvoke:
                return Results.StatusCode(StatusCodes.Status501NotImplemented);
            case TeamsInboundKind.Action when inbound.IsInvoke:
                // As the SDK's InvokeResponse: the body's statusCode is the HTTP status too (200, or 400/503 errors).
                var answer = await sink.InvokeAsync(inbound, cancellationToken);
                return Results.Json(answer, TeamsJsonContext.Default.AdaptiveCardInvokeResponse, contentType: "application/json; charset=utf-8", statusCode: answer.StatusCode);
            default:
                if (await sink.AcceptAsync(inbound, cancellationToken) == TeamsAcceptance.RetryLater)
                {
                    context.Response.Headers.RetryAfter = "1";
                    return Results.Problem(detail: "SalesBot is busy or restarting; deliver the activity again.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Try again");
                }

                return Results.Ok();
        }
    }

    /// <summary>The body, or null when it is larger than allowed.</summary>
    private async Task<byte[]?> ReadBodyAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var limit = _options.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            return null;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }

    private IResult Unauthorized(HttpContext context, string? reason)
    {
        LogRejected(logger, reason ?? "rejected");
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Problem(detail: "The request is not authorized.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
    }

    private IResult BadRequest(string reason)
    {
        LogBadRequest(logger, reason);
        return Results.Problem(detail: reason, statusCode: StatusCodes.Status400BadRequest, title: "Invalid activity");
    }

    [LoggerMessage(EventId = 340, Level = LogLevel.Warning, Message = "Teams request rejected (401): {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 341, Level = LogLevel.Information, Message = "Teams request refused (400): {Reason}")]
    private static partial void LogBadRequest(ILogger logger, string reason);

    [LoggerMessage(EventId = 342, Level = LogLevel.Error, Message = "Teams request could not be verified (503): {Reason}")]
    private static partial void LogKeysUnavailable(ILogger logger, string? reason);

    [LoggerMessage(EventId = 343, Level = LogLevel.Debug, Message = "Teams {Type} activity {ActivityId} accepted as {Kind}")]
    private static partial void LogAccepted(ILogger logger, string type, TeamsInboundKind kind, string? activityId);
}
