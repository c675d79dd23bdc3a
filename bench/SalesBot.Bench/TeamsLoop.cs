using System.Collections.Concurrent;
using System.Net.Http.Headers;

namespace SalesBot.Bench;

/// <summary>
/// The Teams benchmark's loopback Bot Connector and closed-loop driver, in one small Kestrel process:
/// <list type="bullet">
/// <item><b>Sink</b>: the Connector v3 routes a bot posts its replies to (<c>/teams/v3/conversations/…</c>), answering at
/// once with a canned id and never reading the body beyond what Kestrel drains, so it costs little next to the bots.</item>
/// <item><b>Proxy</b> (<c>POST /to/{target}</c>): wrk posts a signed activity here; it is forwarded to the target bot and
/// answered only when the bot's HTTP response <i>and</i> the first reply for that conversation (header
/// <c>x-bench-conversation</c>) have arrived. SalesBot acknowledges before it replies (acknowledge, then send), so this is
/// what makes wrk's requests full turns — JWT check, parse, dialog, score, persist and the reply posted — and its
/// latencies full-turn latencies, as for botbuilder, which replies before answering.</item>
/// </list>
/// Usage: <c>teams-loop --urls http://127.0.0.1:P --target name=url[,reply] …</c> (<c>,reply</c>: wait for a reply).
/// </summary>
internal static class TeamsLoop
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(string[] args)
    {
        var targets = new Dictionary<string, (Uri Url, bool WaitForReply)>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--target")
            {
                var (name, rest) = (args[i + 1][..args[i + 1].IndexOf('=', StringComparison.Ordinal)], args[i + 1][(args[i + 1].IndexOf('=', StringComparison.Ordinal) + 1)..]);
                var reply = rest.EndsWith(",reply", StringComparison.Ordinal);
                targets[name] = (new Uri(reply ? rest[..^",reply".Length] : rest), reply);
            }
        }

        var builder = WebApplication.CreateBuilder(args.Where((a, i) => a != "--target" && (i == 0 || args[i - 1] != "--target")).ToArray());
        builder.Logging.ClearProviders();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, BenchJsonContext.Default));
        var app = builder.Build();

        var waiters = new ConcurrentDictionary<string, TaskCompletionSource>(StringComparer.Ordinal);
        long replies = 0, turns = 0, failures = 0, messageIds = 0, conversations = 0;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, AllowAutoRedirect = false })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };

        IResult Reply(string conversationId)
        {
            Interlocked.Increment(ref replies);
            if (waiters.TryRemove(conversationId, out var waiter))
            {
                waiter.TrySetResult();
            }

            return Results.Json(new ResourceId($"1:{Interlocked.Increment(ref messageIds)}"), BenchJsonContext.Default.ResourceId, statusCode: StatusCodes.Status201Created);
        }

        // The sink: sendToConversation, replyToActivity (botbuilder's reply), updateActivity, createConversation.
        app.MapPost("/teams/v3/conversations/{conversationId}/activities", (string conversationId) => Reply(conversationId));
        app.MapPost("/teams/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId) => Reply(conversationId));
        app.MapPut("/teams/v3/conversations/{conversationId}/activities/{activityId}", (string activityId) =>
            Results.Json(new ResourceId(activityId), BenchJsonContext.Default.ResourceId));
        app.MapPost("/teams/v3/conversations", () =>
            Results.Json(new ResourceId($"a:created-{Interlocked.Increment(ref conversations)}"), BenchJsonContext.Default.ResourceId, statusCode: StatusCodes.Status201Created));

        // The closed-loop proxy.
        app.MapPost("/to/{target}", async (string target, HttpContext context) =>
        {
            if (!targets.TryGetValue(target, out var to))
            {
                return Results.NotFound();
            }

            var conversation = context.Request.Headers["x-bench-conversation"].ToString();
            TaskCompletionSource? waiter = null;
            if (to.WaitForReply)
            {
                waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                waiters[conversation] = waiter;
            }

            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            using var request = new HttpRequestMessage(HttpMethod.Post, to.Url) { Content = new ByteArrayContent(body.ToArray()) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            if (context.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization)
            {
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            }

            using var response = await http.SendAsync(request, context.RequestAborted);
            if (!response.IsSuccessStatusCode)
            {
                waiters.TryRemove(conversation, out _);
                Interlocked.Increment(ref failures);
                return Results.StatusCode((int)response.StatusCode);
            }

            if (waiter is not null)
            {
                try
                {
                    await waiter.Task.WaitAsync(ReplyTimeout, context.RequestAborted);
                }
                catch (TimeoutException)
                {
                    waiters.TryRemove(conversation, out _);
                    Interlocked.Increment(ref failures);
                    return Results.StatusCode(StatusCodes.Status504GatewayTimeout);
                }
            }

            Interlocked.Increment(ref turns);
            return Results.Ok();
        });

        app.MapGet("/stats", () => Results.Json(
            new LoopStats(Interlocked.Read(ref turns), Interlocked.Read(ref replies), Interlocked.Read(ref failures)),
            BenchJsonContext.Default.LoopStats));
        app.MapGet("/healthz", () => Results.Ok());
        await app.RunAsync();
        return 0;
    }
}
