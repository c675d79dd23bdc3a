namespace SalesBot.Slack.Inbound;

/// <summary>
/// Delivery facts for de-duplication and logs. <see cref="DeliveryId"/> is the id Slack keeps across retries:
/// <c>event_id</c> for events, <c>trigger_id</c> for commands and interactions. <see cref="RetryAttempt"/> is
/// <c>X-Slack-Retry-Num</c> (HTTP) or <c>retry_attempt</c> (Socket Mode); 0 on the first delivery.
/// </summary>
public sealed record SlackDelivery(SlackTransport Transport, string? DeliveryId, int RetryAttempt, string? RetryReason, DateTimeOffset ReceivedAt)
{
    /// <summary>The Socket Mode envelope this came in (acknowledged already).</summary>
    public string? EnvelopeId { get; init; }
}
