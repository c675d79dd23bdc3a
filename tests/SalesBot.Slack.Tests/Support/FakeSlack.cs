using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SalesBot.Slack.Tests.Support;

/// <summary>
/// A fake Slack on 127.0.0.1 (Kestrel, port 0): the Web API at <c>/api/{method}</c> recording every call and answering with
/// realistic bodies (or scripted ones: 429 + Retry-After, <c>ok:false</c>), <c>response_url</c>s at <c>/respond/{id}</c>,
/// and a Socket Mode WebSocket at <c>/link</c> that sends <c>hello</c>, envelopes and <c>disconnect</c>, records acks and
/// can drop the connection.
/// </summary>
public sealed class FakeSlack : IAsyncDisposable
{
    public const string TeamId = "T0001";
    public const string BotUserId = "U0BOT";
    public const string BotId = "B0BOT";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeReply>> _scripted = new(StringComparer.Ordinal);
    private readonly Channel<FakeSocket> _connections = Channel.CreateUnbounded<FakeSocket>();
    private readonly Channel<RecordedCall> _callFeed = Channel.CreateUnbounded<RecordedCall>();
    private readonly List<(Func<IReadOnlyList<RecordedCall>, bool> Condition, TaskCompletionSource Signal)> _waiters = [];
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _ts;
    private int _tickets;

    private FakeSlack(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseUrl { get; private set; } = null!;

    public Uri ApiBaseUrl => new(BaseUrl, "/api/");

    /// <summary>Sent as <c>hello</c> on every new socket unless false.</summary>
    public bool SendHello { get; set; } = true;

    public IReadOnlyList<RecordedCall> Calls => [.. _calls];

    public IReadOnlyList<RecordedCall> CallsTo(string method) => _calls.Where(c => c.Method == method).ToList();

    public static async Task<FakeSlack> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlack(app);
        app.UseWebSockets();
        app.MapPost("/api/{method}", (HttpContext context, string method) => fake.ApiAsync(context, method));
        app.MapPost("/respond/{id}", (HttpContext context, string id) => fake.ApiAsync(context, "response_url:" + id));
        app.Map("/link", fake.SocketAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return fake;
    }

    public Uri ResponseUrl(string id) => new(BaseUrl, "/respond/" + id);

    /// <summary>The next answer for <paramref name="method"/> (then the default again).</summary>
    public void Enqueue(string method, FakeReply reply) => _scripted.GetOrAdd(method, _ => new()).Enqueue(reply);

    /// <summary>Waits for the next call to <paramref name="method"/> (calls made before this are skipped).</summary>
    public async Task<RecordedCall> NextCallAsync(string method, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var call = await _callFeed.Reader.ReadAsync(cts.Token);
            if (call.Method == method)
            {
                return call;
            }
        }
    }

    /// <summary>
    /// Completes when the recorded calls satisfy <paramref name="condition"/> (checked now and after every new call: a
    /// signal, not polling); fails after <paramref name="timeout"/> with the calls seen so far.
    /// </summary>
    public async Task<IReadOnlyList<RecordedCall>> WaitForAsync(Func<IReadOnlyList<RecordedCall>, bool> condition, TimeSpan? timeout = null, string? what = null)
    {
        var waiter = (Condition: condition, Signal: new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_waiters)
        {
            _waiters.Add(waiter);
        }

        Signal();
        try
        {
            await waiter.Signal.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(20));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The fake Slack never saw {what ?? "the expected calls"}. Calls: " + string.Join(" | ", Calls.Select(c => c.Method + " " + Truncate(c.Text))));
        }
        finally
        {
            lock (_waiters)
            {
                _waiters.Remove(waiter);
            }
        }

