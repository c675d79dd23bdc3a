namespace SalesBot.Host.Channels.Local;

/// <summary>
/// What happens to an earlier message (the one whose button was pressed): <c>replace</c> it with <see cref="Reply"/>, or
/// <c>retire</c> its buttons (keep the content, disable the buttons).
/// </summary>
internal sealed record LocalUpdate(string MessageId, string Kind)
{
    public LocalReply? Reply { get; init; }
}
