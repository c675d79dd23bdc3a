namespace SalesBot.Host.Scheduling;

/// <summary>What one dispatch of an occurrence did on this instance.</summary>
internal enum DispatchOutcome
{
    Sent,
    Skipped,
    Failed,
    Cancelled,
    Indeterminate,

    /// <summary>The ledger already held a final state (another fire, instance or restart got there first).</summary>
    AlreadyDone,

    /// <summary>Another instance holds a live claim; the refill re-checks after its lease.</summary>
    HeldByOther,

    /// <summary>Not due yet (moved later, an early fire, waiting for quiet hours to end): re-registered.</summary>
    Rescheduled,

    /// <summary>The attempt failed in a retryable way; re-registered for the next attempt.</summary>
    RetryScheduled,

    /// <summary>The fence failed: someone changed the ledger between two steps; nothing was sent.</summary>
    LostRace,

    /// <summary>This instance was already dispatching the same key.</summary>
    InFlight,
}
