using System.Text.Json.Serialization;
using SalesBot.Core.Messaging;

namespace SalesBot.Slack.Modals;

/// <summary>
/// A <see cref="MessageInput"/> as carried in a form button's value and the modal's <c>private_metadata</c> (short JSON
/// names: the button value is limited to 2000 characters).
/// </summary>
public sealed record SlackFormField(
    [property: JsonPropertyName("i")] string Id,
    [property: JsonPropertyName("l")] string Label,
    [property: JsonPropertyName("k")] MessageInputKind Kind,
    [property: JsonPropertyName("p")] string? Placeholder,
    [property: JsonPropertyName("v")] string? Value,
    [property: JsonPropertyName("c")] IReadOnlyList<SlackFormChoice>? Choices,
    [property: JsonPropertyName("r")] bool? Required)
{
    public static SlackFormField From(MessageInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new SlackFormField(
            input.Id,
            input.Label,
            input.Kind,
            input.Placeholder,
            input.Value,
            input.Choices.Count == 0 ? null : [.. input.Choices.Select(c => new SlackFormChoice(c.Name, c.Value))],
            input.Required ? true : null);
    }
}
