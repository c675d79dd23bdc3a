using System.Text.Json;
using System.Text.RegularExpressions;
using SalesBot.Core.Conversations;
using SalesBot.Host.Channels.Pipeline;

namespace SalesBot.Host.Channels.Local;

/// <summary>
/// The built-in channel for trying SalesBot without Teams or Slack: POST /api/local/messages answers synchronously with
/// the replies. Bad input is a 400 with a reason; it never reaches the pipeline.
/// </summary>
internal static partial class LocalChannelEndpoints
{
    public const string Channel = "local";
    public const string Tenant = "local";
    public const int MaxTextLength = 4000;
    public const long MaxBodyBytes = 64 * 1024;

    public static IHostApplicationBuilder AddLocalChannel(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapLocalChannel(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/local/messages", HandleAsync)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxBodyBytes))
            .WithName("LocalMessages");
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpRequest request, TurnProcessor processor, CancellationToken cancellationToken)
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

        var turn = new InboundTurn
        {
            User = new UserKey(Channel, Tenant, body!.UserId!),
            UserName = string.IsNullOrWhiteSpace(body.UserName) ? null : body.UserName.Trim(),
            ConversationId = body.UserId!,
            Text = body.Action is null ? body.Text : null,
            Action = body.Action is null ? null : new ActionInvocation(body.Action.Id!, ToStrings(body.Action.Data)),
            MessageId = request.HttpContext.TraceIdentifier,
        };

        var result = await processor.ProcessAsync(turn, cancellationToken);
        return Results.Json(LocalRenderer.Render(result), LocalJsonContext.Default.LocalResponse);
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

        if (!UserIdPattern().IsMatch(body.UserId))
        {
            return "userId may contain only letters, digits, '.', '_', '-' and '@', up to 64 characters.";
        }

        if (body.UserName is { Length: > 100 })
        {
            return "userName is longer than 100 characters.";
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
}
