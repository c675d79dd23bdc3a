using System.Text.Json;
using Microsoft.Extensions.Options;

namespace SalesBot.Host.Channels.Local;

/// <summary>
/// A local user's inbox of bot-initiated messages: <c>GET /api/local/inbox?userId=&amp;after=</c> (JSON, for scripts) and
/// <c>GET /api/local/inbox/stream?userId=&amp;after=</c> (server-sent events, for the page: each item is one event whose
/// <c>id</c> is the cursor, so a reconnecting <c>EventSource</c> resumes with <c>Last-Event-ID</c>).
/// </summary>
internal static class LocalInboxEndpoints
{
    public static IEndpointRouteBuilder MapLocalInbox(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/local/inbox", ReadAsync).WithName("LocalInbox");
        endpoints.MapGet("/api/local/inbox/stream", StreamAsync).WithName("LocalInboxStream");
        return endpoints;
    }

    private static async Task<IResult> ReadAsync(string? userId, string? after, LocalInbox inbox, CancellationToken cancellationToken)
    {
        if (!LocalChannelEndpoints.IsValidUserId(userId))
        {
            return BadUser();
        }

        var items = await inbox.ReadAfterAsync(LocalChannelEndpoints.UserOf(userId!), after, cancellationToken);
        return Results.Json(new LocalInboxResponse(items, items.Count > 0 ? items[^1].Id : after), LocalJsonContext.Default.LocalInboxResponse);
    }

    private static async Task StreamAsync(
        HttpContext http,
        string? userId,
        string? after,
        LocalInbox inbox,
        IOptions<LocalChannelOptions> options,
        IHostApplicationLifetime lifetime,
        TimeProvider time)
    {
        if (!LocalChannelEndpoints.IsValidUserId(userId))
        {
            await BadUser().ExecuteAsync(http);
            return;
        }

        var user = LocalChannelEndpoints.UserOf(userId!);
        var cursor = http.Request.Headers["Last-Event-ID"] is { Count: > 0 } lastEventId && !string.IsNullOrWhiteSpace(lastEventId) ? lastEventId.ToString() : after;

        // Ends when the page goes away or the host stops (so a stream never holds up a graceful shutdown).
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var token = stop.Token;
        http.Response.Headers.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        try
        {
            await http.Response.WriteAsync(": connected\n\n", token);
            await http.Response.Body.FlushAsync(token);
            while (!token.IsCancellationRequested)
            {
                var changed = inbox.ChangedAsync(user);
                foreach (var item in await inbox.ReadAfterAsync(user, cursor, token))
                {
                    await http.Response.WriteAsync($"id: {item.Id}\ndata: {JsonSerializer.Serialize(item, LocalJsonContext.Default.LocalInboxItem)}\n\n", token);
                    cursor = item.Id;
                }

                await http.Response.Body.FlushAsync(token);
                var poll = Task.Delay(options.Value.InboxPollInterval, time, token);
                if (await Task.WhenAny(changed, poll) == poll)
                {
                    await poll;
                    await http.Response.WriteAsync(": keep-alive\n\n", token);
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The page closed or the host is stopping: end the stream quietly.
        }
    }

    private static IResult BadUser() => Results.Problem(
        detail: "userId is required and may contain only letters, digits, '.', '_', '-' and '@', up to 64 characters.",
        statusCode: StatusCodes.Status400BadRequest,
        title: "Invalid request");
}
