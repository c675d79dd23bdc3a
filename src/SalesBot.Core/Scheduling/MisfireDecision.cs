namespace SalesBot.Core.Scheduling;

/// <summary>The misfire policy's answer for one occurrence at one moment.</summary>
public sealed record MisfireDecision
{
    public required MisfireAction Action { get; init; }

    /// <summary>Now minus the planned send time (negative for an early fire).</summary>
    public required TimeSpan Lateness { get; init; }

    /// <summary>Sent later than <see cref="SchedulingRules.OnTimeGrace"/> after downtime or a backlog.</summary>
    public bool CaughtUp { get; init; }

    public DateTimeOffset? WaitUntil { get; init; }

    public SkipReason? SkipReason { get; init; }
}
