using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Slack.Api;
using SalesBot.Slack.Configuration;
using SalesBot.Slack.Inbound;
using SalesBot.Slack.Inbound.Wire;
using SalesBot.Slack.Json;

namespace SalesBot.Slack.SocketMode;

/// <summary>
/// Socket Mode (<c>Slack:Mode = SocketMode</c>): asks <c>apps.connections.open</c> for a one-shot URL with the app-level
/// token, opens a WebSocket, and feeds <c>events_api</c>, <c>slash_commands</c> and <c>interactive</c> envelopes into the
/// same handler as HTTP, acknowledging each with its <c>envelope_id</c> (and the response payload where Slack accepts one).
/// A <c>disconnect</c> frame (<c>refresh_requested</c>, <c>warning</c>, …) reconnects at once with a fresh URL; a dropped
/// socket or a failed connect reconnects with exponential backoff (1 s, 2 s, 4 s … up to <c>Slack:MaxReconnectDelay</c>).
/// An invalid app token stops the client (logged); nothing here can fail start-up.
/// </summary>
internal sealed partial class SlackSocketModeService(
    SlackApiClient api,
    SlackInboundHandler handler,
    IOptions<SlackOptions> options,
    ISlackDelay delay,
    TimeProvider time,
    ILogger<SlackSocketModeService> logger) : BackgroundService
{
    private const int MaxFrameBytes = 4 * 1024 * 1024;
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);
    private static readonly byte[] EmptyPayload = "{}"u8.ToArray();
    private int _failures;

    private enum SessionEnd
    {
        Refresh,
        Dropped,
    }

    /// <summary>Connections opened so far (for logs and tests).</summary>
    public int ConnectionCount { get; private set; }

    internal static TimeSpan Backoff(int failures, TimeSpan max)
    {
        var seconds = Math.Pow(2, Math.Clamp(failures - 1, 0, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, max.TotalSeconds));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var value = options.Value;
        if (value.Mode != SlackMode.SocketMode || string.IsNullOrWhiteSpace(value.AppToken))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            SessionEnd end;
            try
            {
                var url = await api.OpenSocketModeConnectionAsync(value.AppToken, stoppingToken);
                end = await RunSessionAsync(url, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (SlackApiException ex) when (ex.Kind == SlackErrorKind.Auth)
            {
                LogUnrecoverable(logger, ex.Error);
                return;
            }
            catch (Exception ex) when (ex is SlackApiException or WebSocketException or HttpRequestException or OperationCanceledException or IOException)
            {
                LogConnectFailed(logger, ex.Message);
                end = SessionEnd.Dropped;
            }

            if (end == SessionEnd.Refresh)
            {
                continue;
            }

            var wait = Backoff(++_failures, value.MaxReconnectDelay);
            LogReconnecting(logger, wait.TotalSeconds, _failures);
            try
            {
                await delay.DelayAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task<SessionEnd> RunSessionAsync(Uri url, CancellationToken stoppingToken)
    {
        using var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(10);
        socket.Options.KeepAliveTimeout = TimeSpan.FromSeconds(10);
        using (var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
        {
            connectTimeout.CancelAfter(ConnectTimeout);
            await socket.ConnectAsync(url, connectTimeout.Token);
        }

        ConnectionCount++;
        LogConnected(logger, url.Host);
        using var sendLock = new SemaphoreSlim(1, 1);
        var inFlight = new List<Task>();
        try
        {
            while (true)
            {
                var frame = await ReceiveFrameAsync(socket, stoppingToken);
                if (frame is null)
                {
                    LogDropped(logger, socket.CloseStatus?.ToString() ?? "no close status");
                    return SessionEnd.Dropped;
                }

                SocketFrameWire? wire;
                try
                {
                    wire = JsonSerializer.Deserialize(frame, SlackJsonContext.Default.SocketFrameWire);
                }
                catch (JsonException ex)
                {
                    LogBadFrame(logger, ex.Message);
                    continue;
                }

                if (wire is null)
                {
                    continue;
                }

                switch (wire.Type)
                {
                    case "hello":
                        _failures = 0;
                        LogHello(logger, wire.NumConnections ?? 1);
                        break;
                    case "disconnect":
                        LogDisconnect(logger, wire.Reason ?? "unknown");
                        await CloseQuietlyAsync(socket, stoppingToken);
                        return SessionEnd.Refresh;
                    default:
                        if (!string.IsNullOrEmpty(wire.EnvelopeId))
                        {
                            inFlight.RemoveAll(t => t.IsCompleted);
                            inFlight.Add(HandleEnvelopeAsync(wire, socket, sendLock, stoppingToken));
                        }

                        break;
                }
            }
        }
        catch (WebSocketException ex)
        {
            LogDropped(logger, ex.Message);
            return SessionEnd.Dropped;
        }
        finally
        {
            await Task.WhenAll(inFlight);
        }
    }

    private async Task HandleEnvelopeAsync(SocketFrameWire frame, ClientWebSocket socket, SemaphoreSlim sendLock, CancellationToken cancellationToken)
    {
        try
        {
            var delivery = new SlackDelivery(SlackTransport.SocketMode, null, frame.RetryAttempt ?? 0, string.IsNullOrEmpty(frame.RetryReason) ? null : frame.RetryReason, time.GetUtcNow())
            {
                EnvelopeId = frame.EnvelopeId,
            };
            var payload = frame.Payload is { ValueKind: JsonValueKind.Object } element ? element : (JsonElement?)null;
            var ack = (frame.Type, payload) switch
            {
                (_, null) => SlackAck.Bad("Envelope without a payload object."),
                ("events_api", { } p) => await handler.HandleEventAsync(Encoding.UTF8.GetBytes(p.GetRawText()), delivery, cancellationToken),
                ("slash_commands", { } p) => await handler.HandleCommandAsync(ToFields(p), delivery, cancellationToken),
                ("interactive", { } p) => await handler.HandleInteractionAsync(Encoding.UTF8.GetBytes(p.GetRawText()), delivery, cancellationToken),
                _ => SlackAck.Empty,
            };

            if (ack.Kind == SlackAckKind.Busy)
            {
                // Not acknowledged: Slack redelivers it.
                return;
            }

            if (ack.Kind == SlackAckKind.BadRequest)
            {
                LogBadFrame(logger, ack.Text ?? "bad envelope");
            }

            var body = ack.Kind == SlackAckKind.Json && frame.AcceptsResponsePayload != false ? ack.Json! : EmptyPayload;
            var message = AckFrame(frame.EnvelopeId!, body);
            await sendLock.WaitAsync(cancellationToken);
            try
            {
                await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }
            finally
            {
                sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // The socket went away before the ack: Slack redelivers the envelope on the next connection.
            LogAckFailed(logger, frame.EnvelopeId, ex.Message);
        }
    }

    /// <summary><c>{"envelope_id":"…","payload":{…}}</c>, written with a JSON writer (the payload is already serialised JSON).</summary>
    internal static byte[] AckFrame(string envelopeId, byte[] payload)
    {
        var buffer = new ArrayBufferWriter<byte>(payload.Length + 64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("envelope_id", envelopeId);
            writer.WritePropertyName("payload");
            writer.WriteRawValue(payload, skipInputValidation: false);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static Dictionary<string, string> ToFields(JsonElement payload)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in payload.EnumerateObject())
        {
            fields[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString()!,
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => property.Value.GetRawText(),
            };
        }

        return fields;
    }

    private static async Task<byte[]?> ReceiveFrameAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var chunk = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(chunk, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(chunk, 0, result.Count);
            if (message.Length > MaxFrameBytes)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.MessageTooBig, "frame too large", cancellationToken);
                return null;
            }

            if (result.EndOfMessage)
            {
                return message.ToArray();
            }
        }
    }

    private static async Task CloseQuietlyAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The old connection is being replaced; nothing to do.
        }
    }

    [LoggerMessage(EventId = 7600, Level = LogLevel.Information, Message = "Slack Socket Mode connected to {Host}")]
    private static partial void LogConnected(ILogger logger, string host);

    [LoggerMessage(EventId = 7601, Level = LogLevel.Information, Message = "Slack Socket Mode hello ({Connections} connections)")]
    private static partial void LogHello(ILogger logger, int connections);

    [LoggerMessage(EventId = 7602, Level = LogLevel.Information, Message = "Slack Socket Mode disconnect requested ({Reason}); reconnecting with a fresh URL")]
    private static partial void LogDisconnect(ILogger logger, string reason);

    [LoggerMessage(EventId = 7603, Level = LogLevel.Warning, Message = "Slack Socket Mode connection dropped: {Reason}")]
    private static partial void LogDropped(ILogger logger, string reason);

    [LoggerMessage(EventId = 7604, Level = LogLevel.Warning, Message = "Slack Socket Mode connect failed: {Reason}")]
    private static partial void LogConnectFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 7605, Level = LogLevel.Information, Message = "Slack Socket Mode reconnecting in {Seconds}s (failure {Failures})")]
    private static partial void LogReconnecting(ILogger logger, double seconds, int failures);

    [LoggerMessage(EventId = 7606, Level = LogLevel.Error, Message = "Slack Socket Mode stopped: the app-level token was refused ({Error}). Check Slack:AppToken (xapp-…, scope connections:write).")]
    private static partial void LogUnrecoverable(ILogger logger, string error);

    [LoggerMessage(EventId = 7607, Level = LogLevel.Warning, Message = "Slack Socket Mode frame ignored: {Reason}")]
    private static partial void LogBadFrame(ILogger logger, string reason);

    [LoggerMessage(EventId = 7608, Level = LogLevel.Warning, Message = "Slack Socket Mode ack for {EnvelopeId} not sent: {Reason}")]
    private static partial void LogAckFailed(ILogger logger, string? envelopeId, string reason);
}
