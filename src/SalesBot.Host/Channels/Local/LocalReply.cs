namespace SalesBot.Host.Channels.Local;

/// <summary>One reply: <see cref="Text"/> is always a complete plain-text rendering; the other fields carry the rich parts.</summary>
internal sealed record LocalReply
{
    /// <summary>The message's id: send it back as <c>action.sourceMessageId</c> when one of its buttons is pressed.</summary>
    public required string Id { get; init; }
    public required string Text { get; init; }
    public required string Kind { get; init; }
    public string? Speaker { get; init; }
    public string? Title { get; init; }
    public string? Body { get; init; }
    public IReadOnlyList<LocalSection> Sections { get; init; } = [];
    public IReadOnlyList<LocalActionButton> Actions { get; init; } = [];

    /// <summary>Form fields: when a button is pressed, the page sends each field's value in the action's data.</summary>
    public IReadOnlyList<LocalInput>? Inputs { get; init; }
}
