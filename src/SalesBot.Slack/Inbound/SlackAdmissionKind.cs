namespace SalesBot.Slack.Inbound;

/// <summary>How an inbound item was admitted before the acknowledgement.</summary>
public enum SlackAdmissionKind
{
    /// <summary>Handed on already (or a duplicate): acknowledge with 200; <see cref="ISlackTurnSink.HandleAsync"/> is not called.</summary>
    Accepted,

    /// <summary>Acknowledge, then queue it for <see cref="ISlackTurnSink.HandleAsync"/> on a background lane.</summary>
    Deferred,

    /// <summary>Can't take it now: 503 (HTTP) or no ack (Socket Mode), so Slack delivers it again.</summary>
    Busy,
}
