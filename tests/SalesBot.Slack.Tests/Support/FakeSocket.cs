using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SalesBot.Slack.Tests.Support;

/// <summary>The server side of one Socket Mode connection.</summary>
public sealed class FakeSocket(WebSocket socket, string query)
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonNode>> _acks = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Query { get; } = query;

    /// <summary>Completes when the client closes or the connection drops.</summary>
    public Task Closed => _closed.Task;

    public async Task SendAsync(JsonNode frame)
    {
        await _send.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(frame.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>Sends an envelope and returns its ack (the whole ack frame).</summary>
    public async Task<JsonNode> SendEnvelopeAsync(string type, JsonNode payload, string envelopeId, bool acceptsResponsePayload = false, int retryAttempt = 0, TimeSpan? timeout = null)
    {
        var ack = _acks.GetOrAdd(envelopeId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
        var frame = new JsonObject
        {
            ["envelope_id"] = envelopeId,
            ["type"] = type,
            ["payload"] = payload,
            ["accepts_response_payload"] = acceptsResponsePayload,
        };
        if (type == "events_api")
        {
            frame["retry_attempt"] = retryAttempt;
            frame["retry_reason"] = retryAttempt == 0 ? "" : "timeout";
        }

        await SendAsync(frame);
        return await ack.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(3));
    }

    public Task SendDisconnectAsync(string reason) =>
        SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = reason, ["debug_info"] = new JsonObject { ["host"] = "applink-fake" } });

    /// <summary>Drops the TCP connection without a close handshake.</summary>
    public void Abort() => socket.Abort();

    internal async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, cancellationToken);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                var frame = JsonNode.Parse(message.ToArray())!;
                var id = frame["envelope_id"]?.GetValue<string>();
                if (id is not null)
                {
                    _acks.GetOrAdd(id, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(frame);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or JsonException)
        {
            // Dropped (possibly on purpose by Abort).
        }
        finally
        {
            _closed.TrySetResult();
        }
    }
}
