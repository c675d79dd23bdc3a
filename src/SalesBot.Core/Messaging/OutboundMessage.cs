namespace SalesBot.Core.Messaging;

/// <summary>
/// A channel-neutral rich message. Text may use <c>**bold**</c> and line breaks; every renderer can also produce
/// a plain-text fallback from it (<see cref="PlainText"/>).
/// </summary>
public sealed record OutboundMessage
{
    public MessageKind Kind { get; init; } = MessageKind.Info;

    /// <summary>Who speaks, for buyer lines (e.g. "Dana Whitfield, CFO").</summary>
    public string? Speaker { get; init; }

    public string? Title { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<MessageSection> Sections { get; init; } = [];

    public IReadOnlyList<MessageAction> Actions { get; init; } = [];

    /// <summary>Form fields whose values come back with a pressed action's data (see <see cref="MessageInput"/>).</summary>
    public IReadOnlyList<MessageInput> Inputs { get; init; } = [];

    public static OutboundMessage Plain(string text) => new() { Text = text };
}
