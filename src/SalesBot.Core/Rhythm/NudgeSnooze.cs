namespace SalesBot.Core.Rhythm;

/// <summary>"Snooze until…" on a habit nudge: remind the person once more at <see cref="RemindAt"/> (local date and time, in their zone).</summary>
public sealed record NudgeSnooze
{
    public required string TeamId { get; init; }

    /// <summary>The nominal date of the nudge that was snoozed (the reminder's identity).</summary>
    public required DateOnly NudgeDate { get; init; }

    public required DateTime RemindAt { get; init; }
}
