namespace SalesBot.Core.Messaging;

/// <summary>A button: pressing it sends the action id and data back as an <see cref="ActionInvocation"/>.</summary>
public sealed record MessageAction(string Id, string Title, IReadOnlyDictionary<string, string> Data)
{
    public MessageAction(string id, string title)
        : this(id, title, new Dictionary<string, string>())
    {
    }

    public ButtonStyle Style { get; init; } = ButtonStyle.Default;

    public static MessageAction With(string id, string title, string key, string value) =>
        new(id, title, new Dictionary<string, string> { [key] = value });
}
