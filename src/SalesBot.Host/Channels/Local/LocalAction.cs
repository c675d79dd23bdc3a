using System.Text.Json;

namespace SalesBot.Host.Channels.Local;

/// <summary>A button press in the local channel.</summary>
internal sealed record LocalAction
{
    public string? Id { get; init; }

    /// <summary>Action data; values may be strings, numbers or booleans.</summary>
    public Dictionary<string, JsonElement>? Data { get; init; }

    /// <summary>The id of the reply (or inbox message) that held the button, so the turn can update it.</summary>
    public string? SourceMessageId { get; init; }
}
