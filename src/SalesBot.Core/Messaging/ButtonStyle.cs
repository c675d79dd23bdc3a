namespace SalesBot.Core.Messaging;

/// <summary>
/// How a button looks. Renderers map it to the channel's styles: Adaptive Cards <c>positive</c>/<c>destructive</c>,
/// Block Kit <c>primary</c>/<c>danger</c>; channels without styles ignore it.
/// </summary>
public enum ButtonStyle
{
    Default,

    /// <summary>The action the user most likely wants, or one that confirms (Approve).</summary>
    Positive,

    /// <summary>An action that rejects or deletes (Reject).</summary>
    Destructive,
}
