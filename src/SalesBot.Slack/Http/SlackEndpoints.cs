using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Slack.Configuration;
using SalesBot.Slack.Inbound;

namespace SalesBot.Slack.Http;

/// <summary>
/// <c>POST /slack/events</c> (JSON), <c>/slack/commands</c> (form) and <c>/slack/interactions</c> (form, <c>payload=</c> JSON):
/// verify the signature over the raw body, parse, queue the work and acknowledge at once.
/// </summary>
internal static class SlackEndpoints
{
    public const string EventsPath = "/slack/events";
    public const string CommandsPath = "/slack/commands";
    public const string InteractionsPath = "/slack/interactions";
    public const string RetryNumHeader = "X-Slack-Retry-Num";
    public const string RetryReasonHeader = "X-Slack-Retry-Reason";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(EventsPath, EventsAsync).WithName("SlackEvents").DisableAntiforgery();
        endpoints.MapPost(CommandsPath, CommandsAsync).WithName("SlackCommands").DisableAntiforgery();
        endpoints.MapPost(InteractionsPath, InteractionsAsync).WithName("SlackInteractions").DisableAntiforgery();
    }

    private static async Task<IResult> EventsAsync(HttpContext context, SlackInboundHandler handler, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackInboundHandler> logger)
    {
        var (body, failure) = await SlackVerifiedBody.ReadAsync(context, options.Value, time, logger);
        if (failure is not null)
        {
            return failure;
        }

        return ToResult(await handler.HandleEventAsync(body!, Delivery(context, time), context.RequestAborted));
    }

    private static async Task<IResult> CommandsAsync(HttpContext context, SlackInboundHandler handler, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackInboundHandler> logger)
    {
        var (body, failure) = await SlackVerifiedBody.ReadAsync(context, options.Value, time, logger);
        if (failure is not null)
        {
            return failure;
        }

        if (!IsForm(context.Request))
        {
            return ToResult(SlackAck.Bad("Slash commands are application/x-www-form-urlencoded."));
        }

        return ToResult(await handler.HandleCommandAsync(ParseForm(body!), Delivery(context, time), context.RequestAborted));
    }

    private static async Task<IResult> InteractionsAsync(HttpContext context, SlackInboundHandler handler, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackInboundHandler> logger)
    {
        var (body, failure) = await SlackVerifiedBody.ReadAsync(context, options.Value, time, logger);
        if (failure is not null)
        {
            return failure;
        }

        if (!IsForm(context.Request))
        {
            return ToResult(SlackAck.Bad("Interactions are application/x-www-form-urlencoded with a 'payload' field."));
        }

        if (ParseForm(body!).GetValueOrDefault("payload") is not { Length: > 0 } payload)
        {
            return ToResult(SlackAck.Bad("The interaction has no 'payload' field."));
        }

        return ToResult(await handler.HandleInteractionAsync(Encoding.UTF8.GetBytes(payload), Delivery(context, time), context.RequestAborted));
    }

    internal static Dictionary<string, string> ParseForm(byte[] body)
    {
        var parsed = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        return parsed.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
    }

    internal static IResult ToResult(SlackAck ack) => ack.Kind switch
    {
        SlackAckKind.Json => Results.Bytes(ack.Json!, "application/json; charset=utf-8"),
        SlackAckKind.Text => Results.Text(ack.Text!, "text/plain; charset=utf-8"),
        SlackAckKind.BadRequest => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request", detail: ack.Text),
        SlackAckKind.Busy => Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy", detail: "Too much Slack work queued; retry later."),
        _ => Results.Ok(),
    };

    private static bool IsForm(HttpRequest request) =>
        request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;

    private static SlackDelivery Delivery(HttpContext context, TimeProvider time)
    {
        var headers = context.Request.Headers;
        var retry = int.TryParse(headers[RetryNumHeader].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var reason = headers[RetryReasonHeader].ToString();
        return new SlackDelivery(SlackTransport.Http, null, retry, reason.Length == 0 ? null : reason, time.GetUtcNow());
    }
}
