namespace SalesBot.Core.Messaging;

/// <summary>
/// How a turn changes the message that held the pressed button (<see cref="ActionInvocation.SourceMessageId"/>). Channels
/// apply it with Teams <c>updateActivity</c> (or the invoke response card), Slack <c>chat.update</c>, or the local page.
/// When a handler supplies none, a button press gets <see cref="RetireActions"/>: an answered card stops offering its buttons.
/// </summary>
public sealed record SourceMessageUpdate
{
    private SourceMessageUpdate(SourceUpdateKind kind, OutboundMessage? replacement)
    {
        Kind = kind;
        Replacement = replacement;
    }

    public SourceUpdateKind Kind { get; }

    /// <summary>The new content, for <see cref="SourceUpdateKind.Replace"/>.</summary>
    public OutboundMessage? Replacement { get; }

    public static SourceMessageUpdate Keep { get; } = new(SourceUpdateKind.Keep, null);

    public static SourceMessageUpdate RetireActions { get; } = new(SourceUpdateKind.RetireActions, null);

    public static SourceMessageUpdate Replace(OutboundMessage replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        return new SourceMessageUpdate(SourceUpdateKind.Replace, replacement);
    }
}
