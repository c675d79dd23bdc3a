namespace SalesBot.Core.Conversations;

/// <summary>A button press: the action id and its data.</summary>
public sealed record ActionInvocation(string Id, IReadOnlyDictionary<string, string> Data)
{
    public string? Get(string key) => Data.TryGetValue(key, out var value) ? value : null;
}

/// <summary>One message from a user, whatever the channel: text or a button press.</summary>
public sealed record InboundTurn
{
    public required UserKey User { get; init; }

    public string? UserName { get; init; }

    /// <summary>The channel's conversation id (a DM, a chat); the local channel uses the user id.</summary>
    public required string ConversationId { get; init; }

    public string? Text { get; init; }

    public ActionInvocation? Action { get; init; }

    /// <summary>The channel's message id, for de-duplication and logs.</summary>
    public string? MessageId { get; init; }
}
