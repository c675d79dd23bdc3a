namespace SalesBot.Core.Scheduling;

/// <summary>
/// A team's weekly habit nudge, set by its manager: weekday and local time (<see cref="Rule"/>), delivered to each
/// member at that weekday and local time in <b>the member's own</b> zone (<see cref="TimeZoneId"/>, the manager's, is
/// used for members whose zone is not known yet). The habit of the week rotates from <see cref="RotationAnchor"/>
/// (<see cref="HabitRotation"/>), which is set once at creation and kept when the day or time changes.
/// </summary>
public sealed record TeamNudgeSchedule
{
    public required string TeamId { get; init; }

    public required string ManagerId { get; init; }

    public required string TimeZoneId { get; init; }

    public required WeeklyRule Rule { get; init; }

    /// <summary>Any date in rotation week 0.</summary>
    public required DateOnly RotationAnchor { get; init; }

    /// <summary>Paused until: nudges on an earlier local date are skipped.</summary>
    public DateOnly? ResumesOn { get; init; }

    public bool Deleted { get; init; }
}
