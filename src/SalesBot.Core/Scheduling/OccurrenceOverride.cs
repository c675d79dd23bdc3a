namespace SalesBot.Core.Scheduling;

/// <summary>
/// A change to one occurrence of a recurring 1:1, keyed by the occurrence's <b>original</b> local date
/// (<see cref="Date"/>): skipped, or moved to another local date and time. The original date stays the occurrence's
/// identity (<see cref="OccurrenceKey"/>), so moving a 1:1 never creates a second brief.
/// </summary>
public sealed record OccurrenceOverride
{
    /// <summary>The occurrence's original (rule) local date.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The new local date, or null when the occurrence is skipped.</summary>
    public DateOnly? MovedToDate { get; init; }

    /// <summary>The new local time (with <see cref="MovedToDate"/>).</summary>
    public TimeOnly? MovedToTime { get; init; }

    public bool IsSkip => MovedToDate is null;

    public static OccurrenceOverride Skip(DateOnly date) => new() { Date = date };

    public static OccurrenceOverride Move(DateOnly date, DateOnly toDate, TimeOnly toTime) =>
        new() { Date = date, MovedToDate = toDate, MovedToTime = toTime };
}
