using System.Text.Json;

namespace SalesBot.Slack.Inbound.Wire;

/// <summary><c>message</c> in interactivity payloads: its timestamps, and its text and blocks (to retire answered buttons).</summary>
internal sealed record MessageRefWire
{
    public string? Ts { get; init; }

    public string? ThreadTs { get; init; }

    public string? Text { get; init; }

    public JsonElement? Blocks { get; init; }
}
