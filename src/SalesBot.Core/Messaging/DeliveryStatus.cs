namespace SalesBot.Core.Messaging;

/// <summary>The outcome of sending to a channel.</summary>
public enum DeliveryStatus
{
    /// <summary>Every message arrived.</summary>
    Delivered,

    /// <summary>
    /// The platform says this recipient can't be reached any more (Teams 403 "bot not in roster" / blocked, 404 conversation
    /// gone; Slack <c>account_inactive</c>, <c>channel_not_found</c>, <c>not_in_channel</c>). The pipeline marks the
    /// reference inactive and sends nothing more to it until the user writes again.
    /// </summary>
    RecipientGone,

    /// <summary>
    /// Still failing after the messenger's own retries (429 beyond the retry budget, 5xx, network). Messages before the
    /// failing one may have arrived (<see cref="DeliveryResult.MessageIds"/>); nothing is retried by the pipeline.
    /// </summary>
    Transient,
}
