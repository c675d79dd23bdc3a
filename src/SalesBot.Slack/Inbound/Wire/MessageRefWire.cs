namespace SalesBot.Slack.Inbound.Wire;

/// <summary><c>message</c> in interactivity payloads (only its timestamps are read).</summary>
internal sealed record MessageRefWire
{
    public string? Ts { get; init; }

    public string? ThreadTs { get; init; }
}
