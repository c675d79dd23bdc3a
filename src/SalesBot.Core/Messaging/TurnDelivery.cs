namespace SalesBot.Core.Messaging;

/// <summary>Who delivers the result of a turn run with <see cref="ITurnPipeline.ProcessAsync"/>.</summary>
public enum TurnDelivery
{
    /// <summary>Nothing is sent: the caller renders the whole <see cref="TurnResult"/> into its HTTP response (the local channel).</summary>
    Caller,

    /// <summary>
    /// The replies go through the channel's messenger (in order, after the commit, before <c>ProcessAsync</c> returns); the
    /// caller answers the platform with <see cref="TurnResult.SourceUpdate"/> (Teams <c>adaptiveCard/action</c> invoke:
    /// the refreshed card is the HTTP response).
    /// </summary>
    RepliesByMessenger,
}
