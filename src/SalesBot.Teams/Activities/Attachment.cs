using System.Text.Json;

namespace SalesBot.Teams.Activities;

/// <summary>An attachment: an Adaptive Card (<c>application/vnd.microsoft.card.adaptive</c>), an HTML copy of the text, a file…</summary>
public sealed record Attachment
{
    public string? ContentType { get; init; }

    /// <summary>A card object, an HTML string or anything else: kept as raw JSON.</summary>
    public JsonElement? Content { get; init; }

    public string? ContentUrl { get; init; }

    public string? Name { get; init; }
}
