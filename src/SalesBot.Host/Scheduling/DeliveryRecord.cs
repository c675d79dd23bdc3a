using SalesBot.Core.Scheduling;

namespace SalesBot.Host.Scheduling;

/// <summary>
/// The delivery ledger's document for one occurrence (id = <see cref="OccurrenceKey.DocumentId"/>, in the recipient's
/// ledger partition): created by the instance that claims it (a conditional create: one winner), then moved on under
/// its ETag. Exactly one per occurrence, so it is also the audit trail of what was sent, skipped or failed and why.
/// </summary>
internal sealed record DeliveryRecord
{
    public required string Key { get; init; }

    public required OccurrenceKind Kind { get; init; }

    public required string RecipientId { get; init; }

    public required DeliveryState State { get; init; }

    /// <summary>The instance that holds the claim (or wrote the last state).</summary>
    public required string Owner { get; init; }

    public DateTimeOffset? LeaseUntil { get; init; }

    /// <summary>Send attempts started; the proactive idempotency key of attempt n is <c>{key}#n</c>.</summary>
    public int Attempt { get; init; }

    public DateTimeOffset? AttemptStartedAt { get; init; }

    public DateTimeOffset? NextAttemptAt { get; init; }

    public required DateTimeOffset PlannedAt { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    /// <summary>Sent later than the on-time grace (after downtime or a backlog).</summary>
    public bool CaughtUp { get; init; }

    public IReadOnlyList<string> MessageIds { get; init; } = [];

    /// <summary>Why it was skipped, failed or retried (a skip reason name or a short channel detail).</summary>
    public string? Reason { get; init; }

    public IReadOnlyList<DeliveryTransition> History { get; init; } = [];

    public bool IsTerminal => State is DeliveryState.Sent or DeliveryState.Failed or DeliveryState.Skipped or DeliveryState.Cancelled or DeliveryState.Indeterminate;

    public DeliveryRecord Next(DeliveryState state, string owner, DateTimeOffset at, string? note = null) => this with
    {
        State = state,
        Owner = owner,
        History = History.Append(new DeliveryTransition(at, state, owner, note)).TakeLast(10).ToList(),
    };
}
