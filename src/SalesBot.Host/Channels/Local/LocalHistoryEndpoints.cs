using SalesBot.Core.Storage;

namespace SalesBot.Host.Channels.Local;

/// <summary>
/// <c>GET /api/local/history?userId=&amp;turns=</c>: the user's recent turns from the transcript, so a reloaded chat page
/// shows the conversation it had. Turns the user had (typed or pressed); what the bot sent first comes back through the
/// inbox, whose cursor already survives a reload.
/// </summary>
internal static class LocalHistoryEndpoints
{
    public const int DefaultTurns = 20;
    public const int MaxTurns = 100;

    public static IEndpointRouteBuilder MapLocalHistory(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/local/history", ReadAsync).WithName("LocalHistory");
        return endpoints;
    }

    private static async Task<IResult> ReadAsync(string? userId, int? turns, IConversationStore store, CancellationToken cancellationToken)
    {
        if (!LocalChannelEndpoints.IsValidUserId(userId))
        {
            return Results.Problem(
                detail: "userId is required and may contain only letters, digits, '.', '_', '-' and '@', up to 64 characters.",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Invalid request");
        }

        if (turns is < 1 or > MaxTurns)
        {
            return Results.Problem(detail: $"turns must be between 1 and {MaxTurns}.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid request");
        }

        var entries = await store.GetRecentTranscriptAsync(LocalChannelEndpoints.UserOf(userId!), turns ?? DefaultTurns, cancellationToken);
        var history = entries
            .Where(e => !e.BotInitiated && e.Event is null)
            .Select(e => new LocalHistoryTurn { Sequence = e.Sequence, At = e.At, Text = e.UserText, Replies = e.Replies })
            .ToList();
        return Results.Json(new LocalHistoryResponse(history), LocalJsonContext.Default.LocalHistoryResponse);
    }
}
