using System.Text.Json.Serialization;

namespace SalesBot.Teams.Cards;

/// <summary>An Adaptive Card (schema 1.5, the highest Teams renders). Nested cards (Action.ShowCard) omit the version.</summary>
public sealed record AdaptiveCard
{
    public const string CurrentVersion = "1.5";
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyName("type")]
    [JsonPropertyOrder(-3)]
    public string Type { get; init; } = "AdaptiveCard";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string? Schema { get; init; } = SchemaUrl;

    [JsonPropertyOrder(-1)]
    public string? Version { get; init; } = CurrentVersion;

    /// <summary>Shown by clients that cannot render the card; also what notifications fall back to.</summary>
    public string? FallbackText { get; init; }

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Teams extension: <c>{"width":"Full"}</c> lets score cards use the chat's width.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardProperties? Teams { get; init; }
}
