using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesBot.Host.Channels.Local;

/// <summary>A button press in the local channel.</summary>
internal sealed record LocalAction
{
    public string? Id { get; init; }

    /// <summary>Action data; values may be strings, numbers or booleans.</summary>
    public Dictionary<string, JsonElement>? Data { get; init; }
}

/// <summary>POST /api/local/messages: text or an action from a user.</summary>
internal sealed record LocalRequest
{
    public string? UserId { get; init; }
    public string? UserName { get; init; }
    public string? Text { get; init; }
    public LocalAction? Action { get; init; }
}

internal sealed record LocalFact(string Name, string Value);

internal sealed record LocalSection(string? Title, string? Text, IReadOnlyList<LocalFact> Facts);

internal sealed record LocalActionButton(string Id, string Title, IReadOnlyDictionary<string, string> Data);

/// <summary>One reply: <see cref="Text"/> is always a complete plain-text rendering; the other fields carry the rich parts.</summary>
internal sealed record LocalReply
{
    public required string Text { get; init; }
    public required string Kind { get; init; }
    public string? Speaker { get; init; }
    public string? Title { get; init; }
    public string? Body { get; init; }
    public IReadOnlyList<LocalSection> Sections { get; init; } = [];
    public IReadOnlyList<LocalActionButton> Actions { get; init; } = [];
}

internal sealed record LocalResponse(IReadOnlyList<LocalReply> Replies);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(LocalRequest))]
[JsonSerializable(typeof(LocalResponse))]
internal sealed partial class LocalJsonContext : JsonSerializerContext;
