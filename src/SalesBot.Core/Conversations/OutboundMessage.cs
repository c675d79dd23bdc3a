namespace SalesBot.Core.Conversations;

/// <summary>What a message is for; renderers may style it (a buyer's line, a score card, a summary).</summary>
public enum MessageKind
{
    Info,
    Buyer,
    Feedback,
    Summary,
    Error,
}

/// <summary>A name/value pair (a criterion and its verdict, a category and its proficiency).</summary>
public sealed record MessageFact(string Name, string Value);

/// <summary>A titled block of a message: a paragraph and/or facts.</summary>
public sealed record MessageSection
{
    public string? Title { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<MessageFact> Facts { get; init; } = [];
}

/// <summary>A button: pressing it sends the action id and data back as an <see cref="ActionInvocation"/>.</summary>
public sealed record MessageAction(string Id, string Title, IReadOnlyDictionary<string, string> Data)
{
    public MessageAction(string id, string title)
        : this(id, title, new Dictionary<string, string>())
    {
    }

    public static MessageAction With(string id, string title, string key, string value) =>
        new(id, title, new Dictionary<string, string> { [key] = value });
}

/// <summary>
/// A channel-neutral rich message. Text may use <c>**bold**</c> and line breaks; every renderer can also produce
/// a plain-text fallback from it.
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

    public static OutboundMessage Plain(string text) => new() { Text = text };
}
