namespace SalesBot.Host.Scheduling;

/// <summary>Where one occurrence's delivery stands in the ledger (ADR 0005 §4.3).</summary>
internal enum DeliveryState
{
    /// <summary>An instance took it (lease); it has not started sending.</summary>
    Claimed,

    /// <summary>The send attempt is in flight (the fence: only the instance whose replace won may send).</summary>
    Sending,

    /// <summary>The last attempt provably or probably did not deliver; the owner retries at <see cref="DeliveryRecord.NextAttemptAt"/>.</summary>
    RetryWait,

    Sent,

    /// <summary>Not deliverable: recipient gone or blocked, never talked to the bot, retries exhausted.</summary>
    Failed,

    /// <summary>Deliberately not sent, with a reason (paused, away, opted out, daily cap, too late).</summary>
    Skipped,

    /// <summary>The schedule no longer has this occurrence (deleted, person removed from the team).</summary>
    Cancelled,

    /// <summary>An attempt was in flight when its instance died and it is unknowable whether it arrived; not resent (at most once).</summary>
    Indeterminate,
}
