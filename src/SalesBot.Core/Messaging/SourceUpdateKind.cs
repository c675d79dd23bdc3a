namespace SalesBot.Core.Messaging;

/// <summary>What happens to the message whose button was pressed.</summary>
public enum SourceUpdateKind
{
    /// <summary>Leave it as it is (a menu whose buttons stay useful).</summary>
    Keep,

    /// <summary>
    /// Keep its content, stop offering its buttons: the default after a button press. A channel that still has the message's
    /// content (the local page; Slack's <c>block_actions</c> payload) removes or disables the buttons; a channel that can't
    /// recover the content may leave the message unchanged (every handler re-checks a stale press anyway).
    /// </summary>
    RetireActions,

    /// <summary>Show <see cref="SourceMessageUpdate.Replacement"/> instead (e.g. the review card becomes "✓ Approved by …").</summary>
    Replace,
}