        return Calls;
    }

    /// <summary>Waits for <paramref name="count"/> successful posts to <paramref name="channel"/> after the first <paramref name="skip"/>.</summary>
    public async Task<IReadOnlyList<RecordedCall>> WaitForPostsAsync(string channel, int skip, int count = 1, Func<RecordedCall, bool>? last = null)
    {
        var calls = await WaitForAsync(
            all =>
            {
                var posts = PostsTo(all, channel).Skip(skip).ToList();
                return posts.Count >= count && (last is null || last(posts[^1]));
            },
            what: $"{count} posts to {channel} after {skip}");
        return PostsTo(calls, channel).Skip(skip).ToList();
    }

    /// <summary>Successful <c>chat.postMessage</c> calls to a channel, in order.</summary>
    public IReadOnlyList<RecordedCall> Posts(string channel) => PostsTo(Calls, channel).ToList();

    private static IEnumerable<RecordedCall> PostsTo(IEnumerable<RecordedCall> calls, string channel) =>
        calls.Where(c => c.Method == "chat.postMessage" && c.Succeeded && c.Arg("channel") == channel);

    private static string Truncate(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private void Signal()
    {
        List<(Func<IReadOnlyList<RecordedCall>, bool> Condition, TaskCompletionSource Signal)> waiters;
        lock (_waiters)
        {
            waiters = [.. _waiters];
        }

        if (waiters.Count == 0)
        {
            return;
        }

        var calls = Calls;
        foreach (var waiter in waiters)
        {
            if (waiter.Condition(calls))
            {
                waiter.Signal.TrySetResult();
            }
        }
    }

    /// <summary>The next Socket Mode connection the client opens.</summary>
    public async Task<FakeSocket> NextConnectionAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await _connections.Reader.ReadAsync(cts.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>When set, <c>chat.postMessage</c> calls wait for it before they are answered (a slow Slack).</summary>
    public Task? Hold { get; set; }

    /// <summary>Completes when a <c>chat.postMessage</c> call is being held by <see cref="Hold"/>.</summary>
    public Task WaitForHeldAsync() => _held.Task.WaitAsync(TimeSpan.FromSeconds(20));

    private async Task ApiAsync(HttpContext context, string method)
    {
        if (method == "chat.postMessage" && Hold is { } hold)
        {
            _held.TrySetResult();
            await hold;
        }

        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var contentType = context.Request.ContentType;
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        JsonNode? json = null;
        if (contentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal) == true)
        {
            foreach (var (key, value) in QueryHelpers.ParseQuery(body))
            {
                form[key] = value.ToString();
            }
        }
        else if (contentType?.StartsWith("application/json", StringComparison.Ordinal) == true && body.Length > 0)
        {
            json = JsonNode.Parse(body);
        }

        var call = new RecordedCall(method, context.Request.Headers.Authorization.ToString(), contentType, body, form, json) { At = TimeProvider.System.GetUtcNow() };
        var reply = _scripted.TryGetValue(method, out var queue) && queue.TryDequeue(out var scripted) ? scripted : Default(call);
        call = call with { Status = reply.Status, Response = (JsonObject)reply.Body.DeepClone() };
        _calls.Enqueue(call);
        _callFeed.Writer.TryWrite(call);
        Signal();

        context.Response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers)
        {
            context.Response.Headers[name] = value;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(reply.Body.ToJsonString(), context.RequestAborted);
    }

    private FakeReply Default(RecordedCall call)
    {
        if (call.Method.StartsWith("response_url:", StringComparison.Ordinal))
        {
            return FakeReply.Ok(new JsonObject());
        }

        var auth = call.Authorization;
        if (string.IsNullOrEmpty(auth))
        {
            return FakeReply.Error("not_authed");
        }

        if (call.Method == "apps.connections.open" && !auth.StartsWith("Bearer xapp-", StringComparison.Ordinal))
        {
            return FakeReply.Error("not_allowed_token_type");
        }

        var ts = string.Create(CultureInfo.InvariantCulture, $"1700000000.{Interlocked.Increment(ref _ts):D6}");
        return call.Method switch
        {
            "auth.test" => FakeReply.Ok(new JsonObject
            {
                ["url"] = "https://salesbot-test.slack.com/",
                ["team"] = "SalesBot Test",
                ["user"] = "salesbot",
                ["team_id"] = TeamId,
                ["user_id"] = BotUserId,
                ["bot_id"] = BotId,
                ["is_enterprise_install"] = false,
            }),
            "chat.postMessage" => FakeReply.Ok(new JsonObject
            {
                ["channel"] = call.Arg("channel"),
                ["ts"] = ts,
                ["message"] = new JsonObject { ["type"] = "message", ["user"] = BotUserId, ["bot_id"] = BotId, ["text"] = call.Arg("text"), ["ts"] = ts },
            }),
            "chat.update" => FakeReply.Ok(new JsonObject { ["channel"] = call.Arg("channel"), ["ts"] = call.Arg("ts"), ["text"] = call.Arg("text") }),
            "chat.postEphemeral" => FakeReply.Ok(new JsonObject { ["message_ts"] = ts }),
            "conversations.open" => FakeReply.Ok(new JsonObject { ["channel"] = new JsonObject { ["id"] = "D" + call.Arg("users") } }),
            "views.open" or "views.publish" => FakeReply.Ok(new JsonObject
            {
                ["view"] = new JsonObject { ["id"] = "V0000000001", ["team_id"] = TeamId, ["hash"] = "1700000000.abcdef", ["type"] = call.Method == "views.publish" ? "home" : "modal" },
            }),
            "users.info" when call.Arg("user") == "U0GONE" => FakeReply.Error("user_not_found"),
            "users.info" => FakeReply.Ok(new JsonObject
            {
                ["user"] = new JsonObject
                {
                    ["id"] = call.Arg("user"),
                    ["team_id"] = TeamId,
                    ["name"] = "alice",
                    ["real_name"] = "Alice Adams",
                    ["tz"] = "Europe/Berlin",
                    ["tz_label"] = "Central European Time",
                    ["tz_offset"] = 3600,
                    ["deleted"] = false,
                    ["is_bot"] = false,
                    ["locale"] = "en-GB",
                    ["profile"] = new JsonObject { ["display_name"] = "alice", ["real_name"] = "Alice Adams" },
                },
            }),
            "oauth.v2.access" => call.Arg("code") == "good-code"
                ? FakeReply.Ok(new JsonObject
                {
                    ["access_token"] = "xoxb-installed-0002",
                    ["token_type"] = "bot",
                    ["scope"] = "app_mentions:read,chat:write,commands,im:history",
                    ["bot_user_id"] = "U0BOT2",
                    ["app_id"] = "A0001",
                    ["team"] = new JsonObject { ["name"] = "Acme Sales", ["id"] = "T0002" },
                    ["enterprise"] = null,
                    ["is_enterprise_install"] = false,
                    ["authed_user"] = new JsonObject { ["id"] = "U0INSTALLER" },
                })
                : FakeReply.Error("invalid_code"),
            "apps.connections.open" => FakeReply.Ok(new JsonObject
            {
                ["url"] = new Uri(BaseUrl, string.Create(CultureInfo.InvariantCulture, $"/link/?ticket={Interlocked.Increment(ref _tickets)}&app_id=A0001")).ToString().Replace("http://", "ws://", StringComparison.Ordinal),
            }),
            _ => FakeReply.Error("unknown_method"),
        };
    }

    private async Task SocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var fakeSocket = new FakeSocket(socket, context.Request.QueryString.Value ?? "");
        if (SendHello)
        {
            await fakeSocket.SendAsync(new JsonObject { ["type"] = "hello", ["num_connections"] = 1, ["connection_info"] = new JsonObject { ["app_id"] = "A0001" } });
        }

        _connections.Writer.TryWrite(fakeSocket);
        await fakeSocket.ReceiveLoopAsync(context.RequestAborted);
    }
}
