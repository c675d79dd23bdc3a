namespace SalesBot.Core.Scheduling;

/// <summary>
/// One thing due for one recipient: a send at <see cref="SendAt"/>, or, when <see cref="SkipReason"/> is set, a skip
/// to record at that time. <see cref="SendAt"/> depends only on the schedules and preferences, never on when or over
/// which window it was computed, so consecutive planning windows list every occurrence exactly once.
/// </summary>
public sealed record PlannedOccurrence
{
    public required OccurrenceKey Key { get; init; }

    public required string RecipientId { get; init; }

    /// <summary>The rule's instant (the meeting's brief time, the nudge's local time) before quiet hours and the daily cap.</summary>
    public required DateTimeOffset NominalAt { get; init; }

    /// <summary>When to send (or record the skip).</summary>
    public required DateTimeOffset SendAt { get; init; }

    /// <summary>A send after this is no use (the 1:1 started, the nudge's day or evening is over): misfire skips it.</summary>
    public required DateTimeOffset UsefulUntil { get; init; }

    /// <summary>The IANA zone the recipient's local times were read in (quiet hours, local day).</summary>
    public required string RecipientTimeZoneId { get; init; }

    public SendAdjustments Adjustments { get; init; }

    public SkipReason? SkipReason { get; init; }

    /// <summary>For briefs and follow-up requests: when the 1:1 starts.</summary>
    public DateTimeOffset? MeetingStart { get; init; }

    public bool IsSkipped => SkipReason is not null;
}
