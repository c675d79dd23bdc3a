namespace SalesBot.Host.Channels.Local;

/// <summary>The answer to POST /api/local/messages.</summary>
internal sealed record LocalResponse(IReadOnlyList<LocalReply> Replies)
{
    /// <summary>The update of the pressed message, for a button press that named its <c>sourceMessageId</c>.</summary>
    public LocalUpdate? Update { get; init; }

    /// <summary>True when the message id was already processed: nothing ran, no replies.</summary>
    public bool? Duplicate { get; init; }
}
