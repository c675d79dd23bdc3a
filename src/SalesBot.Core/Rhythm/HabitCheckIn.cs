using SalesBot.Core.Scheduling;

namespace SalesBot.Core.Rhythm;

/// <summary>What a person answered to a week's habit nudge (one per team, person and rotation week; the last answer counts).</summary>
public sealed record HabitCheckIn
{
    public required string TeamId { get; init; }

    public required string PersonId { get; init; }

    /// <summary>The Monday of the nudge's local week.</summary>
    public required DateOnly WeekOf { get; init; }

    public required HabitKind Habit { get; init; }

    public required CheckInStatus Status { get; init; }

    public required DateTimeOffset At { get; init; }
}
