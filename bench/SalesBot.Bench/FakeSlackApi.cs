using System.Text;

namespace SalesBot.Bench;

/// <summary>
/// The cheapest fake Slack Web API that still answers like Slack: canned bodies for <c>chat.postMessage</c>,
/// <c>users.info</c> (with a time zone), <c>auth.test</c>, <c>conversations.open</c> and <c>views.publish</c>, no parsing
/// of what was sent. <c>GET /count</c> returns how many messages were posted, so the benchmark can tell when every
/// acknowledged turn has sent its replies.
/// </summary>
internal static class FakeSlackApi
{
    private static readonly byte[] Posted = Encoding.UTF8.GetBytes("""{"ok":true,"channel":"D0BENCH","ts":"1700000000.000001","message":{"type":"message","text":"ok"}}""");
    private static readonly byte[] User = Encoding.UTF8.GetBytes("""{"ok":true,"user":{"id":"U0BENCH","name":"bench","real_name":"Bench Seller","tz":"Europe/Berlin","tz_offset":3600,"locale":"en-GB","profile":{"display_name":"bench"}}}""");
    private static readonly byte[] Auth = Encoding.UTF8.GetBytes("""{"ok":true,"team_id":"T0BENCH","user_id":"U0BOT","bot_id":"B0BOT"}""");
    private static readonly byte[] Open = Encoding.UTF8.GetBytes("""{"ok":true,"channel":{"id":"D0BENCH"}}""");
    private static readonly byte[] View = Encoding.UTF8.GetBytes("""{"ok":true,"view":{"id":"V0BENCH"}}""");
    private static readonly byte[] Ok = Encoding.UTF8.GetBytes("""{"ok":true}""");
    private static long _posts;

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/api/{method}", (string method) =>
        {
            var body = method switch
            {
                "chat.postMessage" => Count(Posted),
                "users.info" => User,
                "auth.test" => Auth,
                "conversations.open" => Open,
                "views.publish" => View,
                _ => Ok,
            };
            return Results.Bytes(body, "application/json; charset=utf-8");
        });
        app.MapGet("/count", () => Results.Text(Interlocked.Read(ref _posts).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        app.MapGet("/healthz", () => Results.Ok());
        await app.RunAsync();
        return 0;
    }

    private static byte[] Count(byte[] body)
    {
        Interlocked.Increment(ref _posts);
        return body;
    }
}
