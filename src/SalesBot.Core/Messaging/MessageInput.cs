namespace SalesBot.Core.Messaging;

/// <summary>
/// A form field on a message (channel-neutral). When one of the message's buttons is pressed, each input's current value
/// comes back in the pressed action's data under the input's <see cref="Id"/>. The local page renders inputs as form
/// fields; a Teams renderer can map them to Adaptive Card inputs (<c>Input.Text</c>, <c>Input.ChoiceSet</c>,
/// <c>Input.Date</c>, <c>Input.Time</c>, a people picker for <see cref="MessageInputKind.People"/>) and Slack to modal or
/// message blocks (<c>plain_text_input</c>, <c>static_select</c>, <c>datepicker</c>, <c>timepicker</c>,
/// <c>multi_users_select</c>). A renderer that shows no inputs still shows the text, which names the typed command.
/// </summary>
public sealed record MessageInput
{
    public required string Id { get; init; }

    public required string Label { get; init; }

    public MessageInputKind Kind { get; init; } = MessageInputKind.Text;

    public string? Placeholder { get; init; }

    /// <summary>The value shown initially.</summary>
    public string? Value { get; init; }

    /// <summary>For <see cref="MessageInputKind.Choice"/>: the options (value and title).</summary>
    public IReadOnlyList<MessageFact> Choices { get; init; } = [];

    public bool Required { get; init; }
}
