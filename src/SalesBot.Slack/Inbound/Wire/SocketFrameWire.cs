using System.Text.Json;

namespace SalesBot.Slack.Inbound.Wire;

/// <summary>A Socket Mode frame: <c>hello</c>, <c>disconnect</c> (with <c>reason</c>) or an envelope with <c>envelope_id</c>.</summary>
internal sealed record SocketFrameWire
{
    public string? Type { get; init; }

    public string? EnvelopeId { get; init; }

    public JsonElement? Payload { get; init; }

    public bool? AcceptsResponsePayload { get; init; }

    public int? RetryAttempt { get; init; }

    public string? RetryReason { get; init; }

    public string? Reason { get; init; }

    public int? NumConnections { get; init; }
}
