using System.Text.Json;
using System.Text.RegularExpressions;
using SalesBot.Core.Messaging;

namespace SalesBot.Host.Channels.Local;

/// <summary>
/// The built-in channel for trying SalesBot without Teams or Slack. POST /api/local/messages runs the turn and answers
/// with its replies (and the update of a pressed card); what the bot sends first arrives in the user's inbox
/// (<see cref="LocalInboxEndpoints"/>). Bad input is a 400 with a reason; it never reaches the pipeline.
/// </summary>
internal static partial class LocalChannelEndpoints
{
    public const string Channel = "local";
    public const string Tenant = "local";
    public const int MaxTextLength = 4000;
    public const long MaxBodyBytes = 64 * 1024;

    /// <summary>Registers what the local channel needs: its messenger (to the inbox), the inbox, and their options.</summary>
    public static IHostApplicationBuilder AddLocalChannel(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LocalChannelOptions>()
            .BindConfiguration(LocalChannelOptions.SectionName)
            .Validate(o => o.InboxDays > 0, "LocalChannel:InboxDays must be at least 1.")
            .Validate(o => o.InboxPollInterval > TimeSpan.Zero, "LocalChannel:InboxPollInterval must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<LocalInbox>();
        builder.Services.AddSingleton<IChannelMessenger, LocalMessenger>();
        return builder;
    }

    public static IEndpointRouteBuilder MapLocalChannel(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/local/messages", HandleAsync)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxBodyBytes))
            .WithName("LocalMessages");
        endpoints.MapLocalInbox();
        endpoints.MapLocalHistory();
        return endpoints;
    }

    public static UserKey UserOf(string userId) => new(Channel, Tenant, userId);

    public static UserKey UserOf(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return UserOf(reference.ChannelUserId);
    }

    public static bool IsValidUserId(string? userId) => userId is not null && UserIdPattern().IsMatch(userId);

    private static async Task<IResult> HandleAsync(HttpRequest request, ITurnPipeline pipeline, CancellationToken cancellationToken)
    {
        LocalRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(request.Body, LocalJsonContext.Default.LocalRequest, cancellationToken);
        }
        catch (JsonException ex)
        {
            return BadRequest($"Malformed JSON: {ex.Message}");
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Results.Problem(detail: $"The request body is larger than {MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large");
        }

        if (Validate(body) is { } problem)
        {
            return BadRequest(problem);
        }

        var userId = body!.UserId!;
        var turn = new InboundTurn
        {
            User = UserOf(userId),
            Reference = new ConversationReference
            {
                Channel = Channel,
                TenantId = Tenant,
                ChannelUserId = userId,
                ConversationId = userId,
                Locale = string.IsNullOrWhiteSpace(body.Locale) ? null : body.Locale,
                TimeZone = KnownTimeZone(body.TimeZone),
            },
            UserName = string.IsNullOrWhiteSpace(body.UserName) ? null : body.UserName.Trim(),
            Text = body.Action is null ? body.Text : null,
            Action = body.Action is null
                ? null
                : new ActionInvocation(body.Action.Id!, ToStrings(body.Action.Data)) { SourceMessageId = body.Action.SourceMessageId },
            MessageId = body.MessageId,
        };

        var result = await pipeline.ProcessAsync(turn, TurnDelivery.Caller, cancellationToken);
        if (result.Status is TurnStatus.Overloaded or TurnStatus.ShuttingDown)
        {
            return Results.Problem(
                detail: result.Status == TurnStatus.Overloaded ? "SalesBot is busy. Try again in a moment." : "SalesBot is restarting. Try again in a moment.",
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Try again");
        }

        return Results.Json(LocalRenderer.Render(result, turn.Action?.SourceMessageId), LocalJsonContext.Default.LocalResponse);
    }

    private static string? Validate(LocalRequest? body)
    {
        if (body is null)
        {
            return "The body must be a JSON object like {\"userId\":\"alice\",\"text\":\"help\"}.";
        }

        if (string.IsNullOrWhiteSpace(body.UserId))
        {
            return "userId is required.";
        }

        if (!IsValidUserId(body.UserId))
        {
            return "userId may contain only letters, digits, '.', '_', '-' and '@', up to 64 characters.";
        }

        if (body.UserName is { Length: > 100 })
        {
            return "userName is longer than 100 characters.";
        }

        if (body.MessageId is not null && !TokenPattern().IsMatch(body.MessageId))
        {
            return "messageId may contain only letters, digits, '.', '_', ':' and '-', up to 100 characters.";
        }

        if (body.TimeZone is { Length: > 64 } || body.Locale is { Length: > 35 })
        {
            return "timeZone is limited to 64 characters and locale to 35.";
        }

        if (body.Action is null && body.Text is null)
        {
            return "Provide either text or action.";
        }

        if (body.Action is not null && body.Text is not null)
        {
            return "Provide either text or action, not both.";
        }

        if (body.Text is { Length: > MaxTextLength })
        {
            return $"text is longer than {MaxTextLength} characters.";
        }

        if (body.Action is { } action)
        {
            if (string.IsNullOrWhiteSpace(action.Id))
            {
                return "action.id is required.";
            }

            if (action.SourceMessageId is not null && !TokenPattern().IsMatch(action.SourceMessageId))
            {
                return "action.sourceMessageId may contain only letters, digits, '.', '_', ':' and '-', up to 100 characters.";
            }

            foreach (var (key, value) in action.Data ?? [])
            {
                if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    return $"action.data.{key} must be a string, number or boolean.";
                }
            }
        }

        return null;
    }

    /// <summary>The IANA zone if this machine knows it; an unknown or malformed zone is ignored rather than refused.</summary>
    private static string? KnownTimeZone(string? zone) =>
        !string.IsNullOrWhiteSpace(zone) && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _) ? zone : null;

    private static Dictionary<string, string> ToStrings(Dictionary<string, JsonElement>? data)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in data ?? [])
        {
            if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            {
                continue;
            }

            result[key] = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        }

        return result;
    }

    private static IResult BadRequest(string reason) =>
        Results.Problem(detail: reason, statusCode: StatusCodes.Status400BadRequest, title: "Invalid request");

    [GeneratedRegex("^[A-Za-z0-9._@-]{1,64}$")]
    private static partial Regex UserIdPattern();

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,100}$")]
    private static partial Regex TokenPattern();
}
