namespace SalesBot.Core.Messaging;

/// <summary>A button press: the action id and its data, and which message held the button.</summary>
public sealed record ActionInvocation(string Id, IReadOnlyDictionary<string, string> Data)
{
    /// <summary>
    /// The channel's id of the message whose button was pressed (Teams: the card activity's <c>replyToId</c>; Slack:
    /// <c>container.message_ts</c>; local: the reply id), so the turn can update that message. Null when unknown.
    /// </summary>
    public string? SourceMessageId { get; init; }

    public string? Get(string key) => Data.TryGetValue(key, out var value) ? value : null;
}
