using System.Text.Json.Serialization;

namespace SalesBot.Slack.Modals;

/// <summary>
/// A message's form as carried by its submit button: the button's title (the modal's title), its own data and the fields.
/// </summary>
public sealed record SlackForm(
    [property: JsonPropertyName("t")] string Title,
    [property: JsonPropertyName("d")] IReadOnlyDictionary<string, string> Data,
    [property: JsonPropertyName("f")] IReadOnlyList<SlackFormField> Fields);
